package dev.mlwb.benchmarks.canary;

/**
 * The drawn size and place of one fault in one scenario (fields that do not apply to the fault keep neutral values).
 *
 * @param errorStepMinute the minute from which the canary's error rate is {@code errorStepRate}
 * @param sliceDimension {@code platform} or {@code region}: where the CTR drops
 * @param sliceIndex which platform or region
 * @param ctrFactor the canary's CTR multiplier in that slice (0.8–0.9)
 * @param surgeStart first minute of the traffic surge
 * @param surgeEnd minute after it
 * @param surgeFactor traffic multiplier during the surge
 * @param surgeP99 the canary's p99 during the surge (ms)
 * @param logitShift the canary's score shift on the logit scale
 * @param driftFeature index of the shifted feature (0: session_length, 1: items_viewed, 2: price_affinity)
 * @param driftSd the shift in standard deviations of that feature
 */
record FaultPlan(Fault fault, int errorStepMinute, double errorStepRate, String sliceDimension, int sliceIndex,
                 double ctrFactor, int surgeStart, int surgeEnd, double surgeFactor, double surgeP99, double logitShift,
                 int driftFeature, double driftSd) {

    static FaultPlan draw(Fault fault, CanaryScenario s) {
        return draw(fault, s, 1);
    }

    /**
     * The fault with its size scaled: {@code scale} 1 is the documented range, 0.5 half the distance from healthy
     * (half the error-rate step, half the CTR drop, a p99 half-way from 200 ms, half the logit shift and drift), to
     * see where detection ends.
     */
    static FaultPlan draw(Fault fault, CanaryScenario s, double scale) {
        Draw d = new Draw(s.seed() * 1_000_003L + fault.ordinal() * 7919L);
        int stepMinute = (int) Math.round(s.minutes() * d.uniform(0.15, 0.5));
        boolean byPlatform = d.chance(0.5);
        int index = bigSlice(d, byPlatform ? s.platforms().stream().mapToDouble(CanaryScenario.Platform::share).toArray()
                : s.regions().stream().mapToDouble(CanaryScenario.Region::share).toArray());
        int surgeLength = d.between(8, 20);
        int surgeStart = d.between(10, Math.max(11, s.minutes() - surgeLength - 10));
        FaultPlan none = new FaultPlan(Fault.NONE, Integer.MAX_VALUE, 0, "", -1, 1, -1, -1, 1, 0, 0, -1, 0);
        return switch (fault) {
            case NONE -> none;
            case ERROR_STEP -> new FaultPlan(fault, stepMinute, s.errorRate() + scale * (d.uniform(0.02, 0.05)
                    - s.errorRate()), "", -1, 1, -1, -1, 1, 0, 0, -1, 0);
            case SLICE_CTR_DROP -> new FaultPlan(fault, Integer.MAX_VALUE, 0, byPlatform ? "platform" : "region", index,
                    1 - scale * d.uniform(0.10, 0.20), -1, -1, 1, 0, 0, -1, 0);
            case LATENCY_UNDER_LOAD -> new FaultPlan(fault, Integer.MAX_VALUE, 0, "", -1, 1, surgeStart,
                    surgeStart + surgeLength, d.uniform(1.6, 2.5), 200 + scale * (d.uniform(600, 1200) - 200), 0, -1, 0);
            case CALIBRATION_SHIFT -> new FaultPlan(fault, Integer.MAX_VALUE, 0, "", -1, 1, -1, -1, 1, 0,
                    scale * d.uniform(0.4, 0.8), -1, 0);
            case FEATURE_DRIFT -> new FaultPlan(fault, Integer.MAX_VALUE, 0, "", -1, 1, -1, -1, 1, 0, 0, d.between(0, 2),
                    scale * d.uniform(0.4, 0.8));
        };
    }

    /** A random slice among those holding at least 20 % of traffic (the largest if none does). */
    private static int bigSlice(Draw d, double[] shares) {
        java.util.List<Integer> big = new java.util.ArrayList<>();
        int largest = 0;
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] >= 0.2) {
                big.add(i);
            }
            if (shares[i] > shares[largest]) {
                largest = i;
            }
        }
        return big.isEmpty() ? largest : big.get(d.between(0, big.size() - 1));
    }

    boolean surging(int minute) {
        return minute >= surgeStart && minute < surgeEnd;
    }
}
