package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.QualityRow;
import dev.mlwb.analysis.evidence.QualityTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import dev.mlwb.analysis.profile.PartProfile;
import dev.mlwb.analysis.profile.Profiles;

/**
 * {@code data.quality}: for every comparison, features of the current dataset with more missing
 * values than the reference, values outside the reference's range, or a changed type (numbers
 * become text, a column disappears). One finding per kind of problem, naming every feature.
 */
public final class QualityCheck implements Check {
    public static final String ID = "data.quality";

    /** The kinds of problem, in the order findings are raised. */
    enum Problem { TYPE, NULLS, RANGE }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Null-rate increases, values outside the reference range, type changes";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.FEATURES);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("null_increase", 0.05, "a rise in the null rate above this (absolute) is a warning"),
                new ThresholdSpec("null_increase_critical", 0.2, "a rise in the null rate above this is critical"),
                new ThresholdSpec("out_of_range", 0.01, "a share of values outside the reference [min, max] above "
                        + "this is a warning"),
                new ThresholdSpec("out_of_range_critical", 0.1, "a share outside the reference range above this is "
                        + "critical"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return ComparedPair.of(data).isEmpty()
                ? Optional.of("no comparison of two features datasets (default training → serving, baseline → canary)")
                : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        List<ComparedPair> pairs = ComparedPair.of(ctx.data());
        Profiles profiles = Profiles.of(ctx.data());
        for (int i = 0; i < pairs.size(); i++) {
            ctx.cancellation().throwIfCancelled();
            ComparedPair p = pairs.get(i);
            String prefix = ComparedPair.measurePrefix(pairs.stream().map(ComparedPair::comparison).toList(), i);
            List<QualityRow> rows = new ArrayList<>();
            Optional<PartProfile> ref = profiles.of(p.reference());
            Optional<PartProfile> cur = profiles.of(p.current());
            if (ref.isEmpty() || cur.isEmpty()) {
                continue;
            }
            for (QualityRow r : QualityProfile.rows(ctx.db(), p, ref.get(), cur.get())) {
                rows.add(judged(ctx, r));
                result.measures(Subject.feature(r.feature()), prefix + "reference_null_share", r.referenceNullShare(),
                        prefix + "current_null_share", r.currentNullShare(), prefix + "out_of_range_share",
                        r.outOfRangeShare(), prefix + "type_changed", r.typeChanged() ? 1 : 0);
            }
            rows.sort(Comparator.comparingInt((QualityRow r) -> rank(r.verdict())));
            QualityTable table = new QualityTable("Data quality, " + p.label(), p.reference().name(), p.current().name(),
                    p.reference().rows(), p.current().rows(), rows);
            result.evidence(table);
            for (Problem problem : Problem.values()) {
                List<QualityRow> hit = rows.stream().filter(r -> severity(ctx, r, problem).isPresent()).toList();
                if (!hit.isEmpty()) {
                    Severity s = hit.stream().map(r -> severity(ctx, r, problem).orElseThrow()).reduce(Severity::max)
                            .orElseThrow();
                    result.finding(QualityFinding.build(ID, s, problem, hit, table, ctx));
                }
            }
        }
        return result.build();
    }

    private static int rank(String verdict) {
        return switch (verdict) {
            case "critical" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }

    private static QualityRow judged(CheckContext ctx, QualityRow r) {
        Optional<Severity> worst = Optional.empty();
        for (Problem p : Problem.values()) {
            Optional<Severity> s = severity(ctx, r, p);
            if (s.isPresent()) {
                worst = Optional.of(worst.map(w -> Severity.max(w, s.get())).orElse(s.get()));
            }
        }
        return new QualityRow(r.feature(), r.referenceType(), r.currentType(), r.typeChanged(), r.referenceNullShare(),
                r.currentNullShare(), r.referenceMin(), r.referenceMax(), r.currentBelow(), r.currentAbove(),
                r.outOfRangeShare(), r.unparseable(), worst.map(Severity::key).orElse("ok"));
    }

    /** The severity of one kind of problem for one feature, if it has it. */
    static Optional<Severity> severity(CheckContext ctx, QualityRow r, Problem p) {
        return switch (p) {
            case TYPE -> r.typeChanged() ? Optional.of(Severity.CRITICAL) : Optional.empty();
            case NULLS -> r.currentType().equals(QualityFinding.MISSING) ? Optional.empty()
                    : level(r.currentNullShare() - r.referenceNullShare(), ctx.threshold("null_increase"),
                    ctx.threshold("null_increase_critical"));
            case RANGE -> level(r.outOfRangeShare(), ctx.threshold("out_of_range"),
                    ctx.threshold("out_of_range_critical"));
        };
    }

    private static Optional<Severity> level(double value, double warning, double critical) {
        if (!(value > warning)) {
            return Optional.empty();
        }
        return Optional.of(value > critical ? Severity.CRITICAL : Severity.WARNING);
    }
}
