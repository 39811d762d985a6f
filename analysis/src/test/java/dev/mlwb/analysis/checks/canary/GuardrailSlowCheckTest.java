package dev.mlwb.analysis.checks.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.Thresholds;
import dev.mlwb.analysis.checks.OpsBundle;
import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.MetricWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardrailSlowCheckTest {
    private static final Instant T0 = Instant.parse("2026-01-20T10:00:00Z");
    private static final String MANIFEST = """
            arms: {baseline: v1, canary: v2}
            sources:
              - role: metrics
                path: business.csv
                timestamp: minute
                arm: model version
                metrics: {impressions: imps, clicks: clicks}
            """;

    /** 90 minutes per arm; the canary's CTR is {@code canaryCtr} from minute 30 to 70, else 5 %. */
    private static List<String> metrics(long impressions, double canaryCtr) {
        List<String> rows = new ArrayList<>(List.of("minute,model version,imps,clicks"));
        for (int m = 0; m < 90; m++) {
            String t = T0.plusSeconds(60L * m).toString();
            rows.add(t + ",v1," + impressions + "," + Math.round(impressions * 0.05));
            double ctr = m >= 30 && m < 70 ? canaryCtr : 0.05;
            rows.add(t + ",v2," + impressions + "," + Math.round(impressions * ctr));
        }
        return rows;
    }

    @Test
    void aSustainedCtrDropIsCritical(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("business.csv", metrics(10_000, 0.045))) {
            CheckResult r = b.run(new GuardrailSlowCheck());
            Finding f = r.findings().get(0);
            assertThat(r.findings()).hasSize(1);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).isEqualTo("Canary CTR 10.0% below the baseline for 4 consecutive 10-minute windows "
                    + "(Jan 20 10:30–11:10 UTC)");
            assertThat(f.subjects()).containsExactly(Subject.metric("ctr"));
            assertThat(f.measures()).containsEntry("consecutive_windows", 4.0);
            assertThat(f.measures().get("relative_change")).isCloseTo(-0.1, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(f.summary()).contains("4.50% against 5.00%").contains("(400,000 canary impressions) the drop is significantly beyond the tolerance "
                    + "(log risk-ratio z-test, p = 3.5e-08 for a ratio below 0.95; critical below 0.000357, 0.01 over the 28 "
                    + "stretches of 3 or more windows it could have picked; a warning when the drop itself is significant "
                    + "below 0.001786)");
            assertThat(f.windows()).singleElement().satisfies(w -> {
                assertThat(w.start()).isEqualTo(T0.plusSeconds(1800));
                assertThat(w.end()).isEqualTo(T0.plusSeconds(4200));
            });
            BusinessMetricWindows e = (BusinessMetricWindows) r.evidence().get(0);
            assertThat(e.windows()).hasSize(9);
            assertThat(e.windows()).extracting(MetricWindow::breached)
                    .containsExactly(false, false, false, true, true, true, true, false, false);
            assertThat(r.measures().get("metric:ctr")).containsEntry("breached_windows", 4.0)
                    .containsEntry("judged_windows", 9.0);
        }
    }

    @Test
    void thirtyMinuteWindowsAreTheLongestAllowed(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("business.csv", metrics(10_000, 0.045))) {
            GuardrailSlowCheck check = new GuardrailSlowCheck();
            CheckResult r = b.run(check, Thresholds.defaults(check).with("window_minutes", 45));
            BusinessMetricWindows e = (BusinessMetricWindows) r.evidence().get(0);
            assertThat(e.windowSeconds()).isEqualTo(1800);
            assertThat(e.windows()).hasSize(3);
            assertThat(r.findings()).as("only two 30-minute windows breach").isEmpty();
        }
    }

    @Test
    void aDropThatThinTrafficCannotTellFromNoiseRaisesNothing(@TempDir Path dir) throws Exception {
        // 30 impressions a minute; one click a minute, except one minute in ten of the canary from 10:30 to 11:10
        List<String> rows = new ArrayList<>(List.of("minute,model version,imps,clicks"));
        for (int m = 0; m < 90; m++) {
            String t = T0.plusSeconds(60L * m).toString();
            rows.add(t + ",v1,30,1");
            rows.add(t + ",v2,30," + (m >= 30 && m < 70 && m % 10 == 0 ? 0 : 1));
        }
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("business.csv", rows)) {
            CheckResult r = b.run(new GuardrailSlowCheck());
            assertThat(r.findings()).isEmpty();
            assertThat(r.measures().get("metric:ctr")).containsEntry("longest_breach_run", 4.0);
            assertThat(r.measures().get("metric:ctr").get("pvalue")).isGreaterThan(0.3);
        }
    }

    @Test
    void aSignificantDropNotClearlyBeyondTheToleranceIsAWarning(@TempDir Path dir) throws Exception {
        // 7% lower for 40 minutes on 2,000 impressions a minute: surely lower, not surely more than 5% lower
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("business.csv", metrics(2_000, 0.0465))) {
            Finding f = b.run(new GuardrailSlowCheck()).findings().get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.summary()).contains("but not significantly beyond the tolerance");
        }
    }

    @Test
    void equalRatesAndSmallDropsRaiseNothing(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("business.csv", metrics(10_000, 0.048))) {
            CheckResult r = b.run(new GuardrailSlowCheck());
            assertThat(r.findings()).isEmpty();
            assertThat(r.measures().get("metric:ctr")).containsEntry("breached_windows", 0.0);
        }
    }

    /** Labelled predictions: the baseline separates the classes well, the canary less so. */
    private static List<String> predictions(double canaryNoise) {
        List<String> rows = new ArrayList<>(List.of("ts,arm,p,y"));
        for (int i = 0; i < 4000; i++) {
            int y = i % 4 == 0 ? 1 : 0;
            double base = ((i * 7919) % 1000) / 1000.0;
            String t = T0.plusSeconds(i).toString();
            rows.add(t + ",v1," + (0.6 * base + 0.4 * y) + "," + y);
            rows.add(t + ",v2," + ((0.6 * base + 0.4 * y) * (1 - canaryNoise) + canaryNoise * (((i * 104729) % 997) / 997.0))
                    + "," + y);
        }
        return rows;
    }

    @Test
    void aCanaryThatRanksWorseIsCritical(@TempDir Path dir) throws Exception {
        String manifest = """
                arms: {baseline: v1, canary: v2}
                sources:
                  - {role: predictions, path: preds.csv, timestamp: ts, arm: arm, score: p, label: y}
                """;
        try (OpsBundle b = OpsBundle.in(dir).manifest(manifest).lines("preds.csv", predictions(0.5))) {
            CheckResult r = b.run(new GuardrailSlowCheck());
            Finding f = r.findings().get(0);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.subjects()).containsExactly(Subject.metric("auc"));
            assertThat(f.measures().get("auc_drop")).isGreaterThan(0.02);
            assertThat(r.measures().get("metric:auc")).containsEntry("canary_rows", 4000.0);
            BusinessMetricWindows e = (BusinessMetricWindows) r.evidence().get(0);
            assertThat(e.metric()).isEqualTo("auc");
            assertThat(e.windows()).hasSize(7);
        }
        try (OpsBundle b = OpsBundle.in(dir).manifest(manifest).lines("preds.csv", predictions(0.0))) {
            CheckResult r = b.run(new GuardrailSlowCheck());
            assertThat(r.findings()).isEmpty();
            assertThat(r.measures().get("metric:auc").get("auc_drop")).isEqualTo(0.0);
        }
    }
}
