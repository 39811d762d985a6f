package dev.mlwb.analysis.checks.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.stats.KolmogorovSmirnov;
import dev.mlwb.analysis.stats.KsResult;
import dev.mlwb.analysis.stats.Psi;
import dev.mlwb.analysis.stats.PsiBins;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckTest {
    private static final Instant T0 = Instant.parse("2026-01-08T00:00:00Z");
    private static final String MANIFEST = """
            sources:
              - {role: features, dataset: training, path: train.csv, timestamp: as of, categorical: [segment]}
              - {role: features, dataset: serving, path: serve.csv, timestamp: as of, categorical: [segment]}
            """;

    @TempDir
    java.nio.file.Path dir;

    /** Rows: as of, "amount (7d)", "merchant ""tier""", segment. */
    private static List<String> rows(long seed, int n, double shift, double shiftFromDay, boolean newSegment) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(List.of("as of,amount (7d),\"merchant \"\"tier\"\"\",segment"));
        for (int i = 0; i < n; i++) {
            Instant t = T0.plusSeconds((long) i * 7 * 86400 / n);
            double day = (double) i * 7 / n;
            double amount = r.nextGaussian() + (day >= shiftFromDay ? shift : 0);
            double tier = r.nextGaussian();
            String segment = newSegment && r.nextDouble() < 0.3 ? "bnpl" : r.nextDouble() < 0.6 ? "retail" : "travel";
            out.add(t + "," + amount + "," + tier + "," + segment);
        }
        return out;
    }

    @Test
    void findsAShiftedNumericFeatureAndANewCategoryButNotTheStableFeature() throws Exception {
        TestBundle b = TestBundle.in(dir).manifest(MANIFEST)
                .file("train.csv", rows(1, 3000, 0, 0, false))
                .file("serve.csv", rows(2, 3000, 0.8, 0, true));
        CheckResult r = b.run(new DriftCheck());
        Finding amount = TestBundle.findingAbout(r, "feature:amount (7d)");
        assertThat(amount.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(amount.title()).startsWith("amount (7d) drifted from training to serving (PSI");
        assertThat(amount.measures().get("psi")).isGreaterThan(0.2);
        assertThat(amount.measures().get("ks_statistic")).isBetween(0.25, 0.4);
        Finding segment = TestBundle.findingAbout(r, "feature:segment");
        assertThat(segment.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(segment.summary()).contains("bnpl holds", "(new in serving)");
        assertThat(r.findings()).noneMatch(f -> f.subjects().toString().contains("tier"));
        Map<String, Double> tier = r.measures().get("feature:merchant \"tier\"");
        assertThat(tier.get("psi")).isLessThan(0.05);
        assertThat(tier).containsKeys("ks_statistic", "ks_pvalue", "reference_rows", "current_rows",
                "reference_null_share", "current_null_share");
        assertThat(tier.get("ks_pvalue")).isGreaterThan(0.001);
        assertThat(r.measures().get("feature:segment")).containsKeys("chi2_pvalue", "js_distance");
        HistogramPair pair = r.evidence().stream().filter(e -> e instanceof HistogramPair h && h.subject().equals("segment"))
                .map(HistogramPair.class::cast).findFirst().orElseThrow();
        assertThat(pair.bins()).anyMatch(bin -> bin.label().equals("bnpl") && bin.unseen() && bin.referenceCount() == 0);
    }

    @Test
    void statisticsEqualThoseOfTheStatsPackageOnTheRawValues() throws Exception {
        List<String> train = rows(3, 800, 0, 0, false);
        List<String> serve = rows(4, 700, 0.3, 0, false);
        CheckResult r = TestBundle.in(dir).manifest(MANIFEST).file("train.csv", train).file("serve.csv", serve)
                .run(new DriftCheck());
        double[] a = column(train, 1);
        double[] b = column(serve, 1);
        Map<String, Double> m = r.measures().get("feature:amount (7d)");
        KsResult ks = ks(a, b);
        assertThat(m.get("ks_statistic")).isEqualTo(ks.statistic());
        assertThat(m.get("ks_pvalue")).isCloseTo(ks.pValue(), within(1e-12));
        PsiBins bins = PsiBins.fromQuantiles(numpyDeciles(a));
        long[] ra = new long[bins.binCount()];
        long[] rb = new long[bins.binCount()];
        Arrays.stream(a).forEach(v -> ra[bins.binOf(v)]++);
        Arrays.stream(b).forEach(v -> rb[bins.binOf(v)]++);
        assertThat(m.get("psi")).isCloseTo(Psi.of(ra, rb), within(1e-12));
    }

    @Test
    void findsAShiftConfinedToTheLastDaysThatTheWholePeriodAveragesAway() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest(MANIFEST)
                .file("train.csv", rows(5, 7000, 0, 0, false))
                .file("serve.csv", rows(6, 7000, 1.2, 6, false))
                .run(new DriftCheck());
        Finding f = TestBundle.findingAbout(r, "feature:amount (7d)");
        Map<String, Double> m = r.measures().get("feature:amount (7d)");
        assertThat(m.get("psi")).isLessThan(0.2);
        assertThat(m.get("max_window_psi")).isGreaterThan(0.2);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.summary()).contains("Per 1-day window of serving", "the first on Jan 14");
        assertThat(f.windows()).hasSize(1);
        assertThat(f.windows().get(0).start()).isEqualTo(Instant.parse("2026-01-14T00:00:00Z"));
        DriftOverTime series = r.evidence().stream().filter(e -> e instanceof DriftOverTime d
                && d.subject().equals("amount (7d)")).map(DriftOverTime.class::cast).findFirst().orElseThrow();
        assertThat(series.windowSeconds()).isEqualTo(86400);
        assertThat(series.windows()).hasSize(7);
    }

    @Test
    void aWindowOverrideChangesTheWindows() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest(MANIFEST)
                .file("train.csv", rows(5, 7000, 0, 0, false))
                .file("serve.csv", rows(6, 7000, 0, 0, false))
                .run(new DriftCheck(), Map.of("window_hours", 12.0));
        DriftOverTime series = r.evidence().stream().filter(e -> e instanceof DriftOverTime)
                .map(DriftOverTime.class::cast).findFirst().orElseThrow();
        assertThat(series.windowSeconds()).isEqualTo(12 * 3600);
        assertThat(series.windows()).hasSize(14).allMatch(w -> w.judged() && w.psi() < 0.1);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void comparesTheScoreOfTheCanaryArmWithTheBaselineArm() throws Exception {
        Random rnd = new Random(9);
        List<String> lines = new ArrayList<>(List.of("request,variant,p(click)"));
        for (int i = 0; i < 4000; i++) {
            boolean canary = i % 2 == 1;
            double p = Math.min(1, Math.max(0, rnd.nextDouble() * 0.6 + (canary ? 0.25 : 0)));
            lines.add(i + "," + (canary ? "v2" : "v1") + "," + p);
        }
        CheckResult r = TestBundle.in(dir).manifest("""
                arms: {baseline: v1, canary: v2}
                sources:
                  - {role: predictions, path: preds.csv, entity: request, arm: variant, score: "p(click)"}
                """).file("preds.csv", lines).run(new DriftCheck());
        Finding f = TestBundle.findingAbout(r, "metric:score");
        assertThat(f.title()).startsWith("Model score drifted from baseline to canary");
        assertThat(f.remedy()).contains("model.calibration", "model.segment-regression");
        assertThat(f.measures().get("current_rows")).isEqualTo(2000.0);
    }

    @Test
    void isSkippedWithoutTwoDatasetsToCompare() throws Exception {
        try (IncidentData data = TestBundle.in(dir).manifest("""
                sources:
                  - {role: features, dataset: training, path: train.csv}
                """).file("train.csv", "x", "1", "2").load()) {
            assertThat(new DriftCheck().skipReason(data)).hasValueSatisfying(s -> assertThat(s).contains("nothing to compare"));
        }
    }

    static double[] column(List<String> csv, int index) {
        return csv.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[index])).toArray();
    }

    static KsResult ks(double[] a, double[] b) {
        TreeMap<Double, long[]> counts = new TreeMap<>();
        Arrays.stream(a).forEach(v -> counts.computeIfAbsent(v, k -> new long[2])[0]++);
        Arrays.stream(b).forEach(v -> counts.computeIfAbsent(v, k -> new long[2])[1]++);
        double[] values = counts.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        long[] ca = counts.values().stream().mapToLong(v -> v[0]).toArray();
        long[] cb = counts.values().stream().mapToLong(v -> v[1]).toArray();
        return KolmogorovSmirnov.test(values, ca, cb);
    }

    /** numpy.quantile(x, [0.1, ..., 0.9]) with linear interpolation. */
    static double[] numpyDeciles(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        double[] out = new double[9];
        for (int i = 0; i < 9; i++) {
            double h = (s.length - 1) * (i + 1) / 10.0;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, s.length - 1);
            out[i] = s[lo] + (h - lo) * (s[hi] - s[lo]);
        }
        return out;
    }
}
