package dev.mlwb.analysis.evidence;

/** How one replica came up, for colour-coding its lane. */
public enum ReplicaVerdict {
    /** Ready before its first traffic, within the init time limit. */
    OK,
    /** Became ready, but took longer than the init time limit. */
    SLOW_INIT,
    /** Received traffic before its ready event. */
    SERVED_BEFORE_READY,
    /** Received traffic, and the log never shows it ready. */
    SERVED_WITHOUT_READY,
    /** Started and never became ready within the log. */
    NEVER_READY,
    /** No start event: when it started is unknown. */
    START_UNKNOWN
}
