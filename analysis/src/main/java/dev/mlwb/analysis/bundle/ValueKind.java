package dev.mlwb.analysis.bundle;

/** How a mapped column is normalised when the source is registered. */
public enum ValueKind {
    /** ISO-8601 with or without offset, date, or epoch seconds / milliseconds → UTC timestamp. */
    TIMESTAMP,
    /** Any value → text (identifiers, arms, versions, event types). */
    TEXT,
    /** 0/1, boolean, or true/false/yes/no text → 0 or 1. */
    LABEL,
    /** A probability in [0, 1]. */
    SCORE,
    /** Any number. */
    NUMBER
}
