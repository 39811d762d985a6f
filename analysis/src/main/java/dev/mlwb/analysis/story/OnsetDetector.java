package dev.mlwb.analysis.story;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.stats.MeanShiftSegmentation;
import dev.mlwb.analysis.stats.MeanShiftSegmentation.Segment;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a finding's problem started: change points in the mean of the series behind it
 * ({@link MeanShiftSegmentation}, penalty {@code 3 ln n}), the onset being the start of the first segment on the
 * problem's side (beyond the check's threshold, or, without one, moved in the problem's direction from the first
 * segment by at least a quarter of the largest such move), with a likelihood interval for where that change lies widened by the series' resolution. A finding
 * without a series is dated by the first window in which it held; one with neither has no onset.
 * See {@code docs/story.md}.
 */
public final class OnsetDetector {
    /**
     * Without a threshold, a segment belongs to the problem when it has moved from the first segment by at least
     * this fraction of the largest move: small moves before the main shift are not its onset.
     */
    static final double MAIN_SHIFT = 0.25;
    /** The most points a series is searched at; longer ones are merged. */
    static final int MAX_POINTS = 4000;

    private OnsetDetector() {
    }

    /** The onset of a finding, if its evidence or its windows date it. */
    public static Optional<Onset> of(Finding f) {
        Optional<Onset> best = FindingSeries.of(f).stream().map(OnsetDetector::detect).flatMap(Optional::stream)
                .min(Comparator.comparing(Onset::at));
        if (best.isPresent() || f.windows().isEmpty()) {
            return best;
        }
        TimeRange first = f.windows().stream().min(Comparator.comparing(TimeRange::start)).orElseThrow();
        return Optional.of(new Onset(first.start(), first.start(), first.start(), "finding window",
                "the first window in which the finding held (" + Fmt.period(first) + ")", false));
    }

    /** The onset in one series, if the problem shows in it. */
    static Optional<Onset> detect(OnsetSeries raw) {
        OnsetSeries s = coarsened(raw);
        int n = s.size();
        if (n == 0) {
            return Optional.empty();
        }
        double[] x = s.values();
        double[] w = normalised(s.weights());
        double sigma = n < 2 ? 1 : Math.max(MeanShiftSegmentation.noiseScale(x, w), floor(x));
        List<Segment> segments = MeanShiftSegmentation.segment(x, w, sigma, MeanShiftSegmentation.defaultPenalty(n));
        double reference = segments.get(0).mean();
        double largest = segments.stream().mapToDouble(g -> s.direction() * (g.mean() - reference)).max().orElse(0);
        for (int j = 0; j < segments.size(); j++) {
            Segment seg = segments.get(j);
            boolean bad = Double.isNaN(s.threshold())
                    ? j > 0 && largest > 0 && s.direction() * (seg.mean() - reference) >= MAIN_SHIFT * largest
                    : s.beyond(seg.mean());
            if (!bad) {
                continue;
            }
            if (j == 0) {
                Instant t = s.start(0);
                return Optional.of(new Onset(t, t, s.bucketed() ? s.time(0).plusMillis(s.resolutionMillis()) : t,
                        "change-point", s.label() + "; already there at its first point", true));
            }
            Segment before = segments.get(j - 1);
            int[] interval = MeanShiftSegmentation.likelihoodInterval(x, w, sigma, before.start(), seg.start(), seg.end(),
                    MeanShiftSegmentation.CHI2_1_95);
            Instant at = s.start(seg.start());
            Instant earliest = s.bucketed() ? s.time(interval[0]) : s.time(interval[0] - 1);
            Instant latest = s.bucketed() ? s.time(interval[1]).plusMillis(s.resolutionMillis()) : s.time(interval[1]);
            return Optional.of(new Onset(at, min(earliest, at), max(latest, at), "change-point", s.label(), false));
        }
        for (int i = 0; i < n; i++) {
            if (s.beyond(x[i])) {
                Instant t = s.time(i);
                Instant earliest = s.bucketed() || i == 0 ? t : s.time(i - 1);
                return Optional.of(new Onset(t, earliest, s.bucketed() ? t.plusMillis(s.resolutionMillis()) : t,
                        "first breach", s.label() + "; no change point, first value beyond the threshold", i == 0));
            }
        }
        return Optional.empty();
    }

    /**
     * A series of more than {@value #MAX_POINTS} points, merged into that many (weighted means of consecutive
     * points, the resolution widened accordingly), so that change-point search stays fast on a week of minutes.
     */
    static OnsetSeries coarsened(OnsetSeries s) {
        int n = s.size();
        if (n <= MAX_POINTS) {
            return s;
        }
        int group = (n + MAX_POINTS - 1) / MAX_POINTS;
        int m = (n + group - 1) / group;
        long[] t = new long[m];
        double[] v = new double[m];
        double[] w = new double[m];
        long[] exact = s.exact() == null ? null : new long[m];
        double[] x = s.values();
        double[] wx = s.weights();
        long[] times = s.epochMillis();
        for (int j = 0; j < m; j++) {
            int from = j * group;
            int to = Math.min(n, from + group);
            t[j] = times[from];
            double sw = 0;
            double swx = 0;
            for (int i = from; i < to; i++) {
                sw += wx[i];
                swx += wx[i] * x[i];
            }
            w[j] = sw;
            v[j] = swx / sw;
            if (exact != null) {
                exact[j] = -1;
            }
        }
        return new OnsetSeries(s.label() + " (merged " + group + " to a point)", t, v, w,
                s.resolutionMillis() * group, s.bucketed(), s.direction(), s.threshold(), exact);
    }

    /** Weights scaled to a mean of 1, so that the noise scale is that of a typical point. */
    private static double[] normalised(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double mean = sum / w.length;
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / mean;
        }
        return out;
    }

    /**
     * The smallest noise scale allowed: a thousandth of the series' range (a piecewise-constant series, such as
     * replica counts, has no noise, and any step in it is real).
     */
    private static double floor(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return Math.max(1e-12, 1e-3 * (hi - lo));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
