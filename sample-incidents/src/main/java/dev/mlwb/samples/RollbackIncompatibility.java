package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 000/002's rollback incompatibility (Meta: 8 minutes degraded): the feed ranker v2 needs a
 * real-time feature, {@code session_dwell_rt}, from the streaming pipeline; the serving code starts
 * sending payload p8 with it (and {@code dwell_time} as a double) for the v2 canary. The streaming
 * feature lags, the canary's CTR drops for four 10-minute windows, the slow guardrail rolls back to
 * v1, and v1, a strict model, rejects every p8 request until a manual roll-forward eight minutes
 * later. Per-minute serving metrics per arm, the deployment and serving log, and the schemas.
 */
public final class RollbackIncompatibility implements Sample {
    static final Instant START = Instant.parse("2026-01-20T09:00:00Z");
    static final int MINUTES = 180;
    static final int PAYLOAD = 55;
    static final int CANARY = 60;
    static final int LAG = 75;
    static final int ROLLBACK = 112;
    static final int FIX = 120;
    static final int LAG_FIXED = 140;
    private static final double REQUESTS = 3000;
    private static final double CTR = 0.040;

    @Override
    public String name() {
        return "rollback-incompatibility";
    }

    @Override
    public void write(Path dir) throws IOException {
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
        TextFiles.write(dir.resolve("schemas/feature_schemas.json"), schemas());
        TextFiles.write(dir.resolve("metrics/feed_serving_by_minute.csv"), metrics(new Draw(20260120L)));
        TextFiles.write(dir.resolve("events/deploy-and-serving.jsonl"), events());
    }

    /** Which model serves what share of requests at minute {@code m}. */
    private static double[] shares(int m) {
        if (m >= CANARY && m < ROLLBACK) {
            return new double[] {0.9, 0.1};
        }
        if (m >= FIX) {
            return new double[] {0, 1};
        }
        return new double[] {1, 0};
    }

    private static List<String> metrics(Draw d) {
        List<String> lines = new ArrayList<>(List.of("Minute (UTC),Served By,Requests,Errors,p99-ms,Feed Impressions,Feed Clicks"));
        for (int m = 0; m < MINUTES; m++) {
            double[] share = shares(m);
            String t = START.plusSeconds(60L * m).toString().replace("T", " ").replace("Z", "");
            for (int arm = 0; arm < 2; arm++) {
                if (share[arm] == 0) {
                    continue;
                }
                boolean v2 = arm == 1;
                long requests = d.poisson(REQUESTS * share[arm]);
                boolean rejecting = !v2 && m >= ROLLBACK && m < FIX;
                long errors = d.binomial(requests, rejecting ? 0.97 : 0.001);
                double p99 = rejecting ? d.normal(35, 4) : d.normal(v2 ? 126 : 118, 6);
                long impressions = (requests - errors) * 6;
                double ctr = CTR * (v2 && m >= LAG && m < LAG_FIXED ? 0.88 : 1.0);
                lines.add(String.join(",", t, v2 ? "v2" : "v1", Long.toString(requests), Long.toString(errors),
                        TextFiles.fixed(p99, 1), Long.toString(impressions), Long.toString(d.binomial(impressions, ctr))));
            }
        }
        return lines;
    }

    private static Instant at(int minute) {
        return START.plusSeconds(60L * minute);
    }

