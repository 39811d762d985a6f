package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.stats.TwoProportionZTest;

/**
 * A rate in the baseline against the same rate in the canary (sums of a metric's numerator and
 * denominator), with the pooled two-proportion z-test for a drop.
 */
record RateComparison(double baselineSuccesses, double baselineTrials, double canarySuccesses, double canaryTrials) {
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

    /**
     * The one-sided p-value of the pooled two-proportion z-test for "the canary's rate is lower":
     * small when the drop is significant; NaN when either arm has no trials.
     */
    double dropPValue() {
        if (baselineTrials < 1 || canaryTrials < 1) {
            return Double.NaN;
        }
        long bt = Math.round(baselineTrials);
        long ct = Math.round(canaryTrials);
        return TwoProportionZTest.test(Math.min(Math.round(baselineSuccesses), bt), bt,
                Math.min(Math.round(canarySuccesses), ct), ct).pValueLower();
    }
}
