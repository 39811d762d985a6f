package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.evidence.ConcentrationRow;
import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import dev.mlwb.analysis.format.Fmt;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Words for imputation findings, from the log or inferred from the values. */
final class ImputationFinding {
    private static final int LISTED = 4;

    private ImputationFinding() {
    }

    static Finding logged(String check, Severity severity, ImputationLog.Feature f, double rate,
                          ImputationBatches batches, Optional<ImputationConcentration> best, Optional<String> how,
                          CheckContext ctx) {
        boolean concentrated = severity == Severity.CRITICAL;
        Optional<ImputationBatch> worst = batches.batches().stream().filter(b -> !Double.isNaN(b.rate()))
                .max(Comparator.comparingDouble(ImputationBatch::rate));
        String where = worst.filter(b -> f.hasTotals()).map(b -> Fmt.pct(b.rate()) + " in batch " + b.batch())
                .orElse("");
        String title = f.name() + " imputed on " + Fmt.pct(f.hasTotals() ? f.overallRate() : rate) + " of rows"
                + (where.isEmpty() ? "" : " (" + where + ")")
                + (concentrated ? ", concentrated in " + where(best.orElseThrow()) : "");
        StringBuilder s = new StringBuilder("The pipeline log records imputations of ").append(f.name());
        if (f.hasTotals()) {
            ImputationBatch b = worst.orElseThrow();
            long over = batches.batches().stream().filter(x -> x.rate() > ctx.threshold("max_rate")).count();
            s.append(" in ").append(batches.batches().size()).append(" batches, ").append(over).append(" of them above the ")
                    .append(Fmt.pct(ctx.threshold("max_rate"))).append(" limit; the worst, ").append(b.batch())
                    .append(", imputed ").append(Fmt.count(b.imputed())).append(" of ").append(Fmt.count(b.total()))
                    .append(" rows (").append(Fmt.pct(b.rate())).append("); over all batches ")
                    .append(Fmt.pct(f.overallRate())).append(" of rows were imputed.");
        } else {
            s.append(": ").append(Fmt.count(f.imputed())).append(" imputations, ").append(Fmt.pct(rate))
                    .append(" of the rows they were found in (the log gives no batch totals).");
        }
        f.value().ifPresent(v -> s.append(" Value substituted: ").append(v).append('.'));
        s.append(' ').append(concentration(best, how, f.name(), concentrated));
        Finding.Builder b = Finding.builder(check, severity, title).summary(s.toString())
                .remedy("Find why " + f.name() + " is missing for these rows (a join, lookup or encoding that fails for "
                        + (concentrated ? "the values above" : "some inputs") + ") and fix the cause rather than "
                        + "imputing; hold a batch whose imputation rate exceeds " + Fmt.pct(ctx.threshold("max_rate"))
                        + " until someone has looked.")
                .subject(Subject.feature(f.name()))
                .measure("imputation_rate", rate)
                .measure("overall_rate", f.hasTotals() ? f.overallRate() : rate)
                .measure("imputed_rows", f.imputed())
                .evidence(batches);
        best.ifPresent(c -> b.measure("concentrated_share", c.hotShare()).evidence(c)
                .subjects(hotSubjects(c, concentrated)));
        return b.build();
    }

