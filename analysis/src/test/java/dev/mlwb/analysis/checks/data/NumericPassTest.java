package dev.mlwb.analysis.checks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.stats.PsiBins;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bucketed KS statistic of {@link NumericPass} against the definition computed here over every
 * value (the same floating-point operations as {@code scipy.stats.ks_2samp}), overall and per window,
 * on shapes that stress the buckets: identical samples (every bucket a candidate until the steps are
 * seen to cancel), ties, heavy tails with infinities and NaN, a current side far outside the
 * reference, a constant reference, and nulls.
 */
class NumericPassTest {
    private static final Duration DAY = Duration.ofDays(1);

    /** A value expression per shape: {@code i} is the row number, {@code u(k)} a uniform in (0, 1). */
    private static String shape(String name, boolean current) {
        String normal = "sqrt(-2 * ln(u(1))) * cos(2 * pi() * u(2))";
        return switch (name) {
            case "shifted" -> normal + (current ? " + 0.2" : "");
            case "identical" -> normal;
            case "nearly-identical" -> current ? "CASE WHEN u(9) < 0.05 THEN " + normal + " * 1.01 ELSE " + normal + " END"
                    : normal;
            case "ties" -> "floor(u(3) * " + (current ? "13" : "12") + ")";
            case "heavy-tail" -> "CASE WHEN u(4) < 0.001 THEN 1e12 WHEN u(4) < 0.002 THEN CAST('inf' AS DOUBLE) "
                    + "WHEN u(4) < 0.003 THEN CAST('-inf' AS DOUBLE) WHEN u(4) < 0.004 THEN CAST('nan' AS DOUBLE) "
                    + "ELSE exp(3 + 2 * " + normal + ") END" + (current ? " * 1.1" : "");
            case "far-outside" -> current ? "1000 + u(5)" : "u(5)";
            case "constant-reference" -> current ? "floor(u(6) * 3)" : "1.0";
            case "with-nulls" -> current ? "CASE WHEN u(7) < 0.2 THEN NULL ELSE " + normal + " END" : normal;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void table(Database db, String name, String shape, boolean current, int rows) throws SQLException {
        int seed = current && !shape.startsWith("identical") && !shape.startsWith("nearly") ? 1000 : 0;
        String value = shape(shape, current).replaceAll("u\\((\\d+)\\)",
                "((hash(i + " + seed + ", $1) % 999983) + 1) / 999984.0");
        db.execute("CREATE TABLE " + name + " AS SELECT CAST(" + value + " AS DOUBLE) AS x, "
                + "TIMESTAMP '2026-01-01' + to_seconds(i * 7 * 86400 // " + rows + ") AS __ts FROM range(" + rows + ") t(i)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shifted", "identical", "nearly-identical", "ties", "heavy-tail", "far-outside",
        "constant-reference", "with-nulls"})
    void equalsTheStatisticOverEveryValueOverallAndPerWindow(String shape) throws SQLException {
        try (Database db = Database.inMemory()) {
            table(db, "ref", shape, false, 20_000);
            table(db, "cur", shape, true, shape.equals("identical") || shape.startsWith("nearly") ? 20_000 : 14_000);
            Side ref = Side.of("ref", "ref", "x", true, "");
            Side cur = Side.of("cur", "cur", "x", true, "");
            Distributions.Reference r = Distributions.reference(db, ref, PsiBins.decileLevels());
            double[] edges = PsiBins.fromQuantiles(r.quantiles()).edges();
            double[] refValues = values(db, "ref", false);
            double[] curValues = values(db, "cur", false);
            ValueBuckets fine = ValueBuckets.of(r.summary().min(), r.summary().max(), r.quantiles(), refValues.length);
            // few buckets of many values each: the candidates' values are sorted and cumulated, not just their ends
            ValueBuckets coarse = new ValueBuckets(fine.center(), fine.scale(), fine.lo(), fine.span(),
                    fine.buckets() == 0 ? 0 : 64);
            for (ValueBuckets buckets : List.of(fine, coarse, ValueBuckets.single())) {
                // without windows, only the overall candidates are sorted
                assertThat(NumericPass.run(db, ref, cur, edges, null, buckets).ks()).as("%s, %s", shape, buckets)
                        .isEqualTo(ks(refValues, curValues));
                NumericPass.Result pass = NumericPass.run(db, ref, cur, edges, DAY, buckets);
                assertThat(pass.ks()).as("%s overall, %s", shape, buckets).isEqualTo(ks(refValues, curValues));
                Map<Long, double[]> windows = windows(db);
                assertThat(pass.windowKs().keySet()).containsExactlyInAnyOrderElementsOf(windows.keySet());
                windows.forEach((w, values) -> assertThat(pass.windowKs().get(w)).as("%s window %d, %s", shape, w,
                        buckets).isEqualTo(windowKs(refValues, values)));
                assertThat(Arrays.stream(pass.referenceBins()).sum()).isEqualTo(refValues.length);
                assertThat(pass.current().nonNull()).isEqualTo(curValues.length);
            }
        }
    }

    private static double[] values(Database db, String table, boolean all) throws SQLException {
        return db.query("SELECT x FROM " + table + (all ? "" : " WHERE x IS NOT NULL")).stream()
                .mapToDouble(row -> row.dbl("x")).toArray();
    }

    /** The current side's values per day, keyed like the pass's windows. */
    private static Map<Long, double[]> windows(Database db) throws SQLException {
        Map<Long, List<Double>> out = new TreeMap<>();
        for (Row row : db.query("SELECT epoch_us(time_bucket(INTERVAL 1 DAY, __ts)) AS w, x FROM cur WHERE x IS NOT NULL")) {
            out.computeIfAbsent(row.lng("w"), k -> new ArrayList<>()).add(row.dbl("x"));
        }
        Map<Long, double[]> arrays = new TreeMap<>();
        out.forEach((w, v) -> arrays.put(w, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return arrays;
    }

    /** Per distinct value: rows of the first and of the second sample, in value order (NaN last). */
    private static TreeMap<Double, long[]> counts(double[] a, double[] b) {
        TreeMap<Double, long[]> counts = new TreeMap<>();
        Arrays.stream(a).forEach(v -> counts.computeIfAbsent(v + 0.0, k -> new long[2])[0]++);
        Arrays.stream(b).forEach(v -> counts.computeIfAbsent(v + 0.0, k -> new long[2])[1]++);
        return counts;
    }

    /** The largest |R(v)/n − C(v)/m| over every distinct value of either sample. */
    static double ks(double[] ref, double[] cur) {
        double n = ref.length;
        double m = cur.length;
        long r = 0;
        long c = 0;
        double d = 0;
        for (long[] k : counts(ref, cur).values()) {
            r += k[0];
            c += k[1];
            d = Math.max(d, Math.abs(r / n - c / m));
        }
        return d;
    }

    /** Per window value v: the gaps at v and just before v, as the pass defines them. */
    static double windowKs(double[] ref, double[] window) {
        double n = ref.length;
        double wm = window.length;
        long r = 0;
        long c = 0;
        double d = 0;
        for (long[] k : counts(ref, window).values()) {
            long before = r;
            r += k[0];
            if (k[1] > 0) {
                d = Math.max(d, Math.max(Math.abs(r / n - (c + k[1]) / wm), Math.abs(before / n - c / wm)));
            }
            c += k[1];
        }
        return d;
    }
}
