package dev.mlwb.analysis.checks.canary;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A rate in the baseline against the same rate in the canary, with the pooled two-proportion
 * z-test for a drop (one-sided: canary below baseline).
 */
record RateComparison(double baselineSuccesses, double baselineTrials, double canarySuccesses, double canaryTrials) {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    double baselineRate() {
        return baselineTrials > 0 ? baselineSuccesses / baselineTrials : Double.NaN;
    }

    double canaryRate() {
        return canaryTrials > 0 ? canarySuccesses / canaryTrials : Double.NaN;
    }

    /** (canary − baseline) / baseline. */
    double relativeChange() {
        double b = baselineRate();
        return b > 0 ? (canaryRate() - b) / b : Double.NaN;
    }

    /** P(Z ≤ z) for the pooled z statistic: small when the canary's rate is significantly lower. */
    double dropPValue() {
        if (baselineTrials <= 0 || canaryTrials <= 0) {
            return Double.NaN;
        }
        double pooled = (baselineSuccesses + canarySuccesses) / (baselineTrials + canaryTrials);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / baselineTrials + 1 / canaryTrials));
        if (se == 0) {
            return Double.NaN;
        }
        double z = (canaryRate() - baselineRate()) / se;
        return STANDARD.cumulativeProbability(z);
    }
}
