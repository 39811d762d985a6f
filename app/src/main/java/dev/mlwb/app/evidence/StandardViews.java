package dev.mlwb.app.evidence;

import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import dev.mlwb.analysis.evidence.IngestionHistory;
import dev.mlwb.analysis.evidence.JobHistory;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.ModelQualityComparison;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.QualityTable;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.SchemaCompatibility;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SkewComparison;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.UnseenCategories;
import dev.mlwb.app.evidence.canary.BusinessMetricWindowsView;
import dev.mlwb.app.evidence.canary.BusinessMetricWindowsViewModel;
import dev.mlwb.app.evidence.canary.MetricSeriesView;
import dev.mlwb.app.evidence.canary.MetricSeriesViewModel;
import dev.mlwb.app.evidence.canary.SliceBreakdownView;
import dev.mlwb.app.evidence.canary.SliceBreakdownViewModel;
import dev.mlwb.app.evidence.drift.DriftView;
import dev.mlwb.app.evidence.drift.DriftViewModel;
import dev.mlwb.app.evidence.drift.QualityTableView;
import dev.mlwb.app.evidence.drift.QualityTableViewModel;
import dev.mlwb.app.evidence.drift.UnseenCategoriesView;
import dev.mlwb.app.evidence.drift.UnseenCategoriesViewModel;
import dev.mlwb.app.evidence.features.ImputationConcentrationView;
import dev.mlwb.app.evidence.features.ImputationConcentrationViewModel;
import dev.mlwb.app.evidence.features.ImputationView;
import dev.mlwb.app.evidence.features.ImputationViewModel;
import dev.mlwb.app.evidence.features.LeakageView;
import dev.mlwb.app.evidence.features.LeakageViewModel;
import dev.mlwb.app.evidence.features.SkewView;
import dev.mlwb.app.evidence.features.SkewViewModel;
import dev.mlwb.app.evidence.model.CalibrationView;
import dev.mlwb.app.evidence.model.CalibrationViewModel;
import dev.mlwb.app.evidence.model.ModelQualityView;
import dev.mlwb.app.evidence.model.ModelQualityViewModel;
import dev.mlwb.app.evidence.model.SegmentMetricsView;
import dev.mlwb.app.evidence.model.SegmentMetricsViewModel;
import dev.mlwb.app.evidence.ops.EnvironmentDiffView;
import dev.mlwb.app.evidence.ops.EnvironmentDiffViewModel;
import dev.mlwb.app.evidence.ops.IngestionHistoryView;
import dev.mlwb.app.evidence.ops.IngestionHistoryViewModel;
import dev.mlwb.app.evidence.ops.JobHistoryView;
import dev.mlwb.app.evidence.ops.JobHistoryViewModel;
import dev.mlwb.app.evidence.ops.PopularityTrendView;
import dev.mlwb.app.evidence.ops.PopularityTrendViewModel;
import dev.mlwb.app.evidence.ops.ReplicaLanesView;
import dev.mlwb.app.evidence.ops.ReplicaLanesViewModel;
import dev.mlwb.app.evidence.ops.SchemaDiffView;
import dev.mlwb.app.evidence.ops.SchemaDiffViewModel;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** The registry of every evidence view the workbench has: evidence kind → view (+ view model). */
public final class StandardViews {
    private StandardViews() {
    }

