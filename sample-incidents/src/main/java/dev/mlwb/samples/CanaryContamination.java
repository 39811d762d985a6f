package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 000's canary contamination: the mobile ranker v42 canary is routed only iOS / North America
 * traffic by a load-balancer rule. iOS users are high-intent, so the canary's CTR looks better than
 * the baseline's and it is promoted; afterwards Android and international users' CTR falls, until a
 * rollback. Per-minute serving metrics by platform × region × arm, and the deployment log.
 */
public final class CanaryContamination implements Sample {
    static final Instant START = Instant.parse("2026-01-15T08:00:00Z");
    static final int MINUTES = 360;
    static final int CANARY_START = 60;
    static final int PROMOTE = 180;
    static final int ROLLBACK = 320;

    private static final String[] PLATFORMS = {"ios", "android"};
    private static final double[] PLATFORM_SHARE = {0.45, 0.55};
    private static final double[] PLATFORM_CTR = {0.046, 0.034};
    private static final String[] REGIONS = {"na", "eu", "apac", "latam"};
    private static final double[] REGION_SHARE = {0.40, 0.30, 0.20, 0.10};
    private static final double[] REGION_CTR_SHIFT = {0.004, 0.0, -0.003, -0.002};
    private static final double REQUESTS_PER_MINUTE = 2400;
    private static final double CANARY_SHARE = 0.10;

    @Override
    public String name() {
        return "canary-contamination";
    }

    @Override
    public void write(Path dir) throws IOException {
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
        TextFiles.write(dir.resolve("metrics/serving_by_minute.csv"), metrics(new Draw(20260115L)));
        TextFiles.write(dir.resolve("events/deploy_log.jsonl"), events());
    }

    /** The new model's relative CTR effect on a slice: better on iOS in North America, worse elsewhere. */
    static double v42Effect(String platform, String region) {
        double effect = 1.0;
        if (platform.equals("ios") && region.equals("na")) {
            effect *= 1.03;
        }
        if (platform.equals("android")) {
            effect *= 0.86;
        }
        if (!region.equals("na")) {
            effect *= 0.93;
        }
        return effect;
    }

    private List<String> metrics(Draw draw) {
        List<String> lines = new ArrayList<>();
        lines.add("minute,model,os,geo,req_count,err_count,p50 latency (ms),p99 latency (ms),cpu-util,mem-util,"
                + "imps,clicks,convs");
        for (int m = 0; m < MINUTES; m++) {
            Instant t = START.plusSeconds(60L * m);
            double diurnal = 1 + 0.15 * Math.sin(2 * Math.PI * (m - 60) / 720.0);
            for (int p = 0; p < PLATFORMS.length; p++) {
                for (int r = 0; r < REGIONS.length; r++) {
                    double cell = REQUESTS_PER_MINUTE * diurnal * PLATFORM_SHARE[p] * REGION_SHARE[r];
                    for (Map.Entry<String, Double> arm : arms(m, PLATFORMS[p], REGIONS[r]).entrySet()) {
                        lines.add(row(draw, t, arm.getKey(), p, r, cell * arm.getValue()));
                    }
                }
            }
        }
        return lines;
    }

    /**
     * Which arm serves a slice at minute {@code m}, with what share of the slice's traffic. During
     * the canary the load balancer sends canary traffic only for iOS in North America, sized so that
     * the canary gets about 10% of all traffic.
     */
    private static Map<String, Double> arms(int m, String platform, String region) {
        if (m < CANARY_START || m >= ROLLBACK) {
            return Map.of("v41", 1.0);
        }
        if (m >= PROMOTE) {
            return Map.of("v42", 1.0);
        }
        if (platform.equals("ios") && region.equals("na")) {
            double share = CANARY_SHARE / (PLATFORM_SHARE[0] * REGION_SHARE[0]);
            return new java.util.TreeMap<>(Map.of("v41", 1 - share, "v42", share));
        }
        return Map.of("v41", 1.0);
    }