    static Finding inferred(String check, Severity severity, ComparedPair p, FeatureColumn f, ValueSpikes.Spike s,
                            ImputationBatches batches, Optional<ImputationConcentration> best, CheckContext ctx) {
        String ref = p.reference().name();
        String cur = p.current().name();
        String value = Numbers.sig(s.value());
        String title = f.name() + " probably imputed silently: " + Fmt.pct(s.currentShare()) + " of " + cur
                + " rows hold " + value + s.meaning().map(m -> ", " + m).orElse("");
        StringBuilder t = new StringBuilder("In ").append(cur).append(", ").append(Fmt.count(s.currentCount()))
                .append(" of ").append(Fmt.count(s.currentRows())).append(" rows (").append(Fmt.pct(s.currentShare()))
                .append(") have ").append(f.name()).append(" = ").append(value)
                .append(s.meaning().map(m -> ", which is " + m).orElse("")).append("; in ").append(ref).append(" ")
                .append(Fmt.pct(s.referenceShare())).append(" do. A single value taking such a share of a feature whose ")
                .append(ref).append(" values are spread out is the mark of a default substituted for missing input, ")
                .append("and no imputation events record it.");
        batches.batches().stream().max(Comparator.comparingDouble(ImputationBatch::rate)).ifPresent(w -> t
                .append(" The worst window, ").append(w.batch()).append(", has it on ").append(Fmt.pct(w.rate()))
                .append(" of rows."));
        t.append(' ').append(concentration(best, Optional.of("rows holding " + value), f.name(),
                best.filter(c -> ImputationCheck.concentrated(ctx, c)).isPresent()));
        Finding.Builder b = Finding.builder(check, severity, title).summary(t.toString())
                .remedy("Check the preprocessing of " + f.name() + " for a fill-in of missing values (mean, median, "
                        + "zero), log every imputation (feature, record, value), and find why the input is missing "
                        + "for these rows.")
                .subject(Subject.feature(f.name()))
                .measure("top_value_share", s.currentShare())
                .measure("reference_value_share", s.referenceShare())
                .measure("imputation_rate", Math.max(0, s.excess()))
                .evidence(batches);
        boolean concentrated = best.filter(c -> ImputationCheck.concentrated(ctx, c)).isPresent();
        best.ifPresent(c -> b.measure("concentrated_share", c.hotShare()).evidence(c)
                .subjects(hotSubjects(c, concentrated)));
        return b.build();
    }

    /** The over-represented values as slice subjects (none when the imputations are spread out). */
    private static List<Subject> hotSubjects(ImputationConcentration c, boolean concentrated) {
        if (!concentrated) {
            return List.of();
        }
        return hot(c).stream().limit(LISTED)
                .map(r -> Subject.slice(dev.mlwb.analysis.bundle.SliceKey.of(c.dimension(), r.value()))).toList();
    }

    private static List<ConcentrationRow> hot(ImputationConcentration c) {
        return c.values().stream().filter(ConcentrationRow::hot).toList();
    }

    private static String where(ImputationConcentration c) {
        List<String> names = hot(c).stream().limit(LISTED).map(ConcentrationRow::value).toList();
        return c.dimension() + " " + Fmt.and(names);
    }

    private static String concentration(Optional<ImputationConcentration> best, Optional<String> how, String feature,
                                        boolean concentrated) {
        if (best.isEmpty()) {
            return how.isEmpty() ? "The events name no records or values, so where the imputed rows are cannot be told."
                    : "The dataset has no slices or categorical features to break the imputed rows down by.";
        }
        ImputationConcentration c = best.get();
        String found = "Found in " + c.dataset() + " (" + how.orElse("") + "): " + Fmt.count(c.imputedRows())
                + " imputed rows";
        if (!concentrated) {
            return found + ", spread over the values of " + c.dimension() + " roughly in proportion to their rows "
                    + "(at most " + Fmt.pct(c.hotShare()) + " fall in over-represented values), as random gaps would be.";
        }
        List<ConcentrationRow> hot = hot(c);
        long hotRows = hot.stream().mapToLong(ConcentrationRow::rows).sum();
        return found + "; " + Fmt.pct(c.hotShare()) + " of them fall in " + c.dimension() + " "
                + Fmt.and(hot.stream().limit(LISTED).map(r -> r.value() + " (" + Fmt.pct(r.rate()) + " of its rows "
                + "imputed)").toList()) + (hot.size() > LISTED ? " and " + (hot.size() - LISTED) + " more" : "")
                + ", which hold only " + Fmt.pct((double) hotRows / c.rows()) + " of rows. The imputations are "
                + "systematic, not random (chi-square " + Fmt.p(c.chi2PValue()) + ", reported): " + feature
                + " is replaced by a constant exactly where the data changed.";
    }
}