    public static EvidenceViews create() {
        EvidenceViews v = new EvidenceViews();
        v.register(SliceBreakdown.class, (list, ctx) -> each(list, e -> new SliceBreakdownView(
                new SliceBreakdownViewModel(e, ctx.focus("slice")), ctx).root()));
        v.register(MetricSeries.class, (list, ctx) -> each(list, e -> new MetricSeriesView(
                new MetricSeriesViewModel(e), ctx).root()));
        v.register(BusinessMetricWindows.class, (list, ctx) -> each(list, e -> new BusinessMetricWindowsView(
                new BusinessMetricWindowsViewModel(e), ctx).root()));
        v.register(HistogramPair.class, (list, ctx) -> new DriftView(new DriftViewModel(list,
                peers(ctx, HistogramPair.class), ctx.index().ofType(DriftOverTime.class), driftFocus(ctx)), ctx).root());
        v.register(DriftOverTime.class, (list, ctx) -> new DriftView(new DriftViewModel(
                pairsFor(list, ctx), peers(ctx, HistogramPair.class), ctx.index().ofType(DriftOverTime.class),
                driftFocus(ctx)), ctx).root());
        v.companion(DriftOverTime.class, HistogramPair.class);
        v.register(UnseenCategories.class, (list, ctx) -> each(list, e -> new UnseenCategoriesView(
                new UnseenCategoriesViewModel(e)).root()));
        v.register(QualityTable.class, (list, ctx) -> each(list, e -> new QualityTableView(
                new QualityTableViewModel(e), ctx).root()));
        v.register(ReliabilityDiagram.class, (list, ctx) -> new CalibrationView(new CalibrationViewModel(list,
                peers(ctx, ReliabilityDiagram.class))).root());
        v.register(SegmentMetrics.class, (list, ctx) -> each(list, e -> new SegmentMetricsView(
                new SegmentMetricsViewModel(e, ctx.focus("slice")), ctx).root()));
        v.register(ModelQualityComparison.class, (list, ctx) -> each(list, e -> new ModelQualityView(
                new ModelQualityViewModel(e), ctx).root()));
        v.register(LeakageTimeline.class, (list, ctx) -> new LeakageView(new LeakageViewModel(list,
                peers(ctx, LeakageTimeline.class), ctx.focus("feature")), ctx).root());
        v.register(SkewComparison.class, (list, ctx) -> each(list, e -> new SkewView(new SkewViewModel(e)).root()));
        v.register(ImputationBatches.class, (list, ctx) -> each(list, e -> new ImputationView(
                new ImputationViewModel(e)).root()));
        v.register(ImputationConcentration.class, (list, ctx) -> each(list, e -> new ImputationConcentrationView(
                new ImputationConcentrationViewModel(e), ctx).root()));
        registerOperations(v);
        return v;
    }

    private static void registerOperations(EvidenceViews v) {
        v.register(ReplicaLanes.class, (list, ctx) -> each(list, e -> new ReplicaLanesView(
                new ReplicaLanesViewModel(e, ctx.focus("replica")), ctx).root()));
        v.register(SchemaCompatibility.class, (list, ctx) -> each(list, e -> new SchemaDiffView(
                new SchemaDiffViewModel(e, ctx.focus("model")), ctx).root()));
        v.register(EnvironmentComparison.class, (list, ctx) -> each(list, e -> new EnvironmentDiffView(
                new EnvironmentDiffViewModel(e), ctx).root()));
        v.register(JobHistory.class, (list, ctx) -> each(list, e -> new JobHistoryView(
                new JobHistoryViewModel(e), ctx).root()));
        v.register(IngestionHistory.class, (list, ctx) -> each(list, e -> new IngestionHistoryView(
                new IngestionHistoryViewModel(e), ctx).root()));
        v.register(PopularityTrend.class, (list, ctx) -> each(list, e -> new PopularityTrendView(
                new PopularityTrendViewModel(e), ctx).root()));
    }

    private static <E> Node each(List<E> list, Function<E, Node> view) {
        if (list.size() == 1) {
            return view.apply(list.get(0));
        }
        VBox box = new VBox(18);
        list.forEach(e -> box.getChildren().add(view.apply(e)));
        return box;
    }

    /** Every piece of evidence of a kind that the same check recorded, for views that show a kind's peers. */
    private static <E extends Evidence> List<E> peers(ViewContext ctx, Class<E> kind) {
        return ctx.index().ofType(kind);
    }

    private static java.util.Optional<String> driftFocus(ViewContext ctx) {
        return ctx.focus("feature").or(() -> ctx.focus("metric"));
    }

    private static List<HistogramPair> pairsFor(List<DriftOverTime> overTime, ViewContext ctx) {
        return ctx.index().ofType(HistogramPair.class).stream().filter(p -> overTime.stream().anyMatch(d ->
                d.subject().equals(p.subject()) && d.reference().equals(p.reference())
                        && d.current().equals(p.current()))).toList();
    }
}
