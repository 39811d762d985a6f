package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.evidence.DifferenceBin;
import dev.mlwb.analysis.evidence.SkewExample;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregates of a skew join: one pass for every feature's mismatch count and mean difference,
 * then, for features that mismatch, a histogram of the differences and the worst rows.
 */
final class SkewQueries {
    static final int BINS = 20;
    static final int EXAMPLES = 5;

    /** Per feature: mismatches, and over rows with both values the mean difference and mean reference value. */
    record Totals(long joined, long[] mismatches, long[] higher, double[] meanDiff, double[] meanReference, double[] minDiff,
                  double[] maxDiff) {
    }

    private SkewQueries() {
    }

    static Totals totals(Database db, SkewJoin j, double atol, double rtol) throws SQLException {
        List<FeatureColumn> fs = j.pair().shared();
        StringBuilder q = new StringBuilder("SELECT count(*) AS n");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            q.append(", count(*) FILTER (WHERE ").append(SkewJoin.mismatch(fs.get(i), i)).append(") AS m").append(i);
            if (fs.get(i).numeric()) {
                params.add(atol);
                params.add(rtol);
                params.add(atol);
                params.add(rtol);
                q.append(", count(*) FILTER (WHERE ").append(SkewJoin.mismatch(fs.get(i), i)).append(" AND c").append(i)
                        .append(" > r").append(i).append(") AS u").append(i);
                String d = "c" + i + " - r" + i;
                q.append(", avg(").append(d).append(") AS d").append(i).append(", avg(r").append(i).append(") FILTER (WHERE c")
                        .append(i).append(" IS NOT NULL) AS a").append(i).append(", min(").append(d).append(") AS lo")
                        .append(i).append(", max(").append(d).append(") AS hi").append(i);
            }
        }
        Row r = db.first(q.append(" FROM ").append(j.relation()).toString(), params.toArray()).orElseThrow();
        int n = fs.size();
        Totals t = new Totals(r.lng("n"), new long[n], new long[n], new double[n], new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++) {
            t.mismatches()[i] = r.lng("m" + i);
            boolean num = fs.get(i).numeric();
            t.higher()[i] = num ? r.lng("u" + i) : 0;
            t.meanDiff()[i] = num ? r.dbl("d" + i) : Double.NaN;
            t.meanReference()[i] = num ? r.dbl("a" + i) : Double.NaN;
            t.minDiff()[i] = num ? r.dbl("lo" + i) : Double.NaN;
            t.maxDiff()[i] = num ? r.dbl("hi" + i) : Double.NaN;
        }
        return t;
    }

    /** {@value #BINS} equal-width bins of current − reference between the smallest and largest difference. */
    static List<DifferenceBin> differences(Database db, SkewJoin j, int i, double lo, double hi) throws SQLException {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return List.of();
        }
        if (lo == hi) {
            long n = (long) db.scalar("SELECT count(*) FROM " + j.relation() + " WHERE c" + i + " - r" + i + " IS NOT NULL");
            return List.of(new DifferenceBin(lo, hi, n));
        }
        double width = (hi - lo) / BINS;
        long[] counts = new long[BINS];
        for (Row r : db.query("SELECT least(CAST(floor((c" + i + " - r" + i + " - CAST(? AS DOUBLE)) / CAST(? AS DOUBLE)) "
                + "AS BIGINT), " + (BINS - 1) + ") AS b, count(*) AS n FROM " + j.relation() + " WHERE c" + i + " - r" + i
                + " IS NOT NULL GROUP BY 1", lo, width)) {
            counts[(int) Math.max(0, r.lng("b"))] += r.lng("n");
        }
        List<DifferenceBin> out = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            out.add(new DifferenceBin(lo + b * width, b == BINS - 1 ? hi : lo + (b + 1) * width, counts[b]));
        }
        return out;
    }

    /** A value as people read it: numbers without trailing zeros, up to ten significant digits. */
    private static String text(Object v) {
        if (v == null) {
            return "(missing)";
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            return new java.math.BigDecimal(d).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    /** The mismatched rows with the largest differences (numeric) or the first by entity (categorical). */
    static List<SkewExample> examples(Database db, SkewJoin j, FeatureColumn f, int i, double atol, double rtol)
            throws SQLException {
        String order = f.numeric() ? "abs(c" + i + " - r" + i + ") DESC NULLS FIRST, e" : "e, t";
        Object[] params = f.numeric() ? new Object[] {atol, rtol} : new Object[0];
        List<SkewExample> out = new ArrayList<>();
        for (Row r : db.query("SELECT e, " + Sql.epochMicros("t") + " AS t, r" + i + " AS rv, c" + i + " AS cv, " + (f.numeric() ? "c" + i + " - r" + i : "NULL") + " AS d FROM "
                + j.relation() + " WHERE " + SkewJoin.mismatch(f, i) + " ORDER BY " + order + " LIMIT " + EXAMPLES,
                params)) {
            out.add(new SkewExample(r.str("e", ""), r.instant("t"), text(r.get("rv")), text(r.get("cv")), r.dbl("d")));
        }
        return out;
    }
}
