package dev.mlwb.app.evidence.canary;

import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Line;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.util.ArrayList;
import java.util.List;

/** A metric over time prepared for a chart: a line per arm, the threshold line, breach bands, event lines. */
public final class MetricSeriesViewModel {
    private final MetricSeries series;

    public MetricSeriesViewModel(MetricSeries series) {
        this.series = series;
    }

    public String title() {
        return series.title();
    }

    public String caption() {
        String threshold = Double.isNaN(series.threshold()) ? "" : "threshold " + (series.breachWhen().equals("above")
                ? "≥ " : "< ") + Fmt.num(series.threshold(), 2) + " " + series.unit() + "  ·  ";
        return threshold + series.breaches().size() + (series.breaches().size() == 1 ? " breach" : " breaches")
                + (series.breaches().isEmpty() ? "" : " (shaded)") + "  ·  " + series.markers().size()
                + " deployment events  ·  " + Fmt.duration(java.time.Duration.ofSeconds(series.bucket())) + " buckets";
    }

    public String unit() {
        return series.unit();
    }

    public String metric() {
        return series.metric();
    }

    /** The y axis label: the metric in words. */
    public String axisLabel() {
        return series.metric().replace('_', ' ');
    }

    /** One line per arm (or slice), coloured by role: baseline blue, canary orange. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        int i = 0;
        for (Series s : series.series()) {
            double[] x = seconds(s);
            List<String> labels = new ArrayList<>(s.size());
            double[] v = s.values();
            for (int k = 0; k < s.size(); k++) {
                labels.add(s.label() + ", " + Times.minute(s.time(k)) + ": " + Fmt.num(v[k], 2) + " " + series.unit());
            }
            out.add(Line.of(s.label(), colour(s.label(), i), x, v, labels));
            i++;
        }
        return out;
    }

    static String colour(String label, int i) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        if (l.contains("baseline")) {
            return Palette.BASELINE;
        }
        return l.contains("canary") ? Palette.CANARY : Palette.series(i);
    }

    /** The threshold line, breach bands and deployment event lines. */
    public List<Mark> marks() {
        List<Mark> out = new ArrayList<>();
        if (!Double.isNaN(series.threshold())) {
            out.add(Mark.yLine(series.threshold(), "threshold " + Fmt.num(series.threshold(), 2) + " " + series.unit(),
                    "mark-threshold"));
        }
        out.addAll(Mark.bands(series.breaches().stream().map(b -> new double[] {b.start().getEpochSecond(),
                b.end().getEpochSecond()}).toList(), span() / 1000, "breach", "mark-critical"));
        for (TimeMarker m : series.markers()) {
            out.add(Mark.xLine(m.at().getEpochSecond(), m.kind().replace('_', ' '), "mark-event"));
        }
        return out;
    }

    /** The seconds the series cover, to judge which breaches are too close to draw apart. */
    private double span() {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Series s : series.series()) {
            for (long t : s.epochMillis()) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        return lo > hi ? 0 : (hi - lo) / 1000.0;
    }

    /** Times of a series in epoch seconds, as the chart's time axis expects. */
    public static double[] seconds(Series s) {
        long[] ms = s.epochMillis();
        double[] out = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            out[i] = ms[i] / 1000.0;
        }
        return out;
    }

    public double threshold() {
        return series.threshold();
    }

    public List<TimeRange> breaches() {
        return series.breaches();
    }

    public List<TimeMarker> markers() {
        return series.markers();
    }
}
