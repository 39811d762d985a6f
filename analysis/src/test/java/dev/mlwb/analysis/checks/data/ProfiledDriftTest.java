package dev.mlwb.analysis.checks.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.profile.DuckDbProfileEngine;
import dev.mlwb.analysis.profile.FineEdges;
import dev.mlwb.analysis.profile.NumericProfile;
import dev.mlwb.analysis.profile.Part;
import dev.mlwb.analysis.profile.PartShape;
import dev.mlwb.analysis.profile.ProfilePlan;
import dev.mlwb.analysis.profile.ProfileTarget;
import dev.mlwb.analysis.profile.ProfiledColumn;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drift statistics computed from profiles against their definitions over every value (the same
 * floating-point operations as {@code scipy.stats.ks_2samp}), overall and per window, on shapes that
 * stress the counting: identical samples, ties, heavy tails with infinities and NaN (counted apart), a
 * current side far outside the reference, a constant reference, and nulls. Counted per value, the KS
 * statistic is exact; counted on fine edges, the exact statistic lies within the reported bound and
 * the exact PSI within the reported range.
 */
class ProfiledDriftTest {
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

    private static Table table(Database db, String name, String shape, boolean current, int rows) throws SQLException {
        int seed = current && !shape.startsWith("identical") && !shape.startsWith("nearly") ? 1000 : 0;
        String value = shape(shape, current).replaceAll("u\\((\\d+)\\)",
                "((hash(i + " + seed + ", $1) % 999983) + 1) / 999984.0");
        db.execute("CREATE TABLE " + name + " AS SELECT CAST(" + value + " AS DOUBLE) AS x, "
                + "TIMESTAMP '2026-01-01' + to_seconds(i * 7 * 86400 // " + rows + ") AS __ts FROM range(" + rows + ") t(i)");
        return new Table(Role.FEATURES, name, Optional.of(name), name, List.of(), List.of(), Set.of("timestamp"), List.of(),
                List.of(new FeatureColumn("x", FeatureColumn.Kind.NUMERIC, "DOUBLE")), Map.of(), Set.of(), rows);
    }

