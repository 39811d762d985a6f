package dev.mlwb.analysis.checks.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.OpsBundle;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.PopularityWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopularityLoopCheckTest {
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final int ITEMS = 100;
    private static final String MANIFEST = """
            sources:
              - {role: exposures, path: shown.csv, timestamp: shown at, item: item-id, user: user-id}
            """;

    /** Item i is shown floor(60 / (i + 1)^s) times in week w, with s = exponent(w), spread over the week. */
    private static List<String> exposures(double... exponents) {
        List<String> rows = new ArrayList<>(List.of("shown at,item-id,user-id"));
        for (int w = 0; w < exponents.length; w++) {
            long total = 0;
            for (int i = 0; i < ITEMS; i++) {
                total += (long) Math.floor(60 / Math.pow(i + 1, exponents[w]));
            }
            long k = 0;
            for (int i = 0; i < ITEMS; i++) {
                long n = (long) Math.floor(60 / Math.pow(i + 1, exponents[w]));
                for (long j = 0; j < n; j++, k++) {
                    Instant t = T0.plusSeconds(7L * 86400 * w + k * (7 * 86400 - 1) / total);
                    rows.add(t + ",sku-" + i + ",u" + (k % 50));
                }
            }
        }
        return rows;
    }

    @Test
    void eightWeeksConcentratingOnFewerItemsIsAWarning(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST)
                .lines("shown.csv", exposures(0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6))) {
            CheckResult r = b.run(new PopularityLoopCheck());
            PopularityTrend trend = (PopularityTrend) r.evidence().get(0);
            assertThat(trend.windowSeconds()).isEqualTo(7 * 86400L);
            assertThat(trend.catalogItems()).isEqualTo(ITEMS);
            assertThat(trend.windows()).hasSize(8);
            assertThat(trend.windows()).extracting(PopularityWindow::gini).isSorted();
            assertThat(trend.windows().get(0).coverage()).isEqualTo(1.0);
            // 60 / (i+1)^1.6 >= 1 for i + 1 <= 60^(1/1.6) = 12.9: 12 items shown in the last week
            assertThat(trend.windows().get(7).itemsShown()).isEqualTo(12);
            assertThat(trend.windows().get(7).top1PctShare()).isEqualTo(60.0 / trend.windows().get(7).exposures());
            assertThat(trend.topItems().get(0).item()).isEqualTo("sku-0");
            Finding f = r.findings().get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).startsWith("Recommendations concentrate on fewer items: Gini ")
                    .contains("over 7 consecutive weekly windows, coverage 100.0% → 12.0%");
            assertThat(f.subjects()).startsWith(Subject.source("shown.csv"), Subject.item("sku-0"));
            assertThat(f.windows()).singleElement().satisfies(w -> {
                assertThat(w.start()).isEqualTo(T0);
                assertThat(w.end()).isEqualTo(T0.plusSeconds(8 * 7 * 86400L));
            });
            assertThat(r.measures().get("source:shown.csv")).containsEntry("rising_windows", 7.0)
                    .containsEntry("coverage_last", 0.12);
        }
    }

    @Test
    void stableConcentrationRaisesNothing(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST)
                .lines("shown.csv", exposures(0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8))) {
            CheckResult r = b.run(new PopularityLoopCheck());
            assertThat(r.findings()).isEmpty();
            assertThat(r.measures().get("source:shown.csv")).containsEntry("rising_windows", 0.0);
        }
    }

    @Test
    void risingGiniWithGrowingCoverageIsNotALoop(@TempDir Path dir) throws Exception {
        // week w: 5 head items shown 50 (w + 1)^2 times each, 60 + 10 w tail items twice each (numpy: Gini
        // 0.752, 0.865, 0.899, 0.913, 0.921 over the 105 items; coverage 61.9% → 100%)
        List<String> rows = new ArrayList<>(List.of("shown at,item-id,user-id"));
        for (int w = 0; w < 5; w++) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 50 * (w + 1) * (w + 1); j++) {
                    items.add("head-" + i);
                }
            }
            for (int i = 0; i < 60 + 10 * w; i++) {
                items.add("tail-" + i);
                items.add("tail-" + i);
            }
            for (int j = 0; j < items.size(); j++) {
                rows.add(T0.plusSeconds(7L * 86400 * w + j * (7L * 86400 - 1) / items.size()) + "," + items.get(j) + ",u");
            }
        }
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("shown.csv", rows)) {
            CheckResult r = b.run(new PopularityLoopCheck());
            assertThat(r.findings()).isEmpty();
            assertThat(r.measures().get("source:shown.csv")).containsEntry("rising_windows", 4.0);
            PopularityTrend trend = (PopularityTrend) r.evidence().get(0);
            assertThat(trend.windows()).extracting(PopularityWindow::coverage).isSorted();
            assertThat(trend.rising()).isPresent();
            assertThat(trend.windows().get(0).gini()).isCloseTo(0.7516087516087516, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(trend.windows().get(4).gini()).isCloseTo(0.9213732004429679, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void shortSpansAreCutIntoEightWindows(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>(List.of("shown at,item-id,user-id"));
        for (int h = 0; h < 16; h++) {
            for (int i = 0; i <= h; i++) {
                rows.add(T0.plusSeconds(3600L * h + i) + ",sku-" + (i % 3) + ",u");
            }
        }
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("shown.csv", rows)) {
            PopularityTrend trend = (PopularityTrend) b.run(new PopularityLoopCheck()).evidence().get(0);
            // 15 h 16 s of exposures in 8 windows
            assertThat(trend.windowSeconds()).isEqualTo(6752L);
            assertThat(trend.windows()).hasSize(8);
        }
    }

    @Test
    void longestRise() {
        List<PopularityWindow> w = new ArrayList<>();
        double[] g = {0.5, 0.6, 0.55, 0.6, 0.7, 0.8, 0.8};
        for (double x : g) {
            w.add(new PopularityWindow(T0, T0, 1, 1, x, 1, 1));
        }
        assertThat(PopularityLoopCheck.longestRise(w, 0.005)).containsExactly(2, 3);
    }
}
