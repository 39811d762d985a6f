package dev.mlwb.benchmarks.canary;

/**
 * One known fault injected into an otherwise healthy canary, and the check expected to find it. Sizes are drawn per
 * seed from ranges of faults seen in production (see {@code benchmarks/README.md}), not chosen to be easy.
 */
public enum Fault {
    /** Nothing injected: both arms come from the same processes. */
    NONE("", "healthy"),
    /** From a random minute in the first half of the canary on, its error rate steps to 2–5 %. */
    ERROR_STEP("canary.guardrail-fast", "error-rate step in the canary (2–5 % of requests fail)"),
    /** The canary's CTR falls 10–20 % (relative) in one platform or region holding at least 20 % of traffic. */
    SLICE_CTR_DROP("canary.slice-guard", "CTR drop of 10–20 % in one slice"),
    /** A 8–20 minute traffic surge (×1.6–2.5) during which the canary's p99 rises to 600–1,200 ms. */
    LATENCY_UNDER_LOAD("canary.guardrail-fast", "canary p99 600–1,200 ms during a traffic surge"),
    /** The canary's scores are shifted by +0.4 to +0.8 on the logit scale: overconfident. */
    CALIBRATION_SHIFT("model.calibration", "canary overconfident (logit shift +0.4 to +0.8)"),
    /** One numeric input feature of the canary is shifted by 0.4–0.8 of its standard deviation. */
    FEATURE_DRIFT("data.drift", "one canary feature shifted by 0.4–0.8 standard deviations");

    private final String expectedCheck;
    private final String description;

    Fault(String expectedCheck, String description) {
        this.expectedCheck = expectedCheck;
        this.description = description;
    }

    /** The check id that should raise a warning or a critical for this fault. */
    public String expectedCheck() {
        return expectedCheck;
    }

    public String description() {
        return description;
    }
}
