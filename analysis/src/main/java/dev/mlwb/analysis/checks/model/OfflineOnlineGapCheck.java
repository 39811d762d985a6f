package dev.mlwb.analysis.checks.model;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.DatasetQuality;
import dev.mlwb.analysis.evidence.ModelQualityComparison;
import dev.mlwb.analysis.format.Fmt;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code model.offline-online-gap}: the model ranks far better on an offline predictions dataset
 * (validation, backtest) than in production. ROC AUC of every predictions dataset with labels
 * (joined by entity from a labels source when the predictions carry none); the production
 * dataset is the manifest's {@code production_dataset}.
 */
public final class OfflineOnlineGapCheck implements Check {
    public static final String ID = "model.offline-online-gap";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Offline AUC far better than production AUC";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.PREDICTIONS, Role.LABELS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("max_gap", 0.05, "an offline AUC more than this above production's is critical"),
                new ThresholdSpec("min_class_rows", 100, "positives and negatives a dataset needs for its AUC to count"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        String production = data.manifest().productionDataset();
        Optional<Table> prod = data.predictions(production);
        if (prod.isEmpty()) {
            return Optional.of("no predictions dataset named \"" + production + "\" (production_dataset)");
        }
        if (!prod.get().has("label")) {
            return Optional.of("the production predictions have no labels (a label column, or an entity joined to a "
                    + "labels source)");
        }
        return offline(data).isEmpty() ? Optional.of("no offline predictions dataset with labels besides \"" + production
                + "\"") : Optional.empty();
    }

    private static List<Table> offline(IncidentData data) {
        return CalibrationCheck.labelled(data).stream()
                .filter(t -> !t.name().equals(data.manifest().productionDataset())).toList();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        String production = ctx.manifest().productionDataset();
        DatasetQuality prod = quality(ctx, ctx.data().predictions(production).orElseThrow(), "production");
        List<DatasetQuality> all = new ArrayList<>(List.of(prod));
        for (Table t : offline(ctx.data())) {
            all.add(quality(ctx, t, "offline"));
        }
        ModelQualityComparison e = new ModelQualityComparison("ROC AUC offline and in production", "auc", production,
                ctx.threshold("max_gap"), all);
        CheckResult.Builder result = CheckResult.builder().evidence(e);
        for (DatasetQuality d : all.subList(1, all.size())) {
            double gap = d.auc() - prod.auc();
            result.measures(Subject.source(d.dataset()), "offline_auc", d.auc(), "production_auc", prod.auc(), "gap", gap);
            if (enough(ctx, d) && enough(ctx, prod) && gap > ctx.threshold("max_gap")) {
                result.finding(finding(d, prod, gap, e, ctx));
            }
        }
        return result.build();
    }

    private static boolean enough(CheckContext ctx, DatasetQuality d) {
        double min = ctx.threshold("min_class_rows");
        return !Double.isNaN(d.auc()) && d.positives() >= min && d.labelled() - d.positives() >= min;
    }

    private static DatasetQuality quality(CheckContext ctx, Table t, String role) throws SQLException {
        LabelledScores.Quality q = LabelledScores.of(t, Sql.string(t.name()), "").quality(ctx.db(), 0.5)
                .get(t.name());
        long rows = t.rows();
        return q == null ? new DatasetQuality(t.name(), role, rows, 0, 0, Double.NaN, Double.NaN)
                : new DatasetQuality(t.name(), role, rows, q.rows(), q.positives(), q.auc(), q.meanScore());
    }

    private static Finding finding(DatasetQuality off, DatasetQuality prod, double gap, ModelQualityComparison e,
                                   CheckContext ctx) {
        String title = "Offline AUC " + Fmt.num(off.auc(), 3) + " (" + off.dataset() + ") against " + Fmt.num(prod.auc(), 3)
                + " in " + prod.dataset() + ": a gap of " + Fmt.num(gap, 3);
        String summary = off.dataset() + " (" + Fmt.count(off.labelled()) + " labelled predictions, "
                + Fmt.pct((double) off.positives() / off.labelled()) + " positive) reaches ROC AUC " + Fmt.num(off.auc(), 3)
                + "; " + prod.dataset() + " (" + Fmt.count(prod.labelled()) + ", " + Fmt.pct((double) prod.positives()
                / prod.labelled()) + " positive) only " + Fmt.num(prod.auc(), 3) + ". The gap of " + Fmt.num(gap, 3)
                + " exceeds " + Fmt.num(ctx.threshold("max_gap"), 2) + ". An offline score this much better than "
                + "production usually means the offline data held something production does not: future information "
                + "leaked into features (features.leakage), features computed differently in serving (features.skew), "
                + "or an offline set drawn from another population (data.drift).";
        return Finding.builder(ID, Severity.CRITICAL, title)
                .summary(summary)
                .remedy("Do not trust " + off.dataset() + "'s metrics for this model: rebuild the offline evaluation "
                        + "with point-in-time features from production-like data, re-evaluate, and gate releases on "
                        + "the corrected number; fix whichever of leakage, skew or drift the other checks find.")
                .subject(Subject.source(off.dataset()))
                .subject(Subject.source(prod.dataset()))
                .measure("offline_auc", off.auc())
                .measure("production_auc", prod.auc())
                .measure("gap", gap)
                .evidence(e)
                .build();
    }
}
