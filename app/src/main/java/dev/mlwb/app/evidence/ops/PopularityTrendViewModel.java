package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.evidence.ItemShare;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.PopularityWindow;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Line;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Exposure concentration over time: Gini, catalog coverage and the top 1 %'s share, with the rising stretch. */
public final class PopularityTrendViewModel {
    private final PopularityTrend p;

    public PopularityTrendViewModel(PopularityTrend trend) {
        this.p = trend;
    }

    public String title() {
        return p.title();
    }

    public String caption() {
        List<PopularityWindow> w = p.windows();
        if (w.isEmpty()) {
            return "";
        }
        PopularityWindow first = w.get(0);
        PopularityWindow last = w.get(w.size() - 1);
        return "Catalog of " + Fmt.count(p.catalogItems()) + " items; " + Times.seconds(p.windowSeconds())
                + " windows. Gini " + Fmt.num(first.gini(), 2) + " → " + Fmt.num(last.gini(), 2) + ", coverage "
                + Fmt.pct(first.coverage()) + " → " + Fmt.pct(last.coverage()) + ", top 1 % of items "
                + Fmt.pct(first.top1PctShare()) + " → " + Fmt.pct(last.top1PctShare()) + " of exposures"
                + p.rising().map(r -> "; Gini rose without a break from " + Times.day(r.start()) + " to "
                + Times.day(r.end()) + " (shaded)").orElse("") + ".";
    }

    public List<Line> lines() {
        return List.of(line("Gini of exposures", Palette.VERMILLION, PopularityWindow::gini, Line.Look.LINE_AND_MARKERS),
                line("catalog coverage", Palette.BLUE, PopularityWindow::coverage, Line.Look.LINE_AND_MARKERS),
                line("top 1 % share", Palette.PURPLE, PopularityWindow::top1PctShare, Line.Look.DASHED));
    }

    private Line line(String name, String colour, ToDoubleFunction<PopularityWindow> f, Line.Look look) {
        List<PopularityWindow> w = p.windows();
        double[] x = w.stream().mapToDouble(v -> (Times.x(v.start()) + Times.x(v.end())) / 2).toArray();
        double[] y = w.stream().mapToDouble(f).toArray();
        List<String> labels = w.stream().map(v -> name + ", week of " + Times.day(v.start()) + ": "
                + Fmt.num(f.applyAsDouble(v), 3) + " (" + Fmt.count(v.exposures()) + " exposures, "
                + Fmt.count(v.itemsShown()) + " items shown)").toList();
        return new Line(name, colour, x, y, labels, look);
    }

    public List<Mark> marks() {
        return p.rising().map(r -> List.of(Mark.band(Times.x(r.start()), Times.x(r.end()), "Gini rising",
                "mark-warning"))).orElse(List.of());
    }

    public List<PopularityWindow> windows() {
        return p.windows();
    }

    public List<ItemShare> topItems() {
        return p.topItems();
    }
}
