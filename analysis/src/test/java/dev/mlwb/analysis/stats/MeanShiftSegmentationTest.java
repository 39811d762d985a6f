package dev.mlwb.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlwb.analysis.stats.MeanShiftSegmentation.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MeanShiftSegmentationTest {
    private static final double[] X = {0.1, 0.3, -0.2, 0.0, 2.1, 1.9, 2.3, 2.0, 0.2, 0.1};
    private static final double[] W = {1, 2, 1, 1, 3, 1, 1, 2, 1, 1};

    @Test
    void noiseScaleIsTheMadOfWeightedDifferences() {
        // numpy 1.24.2: np.median(np.abs(np.diff(x)) / np.sqrt(1/w[:-1] + 1/w[1:])) / 0.6744897501960817
        assertThat(MeanShiftSegmentation.noiseScale(X, W)).isCloseTo(0.3631618926857054, within(1e-12));
    }

    @Test
    void findsTheStepUpAndBack() {
        double sigma = MeanShiftSegmentation.noiseScale(X, W);
        List<Segment> s = MeanShiftSegmentation.segment(X, W, sigma, MeanShiftSegmentation.defaultPenalty(X.length));
        // exhaustive search over all 2^9 segmentations (numpy 1.24.2, itertools.combinations): change points 4 and 8,
        // total penalised cost 15.933131289389907
        assertThat(s).extracting(Segment::start).containsExactly(0, 4, 8);
        assertThat(s.get(1).mean()).isCloseTo((3 * 2.1 + 1.9 + 2.3 + 2 * 2.0) / 7, within(1e-12));
        assertThat(penalisedCost(X, W, sigma, MeanShiftSegmentation.defaultPenalty(X.length), s)).isCloseTo(15.933131289389907, within(1e-9));
    }

    @Test
    void peltFindsTheSameOptimumAsExhaustiveSearch() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(9);
            double[] x = new double[n];
            double[] w = new double[n];
            double level = 0;
            for (int i = 0; i < n; i++) {
                if (random.nextDouble() < 0.25) {
                    level += random.nextGaussian() * 3;
                }
                x[i] = level + random.nextGaussian();
                w[i] = 0.5 + random.nextDouble() * 3;
            }
            double beta = random.nextDouble() * 8;
            List<Segment> pelt = MeanShiftSegmentation.segment(x, w, 1, beta);
            assertThat(penalisedCost(x, w, 1, beta, pelt)).as("trial " + trial)
                    .isCloseTo(exhaustive(x, w, 1, beta), within(1e-9));
        }
    }

    @Test
    void theLikelihoodIntervalOfACleanStepIsTheStep() {
        double[] x = {0, 0, 0, 0, 5, 5, 5, 5};
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1};
        assertThat(MeanShiftSegmentation.likelihoodInterval(x, w, 1, 0, 4, 8, MeanShiftSegmentation.CHI2_1_95))
                .containsExactly(4, 4);
    }

    @Test
    void theLikelihoodIntervalWidensWithNoise() {
        // a step of one noise unit: splits at 3, 4 and 5 cost within 3.84 of the best
        double[] x = {0.2, -0.1, 0.3, 0.9, 1.2, 0.8, 1.1, 1.0};
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1};
        int[] ci = MeanShiftSegmentation.likelihoodInterval(x, w, 0.5, 0, 3, 8, MeanShiftSegmentation.CHI2_1_95);
        assertThat(ci[0]).isLessThanOrEqualTo(3);
        assertThat(ci[1]).isGreaterThan(3);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> MeanShiftSegmentation.segment(new double[] {1}, new double[] {0}, 1, 1))
                .hasMessageContaining("weights positive");
        assertThatThrownBy(() -> MeanShiftSegmentation.segment(new double[] {1, 2}, new double[] {1}, 1, 1))
                .hasMessageContaining("as many weights");
        assertThatThrownBy(() -> MeanShiftSegmentation.segment(new double[] {1}, new double[] {1}, 0, 1))
                .hasMessageContaining("sigma");
    }

    private static double penalisedCost(double[] x, double[] w, double sigma, double beta, List<Segment> segments) {
        double c = beta * (segments.size() - 1);
        for (Segment s : segments) {
            c += cost(x, w, sigma, s.start(), s.end());
        }
        return c;
    }

    private static double exhaustive(double[] x, double[] w, double sigma, double b) {
        int n = x.length;
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << (n - 1); mask++) {
            List<Integer> bounds = new ArrayList<>(List.of(0));
            for (int i = 1; i < n; i++) {
                if ((mask & 1 << (i - 1)) != 0) {
                    bounds.add(i);
                }
            }
            bounds.add(n);
            double c = b * (bounds.size() - 2);
            for (int i = 0; i + 1 < bounds.size(); i++) {
                c += cost(x, w, sigma, bounds.get(i), bounds.get(i + 1));
            }
            best = Math.min(best, c);
        }
        return best;
    }

    private static double cost(double[] x, double[] w, double sigma, int s, int e) {
        double sw = 0;
        double swx = 0;
        for (int i = s; i < e; i++) {
            sw += w[i];
            swx += w[i] * x[i];
        }
        double m = swx / sw;
        double c = 0;
        for (int i = s; i < e; i++) {
            c += w[i] * (x[i] - m) * (x[i] - m);
        }
        return c / (sigma * sigma);
    }
}
