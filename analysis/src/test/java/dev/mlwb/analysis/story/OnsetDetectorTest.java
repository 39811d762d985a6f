package dev.mlwb.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OnsetDetectorTest {
    private static final Instant T0 = Instant.parse("2026-01-20T10:00:00Z");

    /** A success rate per minute: 99.9 % with noise, dropping to {@code low} from minute {@code change}. */
    private static Finding successRate(Random random, int minutes, int change, double low) {
        return successRate(random, minutes, change, low, 0.05);
    }

    private static Finding successRate(Random random, int minutes, int change, double low, double noise) {
        long[] t = new long[minutes];
        double[] v = new double[minutes];
        for (int i = 0; i < minutes; i++) {
            t[i] = T0.plusSeconds(60L * i).toEpochMilli();
            v[i] = (i >= change ? low : 99.9) + random.nextGaussian() * noise;
        }
        MetricSeries m = new MetricSeries("success rate", "success_rate", "%", 99, "below", 60,
                List.of(new Series("v1", t, v)), List.of(), List.of());
        Finding.Builder f = Finding.builder("canary.guardrail-fast", Severity.CRITICAL, "success rate below 99%")
                .evidence(m);
        if (change < minutes) {
            f.window(new TimeRange(T0.plusSeconds(60L * change), T0.plusSeconds(60L * minutes)));
        }
        return f.build();
    }

    @Test
    void datesAStepToItsMinuteAcrossSeeds() {
        int exact = 0;
        int covered = 0;
        int runs = 200;
        for (int seed = 0; seed < runs; seed++) {
            Random random = new Random(seed);
            int change = 20 + random.nextInt(60);
            Onset o = OnsetDetector.of(successRate(random, 100, change, 97 + random.nextDouble())).orElseThrow();
            Instant truth = T0.plusSeconds(60L * change);
            exact += o.at().equals(truth) ? 1 : 0;
            covered += !truth.isBefore(o.earliest()) && !truth.isAfter(o.latest()) ? 1 : 0;
            assertThat(o.method()).isEqualTo("change-point");
            assertThat(o.censored()).isFalse();
        }
        // measured: 200 of 200 exact and covered (a 2-point drop against 0.05 of noise)
        assertThat(exact).isGreaterThanOrEqualTo(runs * 95 / 100);
        assertThat(covered).isGreaterThanOrEqualTo(runs * 95 / 100);
    }

    @Test
    void aSmallStepInNoiseGetsAWiderInterval() {
        int covered = 0;
        long widest = 0;
        int runs = 200;
        for (int seed = 0; seed < runs; seed++) {
            Random random = new Random(1000 + seed);
            int change = 30 + random.nextInt(40);
            // a drop of 2.5 noise units, to under the 99 % line
            Optional<Onset> o = OnsetDetector.of(successRate(random, 100, change, 98.65, 0.5));
            if (o.isPresent()) {
                Instant truth = T0.plusSeconds(60L * change);
                covered += !truth.isBefore(o.get().earliest()) && !truth.isAfter(o.get().latest()) ? 1 : 0;
                widest = Math.max(widest, o.get().uncertainty().toMinutes());
            }
        }
        // measured: 196 of 200 covered, the widest interval 12 minutes
        assertThat(covered).isGreaterThanOrEqualTo(runs * 90 / 100);
        assertThat(widest).isGreaterThan(1);
    }

    @Test
    void aLongSeriesIsMergedAndStillDatedWithinItsCoarserResolution() {
        // two weeks of minutes: merged into at most 4,000 points of 6 minutes
        Finding f = successRate(new Random(11), 20_160, 15_000, 95);
        Onset o = OnsetDetector.of(f).orElseThrow();
        Instant truth = T0.plusSeconds(60L * 15_000);
        assertThat(o.series()).contains("merged 6 to a point");
        assertThat(truth).isBetween(o.earliest(), o.latest());
        assertThat(Duration.between(o.at(), truth).abs().toMinutes()).isLessThanOrEqualTo(6);
    }

    @Test
    void imputationBatchesAreWeighedByTheirRowsAndDatedBetweenBatches() {
        List<ImputationBatch> batches = new ArrayList<>();
        long[] imputed = {4, 7, 5, 6, 192, 163, 160};
        for (int i = 0; i < imputed.length; i++) {
            Instant at = Instant.parse("2026-01-08T06:30:00Z").plus(Duration.ofDays(i));
            batches.add(new ImputationBatch("b" + i, Optional.of(at), imputed[i], 1000, imputed[i] / 1000.0));
        }
        Finding f = Finding.builder("data.imputation", Severity.CRITICAL, "imputed")
                .evidence(new ImputationBatches("imputation", "merchant risk", "events", 0.4, 0.02, batches)).build();
        Onset o = OnsetDetector.of(f).orElseThrow();
        assertThat(o.at()).isEqualTo(Instant.parse("2026-01-12T06:30:00Z"));
        assertThat(o.earliest()).isEqualTo(Instant.parse("2026-01-11T06:30:00Z"));
        assertThat(o.latest()).isEqualTo(o.at());
    }

    @Test
    void aProblemThereFromTheStartIsCensored() {
        Finding f = successRate(new Random(3), 30, 0, 90);
        Onset o = OnsetDetector.of(f).orElseThrow();
        assertThat(o.censored()).isTrue();
        assertThat(o.at()).isEqualTo(T0);
    }

    @Test
    void noChangeAndNoBreachMeansNoOnsetFromTheSeries() {
        Finding f = successRate(new Random(4), 60, 1000, 0);
        Finding undated = new Finding(f.check(), f.severity(), f.title(), "", List.of(), java.util.Map.of(), "",
                f.evidence(), List.of());
        assertThat(OnsetDetector.of(undated)).isEmpty();
    }

    @Test
    void aFindingWithoutASeriesIsDatedByItsFirstWindow() {
        Finding f = Finding.builder("deploy.rollback-compat", Severity.CRITICAL, "rollback breaks")
                .window(new TimeRange(T0.plusSeconds(600), T0.plusSeconds(900)))
                .window(new TimeRange(T0.plusSeconds(60), T0.plusSeconds(120))).build();
        Onset o = OnsetDetector.of(f).orElseThrow();
        assertThat(o.at()).isEqualTo(T0.plusSeconds(60));
        assertThat(o.method()).isEqualTo("finding window");
    }
}
