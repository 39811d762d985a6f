package dev.mlwb.app.evidence.features;

import dev.mlwb.analysis.evidence.DifferenceBin;
import dev.mlwb.analysis.evidence.SkewComparison;
import dev.mlwb.analysis.evidence.SkewExample;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Line;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.util.ArrayList;
import java.util.List;

/** Training/serving skew of one feature: how often and how far the two pipelines disagree, and the worst rows. */
public final class SkewViewModel {
    private final SkewComparison s;

    public SkewViewModel(SkewComparison skew) {
        this.s = skew;
    }

    public String title() {
        return s.title();
    }

    public String caption() {
        String direction = s.mismatches() == 0 ? "" : s.mismatchesHigher() * 2 > s.mismatches()
                ? " " + s.current() + " is mostly higher." : " " + s.current() + " is mostly lower ("
                + Fmt.count(s.mismatches() - s.mismatchesHigher()) + " of " + Fmt.count(s.mismatches()) + ").";
        return Fmt.count(s.mismatches()) + " of " + Fmt.count(s.joinedRows()) + " joined rows ("
                + Fmt.pct(s.mismatchShare()) + ") differ beyond " + tolerance(s.absoluteTolerance()) + " + "
                + tolerance(s.relativeTolerance()) + " × |" + s.reference() + "|; mean signed difference "
                + Fmt.num(s.meanSignedDiff(), 4) + " (mean " + s.reference() + " value " + Fmt.num(s.meanReference(), 4)
                + ")." + direction;
    }

    /** A tolerance as people write it: {@code 1e-9}, {@code 0.001}. */
    static String tolerance(double t) {
        return t != 0 && Math.abs(t) < 1e-4 ? String.format(java.util.Locale.ROOT, "%.0e", t).replace("e-0", "e-")
                : Fmt.num(t, 6);
    }

    public boolean hasDifferences() {
        return !s.differences().isEmpty();
    }

    /** The difference histogram as a filled outline over the bins (rows per bin). */
    public List<Line> histogram() {
        List<DifferenceBin> bins = s.differences();
        int n = bins.size();
        double[] x = new double[2 * n + 2];
        double[] y = new double[2 * n + 2];
        List<String> labels = new ArrayList<>();
        labels.add("");
        for (int i = 0; i < n; i++) {
            DifferenceBin b = bins.get(i);
            x[2 * i + 1] = b.lower();
            x[2 * i + 2] = b.upper();
            y[2 * i + 1] = b.rows();
            y[2 * i + 2] = b.rows();
            String label = "[" + Fmt.num(b.lower(), 4) + ", " + Fmt.num(b.upper(), 4) + "): " + Fmt.count(b.rows())
                    + " rows";
            labels.add(label);
            labels.add(label);
        }
        labels.add("");
        if (n > 0) {
            x[0] = bins.get(0).lower();
            x[2 * n + 1] = bins.get(n - 1).upper();
        }
        return List.of(new Line(s.current() + " − " + s.reference(), Palette.CURRENT, x, y, labels, Line.Look.AREA));
    }

    public List<Mark> marks() {
        return List.of(Mark.xLine(0, "no difference", "mark-event"));
    }

    public String differenceAxis() {
        return s.feature() + ": " + s.current() + " − " + s.reference();
    }

    public List<SkewExample> examples() {
        return s.examples();
    }

    public static String at(SkewExample e) {
        return Times.second(e.at());
    }
}
