package dev.mlwb.analysis.checks.serving;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import dev.mlwb.analysis.evidence.ScaleStep;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Words the cold-start check's findings: one per kind of problem, over every replica or scale-up that shows it. */
final class ColdStartFindings {
    private static final int NAMED = 5;

    private final ReplicaLanes evidence;
    private final double maxInit;
    private final double maxRatio;

    ColdStartFindings(ReplicaLanes evidence, double maxInit, double maxRatio) {
        this.evidence = evidence;
        this.maxInit = maxInit;
        this.maxRatio = maxRatio;
    }

    Optional<Finding> servedBeforeReady(ReplicaLifecycles r) {
        List<ReplicaLane> early = r.with(ReplicaVerdict.SERVED_BEFORE_READY);
        if (early.isEmpty()) {
            return Optional.empty();
        }
        double maxEarly = max(early, ReplicaLane::earlySeconds);
        String title = early.size() + " of " + r.lanes().size() + " replicas served traffic before they were ready "
                + "(up to " + Fmt.num(maxEarly, 1) + " s early)";
        String summary = names(early) + " received their first requests before their ready event: "
                + Fmt.num(median(early, ReplicaLane::earlySeconds), 1) + " s early at the median, " + Fmt.num(maxEarly, 1)
                + " s at worst. Requests sent to a replica that is still loading its model wait or fail, which "
                + "shows as a latency spike and errors right after a scale-up.";
        return Optional.of(builder(Severity.CRITICAL, title, summary,
                "Gate traffic on readiness: a readiness probe that only passes once the model and its index are "
                        + "loaded (and warmed with a few requests), init containers for downloads, and a warm "
                        + "standby pool for surges.", early)
                .measure("replicas_served_before_ready", early.size())
                .measure("max_seconds_before_ready", maxEarly)
                .windows(merge(early.stream().map(l -> new TimeRange(l.firstTraffic().orElseThrow(),
                        l.ready().orElseThrow())).toList()))
                .build());
    }

    Optional<Finding> missingReady(ReplicaLifecycles r) {
        List<ReplicaLane> served = r.with(ReplicaVerdict.SERVED_WITHOUT_READY);
        List<ReplicaLane> stuck = r.with(ReplicaVerdict.NEVER_READY);
        if (served.isEmpty() && stuck.isEmpty()) {
            return Optional.empty();
        }
        if (!r.readyEvents()) {
            return Optional.of(Finding.builder(ColdStartCheck.ID, Severity.INFO,
                            "No replica_ready events: readiness cannot be judged for " + r.lanes().size() + " replicas")
                    .summary("The events log has replica start or traffic events but no replica_ready event at all, "
                            + "so the workbench cannot tell whether replicas served before they were ready.")
                    .remedy("Log a replica_ready event (attribute replica) when a replica passes its readiness probe.")
                    .evidence(evidence).build());
        }
        List<ReplicaLane> all = new ArrayList<>(served);
        all.addAll(stuck);
        String title = (served.isEmpty() ? "" : replicas(served.size()) + " served traffic without ever reporting ready")
                + (served.isEmpty() || stuck.isEmpty() ? "" : "; ")
                + (stuck.isEmpty() ? "" : replicas(stuck.size()) + " started and never became ready");
        String summary = (served.isEmpty() ? "" : names(served) + " received traffic, but the log has no ready event for "
                + (served.size() == 1 ? "it" : "them") + ": either readiness was never checked or the event is missing. ")
                + (stuck.isEmpty() ? "" : names(stuck) + " started but never reported ready within the log: "
                + "initialisation may have hung or crashed.");
        return Optional.of(builder(Severity.WARNING, title, summary.trim(),
                "Check these replicas' logs for initialisation failures, and make sure every replica reports readiness "
                        + "before the load balancer sends it traffic.", all)
                .measure("served_without_ready", served.size())
                .measure("never_ready", stuck.size())
                .windows(merge(all.stream().map(l -> l.start().or(l::firstTraffic).map(t -> new TimeRange(t, t.plusSeconds(1))))
                        .flatMap(Optional::stream).toList()))
                .build());
    }