    private static String row(Draw d, Instant t, String arm, int p, int r, double expectedRequests) {
        long requests = d.poisson(expectedRequests);
        long errors = d.binomial(requests, 0.0012);
        double p50 = d.normal(arm.equals("v42") ? 37 : 35, 1.5);
        double p99 = d.normal(arm.equals("v42") ? 124 : 118, 6);
        double cpu = d.normal(arm.equals("v42") ? 58 : 55, 3);
        double mem = d.normal(61, 1.5);
        long impressions = requests * 8;
        double ctr = PLATFORM_CTR[p] + REGION_CTR_SHIFT[r];
        if (arm.equals("v42")) {
            ctr *= v42Effect(PLATFORMS[p], REGIONS[r]);
        }
        long clicks = d.binomial(impressions, ctr);
        long conversions = d.binomial(clicks, 0.08);
        return String.join(",", t.toString(), arm, PLATFORMS[p], REGIONS[r], Long.toString(requests),
                Long.toString(errors), TextFiles.fixed(p50, 1), TextFiles.fixed(p99, 1), TextFiles.fixed(cpu, 1),
                TextFiles.fixed(mem, 1), Long.toString(impressions), Long.toString(clicks), Long.toString(conversions));
    }

    private static List<String> events() {
        List<String> lines = new ArrayList<>();
        lines.add(event(-95, "job", "info", "trainer", "train-ranker finished: v42 offline AUC 0.874 (v41: 0.869)",
                ",\"name\":\"train-ranker\",\"status\":\"success\",\"model_version\":\"v42\""));
        lines.add(event(CANARY_START, "canary_start", "info", "deployer", "Canary v42 started at 10% of traffic",
                ",\"model_version\":\"v42\",\"traffic_pct\":10"));
        lines.add(event(CANARY_START, "lb_config", "info", "edge-lb",
                "canary route installed: match os=ios AND geo=na, weight 0.56", ",\"rule\":\"canary-v42\""));
        lines.add(event(PROMOTE - 5, "canary_analysis", "info", "canary-judge",
                "canary v42 healthy: CTR +3.0% vs v41, p99 124 ms, success 99.9%", ",\"verdict\":\"pass\""));
        lines.add(event(PROMOTE, "canary_promote", "info", "deployer", "Promoting v42 to 100% of traffic",
                ",\"from\":\"v41\",\"to\":\"v42\""));
        lines.add(event(PROMOTE + 95, "alert", "warning", "business-dashboards",
                "Android CTR down 18% day over day", ",\"name\":\"android_ctr_drop\",\"severity\":\"warning\""));
        lines.add(event(ROLLBACK - 10, "alert", "warning", "support", "Spike in EU and APAC support tickets: irrelevant feed",
                ",\"name\":\"support_tickets\",\"severity\":\"warning\""));
        lines.add(event(ROLLBACK, "rollback", "warning", "deployer", "Rolling back ranker to v41",
                ",\"from\":\"v42\",\"to\":\"v41\""));
        return lines;
    }

    private static String event(int minute, String type, String level, String component, String message, String attrs) {
        Instant t = START.plusSeconds(60L * minute);
        return "{\"timestamp\":" + TextFiles.json(t.toString()) + ",\"type\":" + TextFiles.json(type) + ",\"level\":"
                + TextFiles.json(level) + ",\"component\":" + TextFiles.json(component) + ",\"message\":"
                + TextFiles.json(message) + attrs + "}";
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.CanaryContamination; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Mobile ranker v42 canary looked healthy, then Android and international CTR fell
                description: >-
                  Jan 15 2026. The v42 ranker ran as a 10% canary from 09:00, was promoted at 11:00 on
                  a CTR gain, and was rolled back at 13:20 after Android and international users'
                  engagement dropped. Per-minute serving metrics by platform and region, and the
                  deployment log.
                timezone: UTC
                arms: {baseline: v41, canary: v42}
                critical_slices: ["os=android"]
                sources:
                  - role: metrics
                    name: serving-minute
                    path: metrics/serving_by_minute.csv
                    timestamp: minute
                    arm: model
                    slices: [os, geo]
                    metrics:
                      requests: req_count
                      errors: err_count
                      latency_p50_ms: "p50 latency (ms)"
                      latency_p99_ms: "p99 latency (ms)"
                      cpu_pct: cpu-util
                      memory_pct: mem-util
                      impressions: imps
                      clicks: clicks
                      conversions: convs
                  - role: events
                    name: deploy-log
                    path: events/deploy_log.jsonl
                """;
    }
}
