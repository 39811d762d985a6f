package dev.mlwb.analysis.evidence;

/** How one slice fared under the canary, for colour-coding the slice breakdown. */
public enum SliceVerdict {
    /** Within the thresholds. */
    OK,
    /** The metric dropped beyond the threshold, significantly. */
    REGRESSION,
    /**
     * A drop beyond the threshold, significant after correcting for every comparison the check made, but short of
     * the evidence a critical finding needs (a warning).
     */
    PROBABLE_REGRESSION,
    /** A drop beyond the threshold that the traffic cannot tell from noise. */
    NOT_SIGNIFICANT,
    /** Too little traffic in one arm to judge. */
    INSUFFICIENT_TRAFFIC,
    /** The slice is much rarer in the canary than in the baseline. */
    UNDER_REPRESENTED,
    /** The slice has baseline traffic but (almost) no canary traffic. */
    NO_CANARY_TRAFFIC
}
