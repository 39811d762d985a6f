package dev.mlwb.app.evidence.features;

import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.util.List;
import java.util.Set;

/** A feature's imputation rate per batch against the limit (2 % by default). */
public final class ImputationViewModel {
    private final ImputationBatches b;

    public ImputationViewModel(ImputationBatches batches) {
        this.b = batches;
    }

    public String title() {
        return b.title();
    }

    public String caption() {
        long over = b.batches().stream().filter(this::over).count();
        return (b.basis().equals("events") ? "From the pipeline's imputation log" : "Inferred from a value that "
                + "suddenly holds many rows") + (Double.isNaN(b.imputedValue()) ? "" : "; substituted value "
                + Fmt.num(b.imputedValue(), 6)) + ". " + over + " of " + b.batches().size() + " batches above "
                + Fmt.pct(b.threshold()) + ".";
    }

    private boolean over(ImputationBatch x) {
        return x.rate() > b.threshold();
    }

    public List<ImputationBatch> batches() {
        return b.batches();
    }

    public List<String> categories() {
        return b.batches().stream().map(ImputationBatch::batch).toList();
    }

    /** Rate per batch (%), batches over the limit in vermillion. */
    public List<Bars> bars() {
        double[] ok = b.batches().stream().mapToDouble(x -> over(x) ? Double.NaN : 100 * x.rate()).toArray();
        double[] bad = b.batches().stream().mapToDouble(x -> over(x) ? 100 * x.rate() : Double.NaN).toArray();
        List<String> tips = b.batches().stream().map(x -> x.batch() + ": " + Fmt.count(x.imputed()) + " of "
                + Fmt.count(x.total()) + " rows imputed (" + Fmt.pct(x.rate()) + ")").toList();
        return List.of(new Bars("within the limit", Palette.BLUE, ok, 0, tips),
                new Bars("above the limit", Palette.BAD, bad, 0, tips));
    }

    public List<Mark> marks() {
        return List.of(Mark.yLine(100 * b.threshold(), "limit " + Fmt.pct(b.threshold()), "mark-threshold"));
    }

    public String feature() {
        return b.feature();
    }

    public Set<String> states(ImputationBatch x) {
        return over(x) ? Set.of("bad") : Set.of();
    }

    public static String start(ImputationBatch x) {
        return Times.minute(x.start());
    }
}
