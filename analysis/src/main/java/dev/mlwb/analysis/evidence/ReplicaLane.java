package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * One replica's lane: start → ready → first traffic. Numbers that do not apply are NaN.
 *
 * @param initSeconds ready − start
 * @param earlySeconds ready − first traffic when traffic came first (how long it served unready), else NaN
 */
public record ReplicaLane(String replica, Optional<Instant> start, Optional<Instant> ready,
                          Optional<Instant> firstTraffic, double initSeconds, double earlySeconds,
                          ReplicaVerdict verdict) {
}
