package dev.mlwb.analysis.evidence;

/** An error message and how often it occurred. */
public record MessageCount(String message, long count) {
}
