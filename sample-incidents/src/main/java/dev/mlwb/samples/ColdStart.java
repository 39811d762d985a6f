package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seed 000's cold start: an evening surge scales the ranker from 2 to 20 replicas. Each new replica
 * loads a 2 GB model and a 500 MB index, about 45 s, but its readiness probe only checks the port,
 * so the load balancer sends it requests a few seconds after start. p99 latency goes from 50 ms to
 * 800 ms for two minutes and requests time out; one replica is OOM-killed while loading and never
 * becomes ready. Kubernetes-style events (CSV) and 10-second serving metrics with epoch-millisecond
 * timestamps.
 */
public final class ColdStart implements Sample {
    static final Instant START = Instant.parse("2026-02-06T18:30:00Z");
    static final Instant SCALE = Instant.parse("2026-02-06T19:01:30Z");
    static final int NEW_REPLICAS = 18;
    static final String OOM_REPLICA = "ranker-6d9f-x7k2p";
    private static final int BUCKETS = 360;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "cold-start";
    }

    @Override
    public void write(Path dir) throws IOException {
        Draw d = new Draw(20260206L);
        List<double[]> replicas = replicas(d);
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
        TextFiles.write(dir.resolve("k8s/ranker_events.csv"), events(replicas, d));
        TextFiles.write(dir.resolve("metrics/ranker_10s.csv"), metrics(replicas, d));
    }

    /** Per new replica: start, first traffic, ready (seconds after the scale event). */
    private static List<double[]> replicas(Draw d) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < NEW_REPLICAS; i++) {
            double start = 2 + d.uniform(0, 8);
            double traffic = start + d.uniform(4, 8);
            double ready = start + Math.max(38, d.normal(45, 4));
            out.add(new double[] {start, traffic, ready});
        }
        return out;
    }

    private static String name(int i) {
        String[] ids = {"b8k2q", "c4m9w", "d7p3x", "f2r8t", "g5v1z", "h9x4c", "j3n7d", "k6q2f", "m1t5g", "n8w3h",
            "p4y6j", "q7b9k", "r2c4l", "s5d8m", "t9f1n", "v3g6p", "w6h2q", "x1j5r"};
        return "ranker-6d9f-" + ids[i];
    }

    private static String t(Instant at) {
        return LOCAL.format(at);
    }

    private static Instant after(double seconds) {
        return SCALE.plusMillis(Math.round(seconds * 1000));
    }

    private static List<String> events(List<double[]> replicas, Draw d) {
        List<String> rows = new ArrayList<>(List.of("time,event,replica,from,to,detail,level"));
        Instant morning = Instant.parse("2026-02-06T12:00:00Z");
        for (String r : List.of("ranker-6d9f-a1a1a", "ranker-6d9f-a2a2a")) {
            rows.add(t(morning) + ",replica_start," + r + ",,,pod scheduled (rollout 2026.02.06-1),info");
            rows.add(t(morning.plusSeconds(46)) + ",replica_ready," + r + ",,,readiness probe passed,info");
            rows.add(t(morning.plusSeconds(47)) + ",replica_first_traffic," + r + ",,,added to load balancer,info");
        }
        rows.add(t(SCALE.minusSeconds(45)) + ",alert,,,,\"p99 latency 61 ms, request rate +140% in 5 min\",warning");
        rows.add(t(SCALE) + ",scale,,2,20,HPA: cpu at 185% of target,info");
        for (int i = 0; i < replicas.size(); i++) {
            double[] r = replicas.get(i);
            rows.add(t(after(r[0])) + ",replica_start," + name(i) + ",,,\"loading model (2.1 GB) and ANN index (512 MB)\",info");
            rows.add(t(after(r[1])) + ",replica_first_traffic," + name(i) + ",,,tcp probe passed: added to load balancer,info");
            rows.add(t(after(r[2])) + ",replica_ready," + name(i) + ",,,model and index loaded,info");
        }
        rows.add(t(after(6.2)) + ",replica_start," + OOM_REPLICA + ",,,\"loading model (2.1 GB) and ANN index (512 MB)\",info");
        rows.add(t(after(31.7)) + ",pod_oom_killed," + OOM_REPLICA + ",,,container exceeded memory limit 3Gi while loading index,error");
        rows.add(t(after(75)) + ",alert,,,,p99 latency 812 ms (SLO 500 ms),critical");
        rows.add(t(after(600)) + ",change_request,,,,CR-5512: readiness probe to /ready (model loaded) and warm pool of 4,info");
        return rows;
    }

    /** Share of traffic that lands on replicas still loading, {@code seconds} after the scale event. */
    private static double coldShare(List<double[]> replicas, double seconds) {
        int cold = 0;
        int serving = 2;
        for (double[] r : replicas) {
            if (seconds >= r[1]) {
                serving++;
                if (seconds < r[2]) {
                    cold++;
                }
            }
        }
        return (double) cold / serving;
    }

    private static List<String> metrics(List<double[]> replicas, Draw d) {
        List<String> rows = new ArrayList<>(List.of("ts_ms,requests,errors,p50_ms,p99_ms,ready_replicas"));
        for (int b = 0; b < BUCKETS; b++) {
            Instant at = START.plusSeconds(10L * b);
            double s = at.getEpochSecond() - SCALE.getEpochSecond();
            double surge = s < -300 ? 1 : s < 0 ? 1 + 1.4 * (s + 300) / 300 : 2.4;
            long requests = d.poisson(4000 * surge);
            double cold = s < 0 ? 0 : coldShare(replicas, s + 10);
            double overload = s < 0 ? 0.4 * Math.max(0, (s + 300) / 300) : 0;
            double p50 = d.normal(18 + 6 * overload + 300 * cold, 1.5);
            double p99 = d.normal(50 + 12 * overload + 1000 * cold, 3);
            long errors = d.binomial(requests, 0.0005 + 0.08 * cold);
            int ready = s < 0 ? 2 : 2 + (int) replicas.stream().filter(r -> s >= r[2]).count();
            rows.add(at.toEpochMilli() + "," + requests + "," + errors + "," + TextFiles.fixed(p50, 1) + ","
                    + TextFiles.fixed(Math.min(p99, 790 + d.uniform(0, 30)), 1) + "," + ready);
        }
        return rows;
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.ColdStart; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Evening surge scaled the ranker 2 → 20 replicas; new replicas took traffic while loading
                description: >-
                  Feb 6 2026, 19:01 UTC. The autoscaler added 18 replicas during a traffic surge. Each
                  loads a 2.1 GB model and a 512 MB index (about 45 s), but the readiness probe only
                  checked the port, so requests reached them while they were still loading. p99 went
                  from about 50 ms to over 800 ms for two minutes; one replica was OOM-killed while
                  loading. Pod events from the cluster and 10-second serving metrics.
                timezone: UTC
                sources:
                  - role: events
                    name: k8s-events
                    path: k8s/ranker_events.csv
                    timestamp: time
                    type: event
                    message: detail
                    level: level
                  - role: metrics
                    name: ranker-serving
                    path: metrics/ranker_10s.csv
                    timestamp: ts_ms
                    metrics:
                      requests: requests
                      errors: errors
                      latency_p50_ms: p50_ms
                      latency_p99_ms: p99_ms
                      replicas: ready_replicas
                """;
    }
}
