package dev.mlwb.app.evidence;

import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.util.List;

/** A metric over time prepared for a chart: x in epoch seconds, the threshold line, breach bands, event markers. */
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
                + (series.breaches().isEmpty() ? "" : " (shaded)") + "  ·  " + series.markers().size() + " deployment events";
    }

    public String unit() {
        return series.unit();
    }

    public String metric() {
        return series.metric();
    }

    public List<Series> lines() {
        return series.series();
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
