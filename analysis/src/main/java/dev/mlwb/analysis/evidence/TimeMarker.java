package dev.mlwb.analysis.evidence;

import java.time.Instant;

/** A moment to mark on a time axis: a deployment event, an alert. */
public record TimeMarker(Instant at, String kind, String label) {
}