    private static NumericProfile profile(DuckDbProfileEngine engine, Table t, double[] edges) throws SQLException {
        ProfileTarget target = new ProfileTarget(t, false, List.of(new ProfiledColumn("x", "x", true)));
        ProfilePlan plan = new ProfilePlan(Optional.of(DAY), edges == null ? Map.of() : Map.of("x", edges), Set.of());
        return engine.profile(target, plan).get(Part.of(t)).numeric("x").orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shifted", "identical", "nearly-identical", "ties", "heavy-tail", "far-outside",
        "constant-reference", "with-nulls"})
    void countedPerValueTheStatisticsEqualTheirDefinitionOverallAndPerWindow(String shape) throws SQLException {
        try (Database db = Database.inMemory()) {
            Table ref = table(db, "ref", shape, false, 20_000);
            Table cur = table(db, "cur", shape, true, shape.equals("identical") || shape.startsWith("nearly") ? 20_000 : 14_000);
            DuckDbProfileEngine engine = new DuckDbProfileEngine(db);
            DriftStats s = NumericDrift.compute(profile(engine, ref, null), profile(engine, cur, null), Optional.of(DAY), 500);
            double[] refValues = values(db, "ref");
            double[] curValues = values(db, "cur");
            assertThat(s.ksStatistic()).as(shape).isEqualTo(ks(refValues, curValues));
            assertThat(s.bounds().ksBound()).isZero();
            assertThat(s.bounds().psiBound()).isZero();
            Map<Long, double[]> windows = windows(db);
            assertThat(s.windows()).hasSize(windows.size());
            for (DriftWindow w : s.windows()) {
                double[] values = windows.get(w.start().getEpochSecond() * 1_000_000L);
                assertThat(w.ksStatistic()).as("%s window %s", shape, w.start()).isEqualTo(ks(refValues, values));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shifted", "identical", "nearly-identical", "ties", "heavy-tail", "far-outside",
        "constant-reference", "with-nulls"})
    void countedOnFineEdgesTheExactStatisticsLieWithinTheBounds(String shape) throws SQLException {
        try (Database db = Database.inMemory()) {
            Table ref = table(db, "ref", shape, false, 20_000);
            Table cur = table(db, "cur", shape, true, 14_000);
            DuckDbProfileEngine engine = new DuckDbProfileEngine(db);
            PartShape refShape = engine.shape(new ProfileTarget(ref, false, List.of(new ProfiledColumn("x", "x", true))))
                    .get(Part.of(ref));
            var x = refShape.columns().get("x");
            double[] edges = FineEdges.of(x.sampleQuantiles(), Math.nextDown(x.min()), x.max());
            DriftStats binned = NumericDrift.compute(profile(engine, ref, edges), profile(engine, cur, edges),
                    Optional.of(DAY), 500);
            DriftStats exact = NumericDrift.compute(profile(engine, ref, null), profile(engine, cur, null),
                    Optional.of(DAY), 500);
            assertThat(exact.ksStatistic()).as(shape).isBetween(binned.ksStatistic() - 1e-12,
                    binned.ksStatistic() + binned.bounds().ksBound() + 1e-12);
            assertThat(exact.psi()).as(shape).isBetween(binned.bounds().psiLow() - 1e-12, binned.bounds().psiHigh() + 1e-12);
            for (int i = 0; i < exact.windows().size(); i++) {
                double[] range = binned.bounds().windowPsi().get(i);
                double p = exact.windows().get(i).psi();
                if (!Double.isNaN(p)) {
                    assertThat(p).as("%s window %d", shape, i).isBetween(range[0] - 1e-12, range[1] + 1e-12);
                }
            }
            if (!shape.equals("constant-reference") && !shape.equals("ties")) {
                // a continuous reference: the deciles fall in narrow fine bins, so the PSI is pinned down closely
                double tolerance = 0.05 * Math.max(1, exact.psi());
                assertThat(binned.bounds().psiHigh() - binned.bounds().psiLow()).as(shape).isLessThan(tolerance);
                assertThat(binned.psi()).isCloseTo(exact.psi(), within(tolerance / 2));
            }
        }
    }

    private static double[] values(Database db, String table) throws SQLException {
        return db.query("SELECT x FROM " + table + " WHERE x IS NOT NULL AND NOT isnan(x)").stream()
                .mapToDouble(row -> row.dbl("x")).toArray();
    }

    /** The current side's values per day (NaN and nulls left out). */
    private static Map<Long, double[]> windows(Database db) throws SQLException {
        Map<Long, List<Double>> out = new TreeMap<>();
        for (Row row : db.query("SELECT epoch_us(time_bucket(INTERVAL 1 DAY, __ts)) AS w, x FROM cur WHERE x IS NOT NULL "
                + "AND NOT isnan(x)")) {
            out.computeIfAbsent(row.lng("w"), k -> new ArrayList<>()).add(row.dbl("x"));
        }
        Map<Long, double[]> arrays = new TreeMap<>();
        out.forEach((w, v) -> arrays.put(w, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return arrays;
    }

    /** The largest |R(v)/n − C(v)/m| over every distinct value of either sample. */
    static double ks(double[] ref, double[] cur) {
        TreeMap<Double, long[]> counts = new TreeMap<>();
        Arrays.stream(ref).forEach(v -> counts.computeIfAbsent(v + 0.0, k -> new long[2])[0]++);
        Arrays.stream(cur).forEach(v -> counts.computeIfAbsent(v + 0.0, k -> new long[2])[1]++);
        double n = ref.length;
        double m = cur.length;
        long r = 0;
        long c = 0;
        double d = 0;
        for (long[] k : counts.values()) {
            r += k[0];
            c += k[1];
            d = Math.max(d, Math.abs(r / n - c / m));
        }
        return d;
    }
}