    private static List<String> events() {
        List<String> lines = new ArrayList<>();
        lines.add(JsonLine.at(START.minusSeconds(3600L * 11)).put("type", "job").put("level", "info")
                .put("component", "trainer").put("message", "train-ranker finished: v2 offline AUC 0.781 (v1: 0.774)")
                .put("name", "train-ranker").put("status", "success").put("model_version", "v2").toString());
        lines.add(JsonLine.at(at(PAYLOAD)).put("type", "schema_change").put("level", "info").put("component", "feed-serving")
                .put("message", "serving payload p8: adds session_dwell_rt (streaming), dwell_time now double")
                .put("from", "p7").put("to", "p8").toString());
        lines.add(JsonLine.at(at(PAYLOAD)).put("type", "deploy").put("level", "info").put("component", "deployer")
                .put("message", "feed-serving 4.18 rolled out: sends payload p8 to every model").put("version", "4.18").toString());
        lines.add(JsonLine.at(at(CANARY)).put("type", "canary_start").put("level", "info").put("component", "deployer")
                .put("message", "Canary v2 started at 10% of traffic").put("model_version", "v2").put("traffic_pct", 10)
                .toString());
        lines.add(JsonLine.at(at(LAG)).put("type", "stream_lag").put("level", "warning").put("component", "session-stream")
                .put("message", "consumer lag 14 min on session-features; session_dwell_rt served from stale state")
                .put("lag_seconds", 840).toString());
        lines.add(JsonLine.at(at(ROLLBACK - 1)).put("type", "alert").put("level", "warning").put("component", "canary-judge")
                .put("message", "slow guardrail: canary v2 CTR below v1 for 3 consecutive 10-minute windows")
                .put("name", "canary_ctr_drop").put("severity", "warning").toString());
        lines.add(JsonLine.at(at(ROLLBACK)).put("type", "rollback").put("level", "warning").put("component", "deployer")
                .put("message", "Automated rollback: ranker v2 -> v1 at 100% of traffic").put("from", "v2").put("to", "v1")
                .toString());
        for (int s = 10; s < (FIX - ROLLBACK) * 60; s += 10) {
            lines.add(JsonLine.at(at(ROLLBACK).plusSeconds(s)).put("type", "serving_error").put("level", "error")
                    .put("component", "feed-serving")
                    .put("message", "v1 rejected request: unknown field 'session_dwell_rt' (strict schema)")
                    .put("model_version", "v1").put("rejected", 490 + (s * 7) % 23).toString());
        }
        lines.add(JsonLine.at(at(ROLLBACK + 1)).put("type", "alert").put("level", "critical").put("component", "slo-monitor")
                .put("message", "feed-serving success rate 3% (SLO 99%)").put("name", "feed_success_rate")
                .put("severity", "critical").toString());
        lines.add(JsonLine.at(at(FIX)).put("type", "deploy").put("level", "warning").put("component", "oncall")
                .put("message", "Manual roll-forward: ranker v2 at 100% (v1 cannot read payload p8)")
                .put("model_version", "v2").toString());
        lines.add(JsonLine.at(at(LAG_FIXED)).put("type", "stream_lag").put("level", "info").put("component", "session-stream")
                .put("message", "consumer lag back under 5 s").put("lag_seconds", 4).toString());
        return lines;
    }

    private static String schemas() {
        return """
                {
                  "models": [
                    {"version": "v0", "deployed_at": "2025-09-08T10:00:00Z", "strict": false,
                     "features": [
                       {"name": "user_ctr_7d", "type": "double", "required": true},
                       {"name": "item_ctr_7d", "type": "double", "required": true},
                       {"name": "geo_bucket", "type": "long", "required": true}]},
                    {"version": "v1", "deployed_at": "2025-11-03T10:00:00Z", "strict": true,
                     "features": [
                       {"name": "user_ctr_7d", "type": "double", "required": true},
                       {"name": "item_ctr_7d", "type": "double", "required": true},
                       {"name": "dwell_time", "type": "long", "required": true},
                       {"name": "country", "type": "string", "required": false}]},
                    {"version": "v2", "deployed_at": "2026-01-20T10:00:00Z", "strict": true,
                     "features": [
                       {"name": "user_ctr_7d", "type": "double", "required": true},
                       {"name": "item_ctr_7d", "type": "double", "required": true},
                       {"name": "dwell_time", "type": "double", "required": true},
                       {"name": "country", "type": "string", "required": false},
                       {"name": "session_dwell_rt", "type": "double", "required": true}]}
                  ],
                  "payloads": [
                    {"version": "p7", "used_since": "2025-11-03T10:00:00Z",
                     "features": [
                       {"name": "user_ctr_7d", "type": "double"},
                       {"name": "item_ctr_7d", "type": "double"},
                       {"name": "dwell_time", "type": "long"},
                       {"name": "country", "type": "string"}]},
                    {"version": "p8", "used_since": "2026-01-20T09:55:00Z",
                     "features": [
                       {"name": "user_ctr_7d", "type": "double"},
                       {"name": "item_ctr_7d", "type": "double"},
                       {"name": "dwell_time", "type": "double"},
                       {"name": "country", "type": "string"},
                       {"name": "session_dwell_rt", "type": "double"}]}
                  ]
                }
                """;
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.RollbackIncompatibility; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Feed ranker v2 canary rolled back to v1, and v1 rejected every request
                description: >-
                  Jan 20 2026. Serving started sending payload p8 (new real-time feature session_dwell_rt,
                  dwell_time as a double) at 09:55 for the v2 canary that began at 10:00. The streaming
                  feature lagged, the canary's CTR fell, and the slow guardrail rolled back to v1 at 10:52.
                  v1 is strict and rejected every p8 request until a manual roll-forward at 11:00.
                timezone: UTC
                arms: {baseline: v1, canary: v2}
                sources:
                  - role: metrics
                    name: feed-serving
                    path: metrics/feed_serving_by_minute.csv
                    timestamp: Minute (UTC)
                    arm: Served By
                    metrics:
                      requests: Requests
                      errors: Errors
                      latency_p99_ms: p99-ms
                      impressions: Feed Impressions
                      clicks: Feed Clicks
                  - role: events
                    name: deploy-and-serving
                    path: events/deploy-and-serving.jsonl
                  - role: schemas
                    name: feature-schemas
                    path: schemas/feature_schemas.json
                """;
    }
}
