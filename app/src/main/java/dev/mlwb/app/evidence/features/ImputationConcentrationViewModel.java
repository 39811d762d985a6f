package dev.mlwb.app.evidence.features;

import dev.mlwb.analysis.evidence.ConcentrationRow;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import dev.mlwb.app.chart.model.Mark;
import java.util.List;
import java.util.Set;

/** Where a feature's imputations fall by the values of a column: spread evenly, or piled into a few. */
public final class ImputationConcentrationViewModel {
    private final ImputationConcentration c;

    public ImputationConcentrationViewModel(ImputationConcentration concentration) {
        this.c = concentration;
    }

    public String title() {
        return c.title();
    }

    public String caption() {
        return Fmt.count(c.imputedRows()) + " of " + Fmt.count(c.rows()) + " " + c.dataset() + " rows imputed ("
                + Fmt.pct(c.overallRate()) + "); " + Fmt.pct(c.hotShare()) + " of them fall in the values marked hot."
                + " Random imputation would spread evenly (chi-square " + Fmt.p(c.chi2PValue()) + ", reported).";
    }

    public List<ConcentrationRow> values() {
        return c.values();
    }

    public List<String> categories() {
        return c.values().stream().map(ConcentrationRow::value).toList();
    }

    public List<Bars> bars() {
        double[] cold = c.values().stream().mapToDouble(r -> r.hot() ? Double.NaN : 100 * r.rate()).toArray();
        double[] hot = c.values().stream().mapToDouble(r -> r.hot() ? 100 * r.rate() : Double.NaN).toArray();
        List<String> tips = c.values().stream().map(r -> r.value() + ": " + Fmt.count(r.imputed()) + " of "
                + Fmt.count(r.rows()) + " imputed (" + Fmt.pct(r.rate()) + ", " + Fmt.num(r.lift(), 1) + "× the overall rate)")
                .toList();
        return List.of(new Bars("imputed at about the overall rate", Palette.BLUE, cold, 0, tips),
                new Bars("concentrated (hot)", Palette.BAD, hot, 0, tips));
    }

    public List<Mark> marks() {
        return List.of(Mark.yLine(100 * c.overallRate(), "overall " + Fmt.pct(c.overallRate()), "mark-threshold"));
    }

    public String dimension() {
        return c.dimension();
    }

    public static Set<String> states(ConcentrationRow r) {
        return r.hot() ? Set.of("bad") : Set.of();
    }
}
