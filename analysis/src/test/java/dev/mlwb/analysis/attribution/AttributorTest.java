package dev.mlwb.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.time.TimeRange;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributorTest {
    @TempDir
    Path dir;

    @Test
    void rateAndMixEffectsAddUpToTheDifference() {
        // baseline A 10/100, B 30/100 (rate 0.2); current A 12/150, B 15/50 (rate 0.135); average 0.1675
        Contribution a = Decomposition.of("s", "A", 12, 150, 10, 100, 200, 200, 0.1675, -0.065);
        Contribution b = Decomposition.of("s", "B", 15, 50, 30, 100, 200, 200, 0.1675, -0.065);
        // by hand: A rate 0.625 × −0.02 = −0.0125, mix 0.25 × (0.09 − 0.1675) = −0.019375
        assertThat(a.rateEffect()).isCloseTo(-0.0125, within(1e-12));
        assertThat(a.mixEffect()).isCloseTo(-0.019375, within(1e-12));
        // B's rate did not move; losing half its share of a high rate lowered the aggregate: −0.25 × 0.1325
        assertThat(b.rateEffect()).isCloseTo(0, within(1e-12));
        assertThat(b.mixEffect()).isCloseTo(-0.033125, within(1e-12));
        assertThat(a.contribution() + b.contribution()).isCloseTo(-0.065, within(1e-12));
        assertThat(a.excess() + b.excess()).isCloseTo(0, within(1e-12));
        assertThat(b.excess()).isCloseTo(-0.00875, within(1e-12));
    }

    @Test
    void aValueMissingFromOneGroupContributesOnlyThroughMix() {
        Contribution c = Decomposition.of("os", "android", 0, 0, 30, 600, 400, 1000, 0.05, 0.02);
        assertThat(c.currentRate()).isNaN();
        assertThat(c.rateEffect()).isZero();
        assertThat(c.mixEffect()).isCloseTo(-0.6 * (0.05 - 0.05), within(1e-12));
        assertThat(Decomposition.of("os", "none", 0, 0, 0, 0, 400, 1000, 0.05, 0.02)).isNull();
    }

    /** Per-minute metrics: android's CTR falls by half from 10:00 in the canary; iOS stays at 5 %. */
    private IncidentData bundle() throws Exception {
        StringBuilder csv = new StringBuilder("minute,arm,os,impressions,clicks\n");
        for (int m = 0; m < 120; m++) {
            String t = Instant.parse("2026-01-15T09:00:00Z").plusSeconds(60L * m).toString();
            for (String arm : List.of("v1", "v2")) {
                boolean broken = arm.equals("v2") && m >= 60;
                csv.append(t).append(',').append(arm).append(",android,1000,").append(broken ? 20 : 40).append('\n');
                csv.append(t).append(',').append(arm).append(",ios,1000,50\n");
            }
        }
        return TestBundle.in(dir).file("m.csv", csv.toString()).manifest("""
                arms: {baseline: v1, canary: v2}
                sources:
                  - role: metrics
                    path: m.csv
                    timestamp: minute
                    arm: arm
                    slices: [os]
                    metrics: {impressions: impressions, clicks: clicks}
                """).load();
    }

    @Test
    void armsInTheSameRangeBlameTheSliceThatFell() throws Exception {
        try (IncidentData data = bundle()) {
            TimeRange after = new TimeRange(Instant.parse("2026-01-15T10:00:00Z"), Instant.parse("2026-01-15T11:00:00Z"));
            AttributionQuery q = WindowAttribution.forMetric(data, "ctr", Optional.of(after)).orElseThrow();
            assertThat(q.comparison()).isEqualTo(AttributionQuery.Comparison.ARMS);
            Attribution a = Attributor.run(data.db(), q);
            // canary: (20 + 50) / 2000 = 0.035 against (40 + 50) / 2000 = 0.045
            assertThat(a.currentValue()).isCloseTo(0.035, within(1e-12));
            assertThat(a.baselineValue()).isCloseTo(0.045, within(1e-12));
            Contribution top = a.top().orElseThrow();
            assertThat(top.slice()).isEqualTo("os=android");
            assertThat(top.shareOfDifference()).isCloseTo(1.0, within(1e-12));
            assertThat(top.currentShare()).isCloseTo(0.5, within(1e-12));
        }
    }

    @Test
    void theHourBeforeIsTheBaselineWhenOneArmIsSelected() throws Exception {
        try (IncidentData data = bundle()) {
            TimeRange after = new TimeRange(Instant.parse("2026-01-15T10:00:00Z"), Instant.parse("2026-01-15T11:00:00Z"));
            AttributionQuery q = new AttributionQuery(AttributionMetric.forMetricKind(data.metrics().get(0), "ctr")
                    .orElseThrow(), data.metrics().get(0), data.metrics().get(0), Optional.of(after),
                    AttributionQuery.Comparison.BEFORE, "v2", "", List.of("os"), 0);
            Attribution a = Attributor.run(data.db(), q);
            assertThat(a.baselineValue()).isCloseTo(0.045, within(1e-12));
            assertThat(a.baseline()).contains("the 60 min before");
            assertThat(a.top().orElseThrow().slice()).isEqualTo("os=android");
            assertThat(a.ranked()).extracting(Contribution::contribution)
                    .satisfies(c -> assertThat(c.get(0) + c.get(1)).isCloseTo(a.difference(), within(1e-12)));
        }
    }
}
