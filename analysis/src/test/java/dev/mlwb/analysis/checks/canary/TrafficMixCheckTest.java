package dev.mlwb.analysis.checks.canary;

import static dev.mlwb.analysis.checks.canary.CanaryFixture.cell;
import static dev.mlwb.analysis.checks.canary.CanaryFixture.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceVerdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficMixCheckTest {
    @TempDir
    Path tmp;

    @Test
    void firesWhenTheCanaryGetsNoAndroidTraffic() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 60, m -> List.of(
                cell("old", "ios", 450, 0.04), cell("old", "android", 550, 0.03), cell("new", "ios", 100, 0.04)),
                "", List.of()).run(new TrafficMixCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).isEqualTo("Canary receives no traffic from platform android");
            assertThat(f.subjects()).extracting(Object::toString).containsExactly("slice:platform=android");
            assertThat(f.measures().get("baseline_share")).isCloseTo(0.55, within(1e-12));
            assertThat(f.measures().get("canary_share")).isEqualTo(0.0);
            assertThat(f.summary()).contains("android was 55.0% of baseline requests but 0.0% of canary requests");
        });
        // measures for every slice examined, including the one that raised nothing
        assertThat(r.measures()).containsKeys("slice:platform=android", "slice:platform=ios");
        assertThat(r.measures().get("slice:platform=ios").get("share_ratio")).isCloseTo(1 / 0.45, within(1e-9));
        SliceBreakdown b = (SliceBreakdown) r.evidence().get(0);
        assertThat(b.rows()).extracting(row -> row.verdict())
                .containsExactly(SliceVerdict.NO_CANARY_TRAFFIC, SliceVerdict.OK);
    }

    @Test
    void staysQuietWhenTheCanaryIsStratified() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 60, m -> List.of(
                cell("old", "ios", 405, 0.04), cell("old", "android", 495, 0.03),
                cell("new", "ios", 45, 0.04), cell("new", "android", 55, 0.03)), "", List.of())
                .run(new TrafficMixCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures().get("slice:platform=android").get("share_ratio")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aCanarySkewedBeforePromotionIsFoundThoughTheWholeFileLooksBalanced() throws Exception {
        // 30 minutes of an iOS-only canary, then 90 minutes where the new model serves everyone
        CheckResult r = CanaryFixture.write(tmp, 120, m -> m < 30
                        ? List.of(cell("old", "ios", 400, 0.04), cell("old", "android", 600, 0.03), cell("new", "ios", 100, 0.04))
                        : List.of(cell("old", "ios", 45, 0.04), cell("old", "android", 55, 0.03),
                        cell("new", "ios", 405, 0.04), cell("new", "android", 495, 0.03)), "",
                List.of(event(0, "canary_start"), event(30, "canary_promote"))).run(new TrafficMixCheck());
        Finding f = r.findings().get(0);
        assertThat(f.summary()).startsWith("During canary (Jan 15 10:00–10:30 UTC)")
                .contains("Over the whole incident the mix looks balanced");
        assertThat(f.windows()).isNotEmpty();
        assertThat(f.windows().get(0).start()).isEqualTo(CanaryFixture.T0);
    }

    @Test
    void underRepresentationBelowHalfItsShareIsCritical() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 30, m -> List.of(
                cell("old", "ios", 500, 0.04), cell("old", "android", 500, 0.03),
                cell("new", "ios", 80, 0.04), cell("new", "android", 20, 0.03)), "", List.of())
                .run(new TrafficMixCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("Canary under-represents platform android");
            assertThat(f.measures().get("share_ratio")).isCloseTo(0.4, within(1e-9));
        });
    }

    @Test
    void manifestThresholdsOverrideTheDefaults() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 30, m -> List.of(
                cell("old", "ios", 500, 0.04), cell("old", "android", 500, 0.03),
                cell("new", "ios", 80, 0.04), cell("new", "android", 20, 0.03)),
                "thresholds: {canary.traffic-mix: {min_share_ratio: 0.3}}\n", List.of())
                .run(new TrafficMixCheck());
        assertThat(r.findings()).isEmpty();
    }
}
