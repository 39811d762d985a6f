package dev.mlwb.analysis.checks.canary;

import static dev.mlwb.analysis.checks.canary.CanaryFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SliceGuardCheckTest {
    @TempDir
    Path tmp;

    @Test
    void aSignificantSliceDropIsCriticalWhileTheAggregateLooksFine() throws Exception {
        // iOS improves 10%, Android drops 10%: the aggregate barely moves
        CheckResult r = CanaryFixture.write(tmp, 60, m -> List.of(
                cell("old", "ios", 500, 0.040), cell("old", "android", 500, 0.030),
                cell("new", "ios", 500, 0.044), cell("new", "android", 500, 0.027)), "", List.of())
                .run(new SliceGuardCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).startsWith("CTR fell 10.0% for platform android under the canary (aggregate +");
            assertThat(f.measures().get("relative_change")).isCloseTo(-0.10, within(1e-3));
            assertThat(f.measures().get("pvalue")).isLessThan(1e-6);
        });
        assertThat(r.measures().get("slice:platform=ios").get("relative_change")).isCloseTo(0.10, within(1e-3));
    }

    @Test
    void aDropInATinySliceIsNotCalledARegression() throws Exception {
        // a 25% drop (4 → 3 clicks in 64 impressions a minute): too little traffic to tell from noise
        CheckResult r = CanaryFixture.write(tmp, 10, m -> List.of(
                cell("old", "ios", 1000, 0.04), cell("old", "tv", 8, 0.0625),
                cell("new", "ios", 1000, 0.04), cell("new", "tv", 8, 0.05)), "", List.of())
                .run(new SliceGuardCheck());
        assertThat(r.findings()).isEmpty();
        SliceBreakdown b = (SliceBreakdown) r.evidence().get(0);
        SliceRow tv = b.rows().stream().filter(x -> x.label().equals("tv")).findFirst().orElseThrow();
        assertThat(tv.relativeChange()).isCloseTo(-0.25, within(1e-12));
        assertThat(tv.verdict()).isIn(SliceVerdict.NOT_SIGNIFICANT, SliceVerdict.INSUFFICIENT_TRAFFIC);
    }

    @Test
    void criticalSlicesAreHeldToTheStricterThreshold() throws Exception {
        CanaryFixture.Minute fourPercentDrop = m -> List.of(
                cell("old", "ios", 2000, 0.040), cell("old", "android", 2000, 0.030),
                cell("new", "ios", 2000, 0.040), cell("new", "android", 2000, 0.0288));
        assertThat(CanaryFixture.write(tmp.resolve("plain"), 60, fourPercentDrop, "", List.of())
                .run(new SliceGuardCheck()).findings()).isEmpty();
        assertThat(CanaryFixture.write(tmp.resolve("critical"), 60, fourPercentDrop,
                "critical_slices: [\"platform=android\"]\n", List.of()).run(new SliceGuardCheck()).findings())
                .singleElement().satisfies(f -> assertThat(f.summary()).contains("android (a critical slice)"));
    }

    @Test
    void aDropThatIsSignificantAloneButNotAfterCorrectingForEverySliceIsNotARegression() throws Exception {
        // android: 58 clicks in 1,600 canary impressions a minute against 4% in the baseline (-9.4%; one-sided
        // z-test p = 0.013: statsmodels proportions_ztest([580, 3200], [16000, 80000], alternative='smaller')),
        // among 12 platforms: Holm-adjusted p > 0.05
        CheckResult r = CanaryFixture.write(tmp, 10, m -> {
            List<CanaryFixture.Cell> cells = new java.util.ArrayList<>(List.of(cell("old", "android", 1000, 0.04),
                    cell("new", "android", 200, 0.03625)));
            for (int i = 0; i < 11; i++) {
                cells.add(cell("old", "p" + i, 1000, 0.04));
                cells.add(cell("new", "p" + i, 200, 0.04));
            }
            return cells;
        }, "", List.of()).run(new SliceGuardCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures().get("slice:platform=android").get("pvalue")).isCloseTo(0.013, within(1e-3));
        assertThat(r.measures().get("slice:platform=android").get("adjusted_pvalue")).isGreaterThan(0.05);
        SliceBreakdown b = (SliceBreakdown) r.evidence().get(0);
        assertThat(b.rows().get(0).verdict()).isEqualTo(SliceVerdict.NOT_SIGNIFICANT);
    }

    @Test
    void moderateEvidenceAfterTheCorrectionIsAWarningAndStrongEvidenceCritical() throws Exception {
        // the same android drop with one other platform: Holm-adjusted p = 2 × 0.013 = 0.026, between
        // alpha_critical (0.01) and alpha (0.05)
        CheckResult r = CanaryFixture.write(tmp, 10, m -> List.of(cell("old", "android", 1000, 0.04),
                cell("new", "android", 200, 0.03625), cell("old", "ios", 1000, 0.04), cell("new", "ios", 200, 0.04)),
                "", List.of()).run(new SliceGuardCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).startsWith("CTR probably fell 9.4% for platform android under the canary");
            assertThat(f.measures().get("adjusted_pvalue")).isCloseTo(0.026, within(1e-3));
            assertThat(f.summary()).contains("Holm-adjusted over the 2 slice × metric comparisons");
        });
    }
}
