package dev.mlwb.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Debian's python3-scipy 1.10.1 and python3-statsmodels 0.13.5. */
class ClopperPearsonTest {
    private static void same(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-12));
    }

    @Test
    void boundsMatchScipyBetaQuantiles() {
        // lower: scipy.stats.beta.ppf(alpha, k, n - k + 1); upper: scipy.stats.beta.ppf(1 - alpha, k + 1, n - k)
        // (the same as statsmodels proportion_confint(k, n, alpha=2*alpha, method='beta'))
        same(ClopperPearson.lower(1, 13, 0.05), 0.003937864227644453);
        same(ClopperPearson.upper(1, 13, 0.05), 0.31633976476272974);
        same(ClopperPearson.lower(30, 1010, 0.01), 0.018652144914388376);
        same(ClopperPearson.upper(30, 1010, 0.01), 0.0446078269895173);
        same(ClopperPearson.lower(0, 50, 0.05), 0.0);
        same(ClopperPearson.upper(0, 50, 0.05), 0.05815507911697226);
        same(ClopperPearson.lower(50, 50, 0.05), 0.9418449208830277);
        same(ClopperPearson.upper(50, 50, 0.05), 1.0);
        same(ClopperPearson.lower(7, 200, 0.01), 0.011759586408838053);
        same(ClopperPearson.upper(7, 200, 0.01), 0.07821210564776174);
        same(ClopperPearson.lower(997, 1000, 0.05), 0.9922647552815206);
        same(ClopperPearson.upper(997, 1000, 0.05), 0.9991818246017782);
    }

    @Test
    void theLowerBoundExceedsALevelExactlyWhenTheUpperTailTestRejectsIt() {
        for (long k = 0; k <= 40; k++) {
            boolean above = ClopperPearson.lower(k, 1000, 0.01) > 0.01;
            boolean rejects = BinomialTail.atLeast(k, 1000, 0.01) < 0.01;
            assertThat(above).as("k = %d", k).isEqualTo(rejects);
        }
    }
}
