package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.evidence.DifferenceBin;
import dev.mlwb.analysis.evidence.SkewExample;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The aggregates of a skew join: one pass for every feature's mismatch count and mean difference,
 * then one more for the histogram of the differences and the worst rows of every feature that mismatches.
 */
final class SkewQueries {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final int BINS = 20;
    static final int EXAMPLES = 5;

    /**
     * Per feature: mismatches, and over rows with both values the mean difference and mean reference value, the
     * range of the differences, and the correlation of the two values (numeric).
     */
    record Totals(long joined, long[] mismatches, long[] higher, double[] meanDiff, double[] meanReference, double[] minDiff,
                  double[] maxDiff, double[] correlation) {
    }

    private SkewQueries() {
    }

    static Totals totals(Database db, SkewJoin j, double atol, double rtol) throws SQLException {
        List<FeatureColumn> fs = j.features();
        StringBuilder q = new StringBuilder("SELECT count(*) AS n");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            // sum of 0/1 rather than count(*) FILTER: a quarter of the cost over a hundred aggregates
            q.append(", sum(CAST(").append(SkewJoin.mismatch(fs.get(i), i)).append(" AS INTEGER)) AS m").append(i);
            if (fs.get(i).numeric()) {
                params.add(atol);
                params.add(rtol);
                params.add(atol);
                params.add(rtol);
                q.append(", sum(CAST(").append(SkewJoin.mismatch(fs.get(i), i)).append(" AND c").append(i)
                        .append(" > r").append(i).append(" AS INTEGER)) AS u").append(i);
                String d = "c" + i + " - r" + i;
                q.append(", avg(").append(d).append(") AS d").append(i).append(", avg(r").append(i).append(") FILTER (WHERE c")
                        .append(i).append(" IS NOT NULL) AS a").append(i).append(", min(").append(d).append(") AS lo")
                        .append(i).append(", max(").append(d).append(") AS hi").append(i).append(", corr(r").append(i)
                        .append(", c").append(i).append(") AS k").append(i);
            }
        }
        Row r = db.first(q.append(" FROM ").append(j.relation()).toString(), params.toArray()).orElseThrow();
        int n = fs.size();
        Totals t = new Totals(r.lng("n"), new long[n], new long[n], new double[n], new double[n], new double[n], new double[n],
                new double[n]);
        for (int i = 0; i < n; i++) {
            t.mismatches()[i] = r.lng("m" + i);
            boolean num = fs.get(i).numeric();
            t.higher()[i] = num ? r.lng("u" + i) : 0;
            t.meanDiff()[i] = num ? r.dbl("d" + i) : Double.NaN;
            t.meanReference()[i] = num ? r.dbl("a" + i) : Double.NaN;
            t.minDiff()[i] = num ? r.dbl("lo" + i) : Double.NaN;
            t.maxDiff()[i] = num ? r.dbl("hi" + i) : Double.NaN;
            t.correlation()[i] = num ? r.dbl("k" + i) : Double.NaN;
        }
        return t;
    }

    /** The histogram of differences and the worst rows of every mismatching feature, from one more pass. */
    record Details(List<DifferenceBin> differences, List<SkewExample> examples) {
    }

    /**
     * For each feature with mismatches: {@value #BINS} equal-width bins of current − reference between its
     * smallest and largest difference (numeric), and the mismatched rows with the largest differences
     * (numeric) or the first by entity (categorical), all in one pass over the join.
     */
    static Map<Integer, Details> details(Database db, SkewJoin j, Totals t, double atol, double rtol)
            throws SQLException {
        List<FeatureColumn> fs = j.features();
        List<String> cols = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<Integer> features = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            if (t.mismatches()[i] == 0) {
                continue;
            }
            features.add(i);
            boolean num = fs.get(i).numeric();
            // a struct per row (no copying), serialised only for the few rows kept
            String row = "struct_pack(e := e, t := " + Sql.epochMicros("t") + ", r := r" + i + ", c := c" + i + ", d := "
                    + (num ? "c" + i + " - r" + i : "NULL") + ")";
            cols.add("list_transform(" + (num ? "max_by(" + row + ", abs(c" + i + " - r" + i + "), "
                    : "min_by(" + row + ", e, ") + EXAMPLES + ") FILTER (WHERE " + SkewJoin.mismatch(fs.get(i), i)
                    + "), lambda x: to_json(x)::VARCHAR) AS x" + i);
            if (num) {
                params.add(atol);
                params.add(rtol);
                cols.addAll(binCounts(i, t.minDiff()[i], t.maxDiff()[i]));
            }
        }
        Map<Integer, Details> out = new LinkedHashMap<>();
        if (features.isEmpty()) {
            return out;
        }
        Row r = db.first("SELECT " + String.join(", ", cols) + " FROM " + j.relation(), params.toArray()).orElseThrow();
        for (int i : features) {
            out.put(i, new Details(bins(r, i, t.minDiff()[i], t.maxDiff()[i]), examples(r.get("x" + i))));
        }
        return out;
    }

    private static double width(double lo, double hi) {
        return (hi - lo) / BINS;
    }

    /** Count columns {@code h<i>_<b>} of the difference histogram (one bin when all differences are equal). */
    private static List<String> binCounts(int i, double lo, double hi) {
        List<String> out = new ArrayList<>();
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return out;
        }
        String d = "(c" + i + " - r" + i + ")";
        if (lo == hi) {
            out.add("count(" + d + ") AS h" + i + "_0");
            return out;
        }
        String bin = "least(greatest(CAST(floor((" + d + " - CAST(" + lo + " AS DOUBLE)) / CAST(" + width(lo, hi)
                + " AS DOUBLE)) AS BIGINT), 0), " + (BINS - 1) + ")";
        for (int b = 0; b < BINS; b++) {
            out.add("count(*) FILTER (WHERE " + bin + " = " + b + ") AS h" + i + "_" + b);
        }
        return out;
    }

    private static List<DifferenceBin> bins(Row r, int i, double lo, double hi) {
        List<DifferenceBin> out = new ArrayList<>();
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return out;
        }
        if (lo == hi) {
            out.add(new DifferenceBin(lo, hi, r.lng("h" + i + "_0")));
            return out;
        }
        double w = width(lo, hi);
        for (int b = 0; b < BINS; b++) {
            out.add(new DifferenceBin(lo + b * w, b == BINS - 1 ? hi : lo + (b + 1) * w, r.lng("h" + i + "_" + b)));
        }
        return out;
    }

    private static List<SkewExample> examples(Object list) {
        List<SkewExample> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        try {
            Object[] items = list instanceof java.sql.Array a ? (Object[]) a.getArray() : ((List<?>) list).toArray();
            for (Object item : items) {
                JsonNode n = MAPPER.readTree(item.toString());
                JsonNode t = n.get("t");
                out.add(new SkewExample(n.get("e").asText(), t == null || t.isNull() ? Optional.empty()
                        : Optional.of(dev.mlwb.analysis.checks.data.Numbers.instant(t.asLong())), text(n.get("r")),
                        text(n.get("c")), n.get("d") == null || n.get("d").isNull() ? Double.NaN : n.get("d").asDouble()));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot read the examples of a skew query: " + e.getMessage(), e);
        }
        return out;
    }

    /** A value as people read it: numbers without trailing zeros, up to ten significant digits. */
    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "(missing)";
        }
        if (v.isNumber()) {
            return new java.math.BigDecimal(v.asDouble()).round(new java.math.MathContext(10)).stripTrailingZeros()
                    .toPlainString();
        }
        return v.asText();
    }
}