    Optional<Finding> slowInit(ReplicaLifecycles r) {
        List<ReplicaLane> slow = r.slow(maxInit);
        if (slow.isEmpty()) {
            return Optional.empty();
        }
        double worst = max(slow, ReplicaLane::initSeconds);
        String title = replicas(slow.size()) + " took longer than " + Fmt.num(maxInit, 0) + " s to initialise (up to "
                + Fmt.num(worst, 1) + " s)";
        String summary = names(slow) + " needed " + Fmt.num(median(slow, ReplicaLane::initSeconds), 1)
                + " s from start to ready at the median and " + Fmt.num(worst, 1) + " s at worst. Slow initialisation "
                + "(loading a large model and its index) leaves a surge without capacity while new replicas load.";
        return Optional.of(builder(Severity.WARNING, title, summary,
                "Shorten initialisation (smaller or lazily mapped model files, a pre-built index, images with the "
                        + "model baked in) and keep a warm standby pool sized for surges.", slow)
                .measure("slow_replicas", slow.size())
                .measure("max_init_seconds", worst)
                .windows(merge(slow.stream().map(l -> new TimeRange(l.start().orElseThrow(), l.ready().orElseThrow()))
                        .toList()))
                .build());
    }

    Optional<Finding> latencySpike(ScaleUpLatency latency) {
        List<ScaleStep> spikes = latency.steps().stream().filter(ScaleStep::spike).toList();
        if (spikes.isEmpty()) {
            return Optional.empty();
        }
        ScaleStep worst = spikes.stream().max(Comparator.comparingDouble(ScaleStep::ratio)).orElseThrow();
        String title = "p99 latency rose " + Fmt.num(worst.ratio(), 1) + "× after scaling " + replicas(worst) + " ("
                + Fmt.num(worst.p99Before(), 0) + " → " + Fmt.num(worst.p99After(), 0) + " ms)";
        StringBuilder s = new StringBuilder();
        for (ScaleStep st : spikes) {
            s.append("At ").append(Fmt.time(st.at())).append(" UTC the service scaled ").append(replicas(st))
                    .append("; p99 latency went from ").append(Fmt.num(st.p99Before(), 0)).append(" ms (mean before) to ")
                    .append(Fmt.num(st.p99After(), 0)).append(" ms (worst after), ").append(Fmt.num(st.ratio(), 1))
                    .append("× against a limit of ").append(Fmt.num(maxRatio, 1)).append("×. ");
        }
        s.append("A scale-up should lower latency; a rise means the new replicas took traffic they could not yet serve.");
        return Optional.of(Finding.builder(ColdStartCheck.ID, Severity.WARNING, title)
                .summary(s.toString())
                .remedy("Admit traffic to new replicas only when ready and warmed; scale earlier (predictive or "
                        + "scheduled scaling before known surges) and keep a warm pool.")
                .subject(Subject.metric("latency_p99_ms"))
                .measure("p99_before_ms", worst.p99Before())
                .measure("p99_after_ms", worst.p99After())
                .measure("p99_ratio", worst.ratio())
                .evidence(evidence)
                .windows(latency.spikes())
                .build());
    }

    private Finding.Builder builder(Severity severity, String title, String summary, String remedy,
                                    List<ReplicaLane> lanes) {
        Finding.Builder b = Finding.builder(ColdStartCheck.ID, severity, title).summary(summary).remedy(remedy)
                .evidence(evidence);
        lanes.forEach(l -> b.subject(Subject.replica(l.replica())));
        return b;
    }

    private static String replicas(int n) {
        return n + (n == 1 ? " replica" : " replicas");
    }

    private static String replicas(ScaleStep s) {
        return Double.isNaN(s.from()) || Double.isNaN(s.to()) ? "up" : Fmt.num(s.from(), 0) + " → " + Fmt.num(s.to(), 0)
                + " replicas";
    }

    /** {@code Replicas a, b and c} or {@code 14 replicas (a, b, c, d, e, ...)}. */
    private static String names(List<ReplicaLane> lanes) {
        List<String> ids = lanes.stream().map(ReplicaLane::replica).toList();
        if (ids.size() == 1) {
            return "Replica " + ids.get(0);
        }
        if (ids.size() <= NAMED) {
            return "Replicas " + Fmt.and(ids);
        }
        return ids.size() + " replicas (" + String.join(", ", ids.subList(0, NAMED)) + ", ...)";
    }

    private static double max(List<ReplicaLane> lanes, ToDoubleFunction<ReplicaLane> f) {
        return lanes.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    private static double median(List<ReplicaLane> lanes, ToDoubleFunction<ReplicaLane> f) {
        double[] v = lanes.stream().mapToDouble(f).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Overlapping or touching ranges merged, in time order. */
    static List<TimeRange> merge(List<TimeRange> ranges) {
        List<TimeRange> sorted = ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        List<TimeRange> out = new ArrayList<>();
        for (TimeRange r : sorted) {
            if (!out.isEmpty() && !r.start().isAfter(out.get(out.size() - 1).end())) {
                TimeRange last = out.remove(out.size() - 1);
                Instant end = r.end().isAfter(last.end()) ? r.end() : last.end();
                out.add(new TimeRange(last.start(), end));
            } else {
                out.add(r);
            }
        }
        return out;
    }

}
