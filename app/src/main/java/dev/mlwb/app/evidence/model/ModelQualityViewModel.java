package dev.mlwb.app.evidence.model;

import dev.mlwb.analysis.evidence.DatasetQuality;
import dev.mlwb.analysis.evidence.ModelQualityComparison;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import dev.mlwb.app.chart.model.Mark;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Offline datasets against production on AUC: the gap the analyst must explain. */
public final class ModelQualityViewModel {
    private final ModelQualityComparison c;

    public ModelQualityViewModel(ModelQualityComparison comparison) {
        this.c = comparison;
    }

    public String title() {
        return c.title();
    }

    private Optional<DatasetQuality> production() {
        return c.datasets().stream().filter(d -> d.role().equals("production")).findFirst();
    }

    public String caption() {
        return "An offline AUC more than " + Fmt.num(c.maxGap(), 2) + " above production (" + c.production()
                + production().map(p -> ", AUC " + Fmt.num(p.auc(), 3)).orElse("")
                + ") is a gap: leakage, a stale validation set or a different population.";
    }

    public List<DatasetQuality> datasets() {
        return c.datasets();
    }

    public List<String> categories() {
        return c.datasets().stream().map(d -> d.dataset() + " (" + d.role() + ")").toList();
    }

    /** AUC per dataset: production in blue, offline datasets beyond the gap in vermillion. */
    public List<Bars> bars() {
        double limit = production().map(p -> p.auc() + c.maxGap()).orElse(Double.NaN);
        double[] prod = c.datasets().stream().mapToDouble(d -> d.role().equals("production") ? d.auc() : Double.NaN)
                .toArray();
        double[] ok = c.datasets().stream().mapToDouble(d -> !d.role().equals("production") && !(d.auc() > limit)
                ? d.auc() : Double.NaN).toArray();
        double[] gap = c.datasets().stream().mapToDouble(d -> !d.role().equals("production") && d.auc() > limit
                ? d.auc() : Double.NaN).toArray();
        return List.of(Bars.of("production", Palette.BLUE, prod, 0), Bars.of("offline", Palette.GREEN, ok, 0),
                Bars.of("offline beyond the gap", Palette.BAD, gap, 0));
    }

    /** The line offline AUCs must stay under: production's AUC plus the allowed gap. */
    public List<Mark> marks() {
        return production().map(p -> List.of(Mark.yLine(p.auc() + c.maxGap(), "production + "
                + Fmt.num(c.maxGap(), 2), "mark-threshold"))).orElse(List.of());
    }

    public String gap(DatasetQuality d) {
        return production().filter(p -> !d.role().equals("production")).map(p -> String.format(
                java.util.Locale.ROOT, "%+.3f", d.auc() - p.auc())).orElse("—");
    }

    public Set<String> states(DatasetQuality d) {
        double limit = production().map(p -> p.auc() + c.maxGap()).orElse(Double.NaN);
        return !d.role().equals("production") && d.auc() > limit ? Set.of("bad") : Set.of();
    }
}
