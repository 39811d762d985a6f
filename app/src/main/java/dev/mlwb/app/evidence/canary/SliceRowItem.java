package dev.mlwb.app.evidence.canary;

import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.format.Fmt;
import java.util.Locale;

/** One slice row as the table shows it: formatted texts, with the raw row kept for sorting and colour; focused when reached through a link. */
public record SliceRowItem(SliceRow row, boolean focused) {
    public SliceRowItem(SliceRow row) {
        this(row, false);
    }

    public String slice() {
        return row.label() + (row.critical() ? "  ★" : "");
    }

    public String baselineShare() {
        return Fmt.pct(row.baselineShare());
    }

    public String canaryShare() {
        return Fmt.pct(row.canaryShare());
    }

    public String shareRatio() {
        return Double.isNaN(row.shareRatio()) ? "n/a" : Fmt.num(row.shareRatio(), 2) + "×";
    }

    public String baselineRate() {
        return rate(row.baselineRate());
    }

    public String canaryRate() {
        return rate(row.canaryRate());
    }

    public String change() {
        return Fmt.change(row.relativeChange());
    }

    public String pValue() {
        return Double.isNaN(row.pValue()) ? "n/a" : Fmt.p(row.pValue()).replace("p = ", "").replace("p < ", "< ");
    }

    public String traffic() {
        return Fmt.count(row.baselineTraffic()) + " / " + Fmt.count(row.canaryTraffic());
    }

    /** The verdict in words, e.g. "no canary traffic". */
    public String verdict() {
        return row.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Whether the row breaks a rule (drawn as a problem). */
    public boolean bad() {
        return row.verdict() == SliceVerdict.REGRESSION || row.verdict() == SliceVerdict.PROBABLE_REGRESSION
                || row.verdict() == SliceVerdict.NO_CANARY_TRAFFIC
                || row.verdict() == SliceVerdict.UNDER_REPRESENTED;
    }

    /** Whether the row could not be judged or was not significant (drawn muted). */
    public boolean doubtful() {
        return row.verdict() == SliceVerdict.NOT_SIGNIFICANT || row.verdict() == SliceVerdict.INSUFFICIENT_TRAFFIC;
    }

    private static String rate(double r) {
        return Double.isNaN(r) ? "n/a" : Fmt.num(r * 100, 2) + "%";
    }
}
