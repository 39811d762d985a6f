package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 001's fraud model that stopped updating for three weeks: the daily retraining job has failed
 * every night since a base-image update with the same import error, while the serving system kept
 * using the last model. The failure alert fired every night, one of forty-odd alerts a day, and
 * nobody acted on it. Upstream data kept arriving on time. The pipeline log (CSV: jobs and
 * ingestions) and the alert stream (JSON lines).
 */
public final class StaleModel implements Sample {
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 20);
    static final int DAYS = 35;
    static final int FIRST_FAILURE = 13;
    static final String JOB = "train-fraud-daily";
    static final String ERROR = "ImportError: cannot import name 'SimpleImputer' from 'sklearn.preprocessing'";
    /** Alert names and message templates of the everyday noise. */
    private static final String[][] NOISE = {{"node_disk_usage", "disk usage above 80%% on node-%d"},
        {"cpu_throttling", "CPU throttling on pod api-%d"}, {"checkout_latency", "p99 latency above 250 ms on checkout-%d"},
        {"cert_expiry", "certificate expires in 30 days (svc-%d)"}, {"pod_restarts", "pod restart loop: worker-%d"},
        {"queue_depth", "queue depth above 10k (events-%d)"}, {"gateway_5xx", "5xx rate above 1%% on gateway-%d"},
        {"cache_memory", "memory above 90%% on cache-%d"}};

    @Override
    public String name() {
        return "stale-model";
    }

    @Override
    public void write(Path dir) throws IOException {
        Draw d = new Draw(20260223L);
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
        TextFiles.write(dir.resolve("logs/pipeline_log.csv"), pipeline(d));
        TextFiles.write(dir.resolve("logs/alerts.jsonl"), alerts(d));
    }

    private static Instant at(int day, int hour, int minute) {
        return FIRST_DAY.plusDays(day).atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    private static String row(Instant t, String kind, String name, String source, String status, String model,
                              String error, String detail) {
        return String.join(",", t.toString(), kind, name, source, status, model, error.isEmpty() ? "" : "\"" + error + "\"",
                "\"" + detail + "\"");
    }

    private static List<String> pipeline(Draw d) {
        List<String> rows = new ArrayList<>(List.of("logged at,kind,name,source,status,model_version,error,detail"));
        for (int day = 0; day < DAYS; day++) {
            String date = FIRST_DAY.plusDays(day).toString().replace("-", "");
            for (int h = 0; h < 24; h++) {
                Instant t = at(day, h, 5 + d.index(4));
                rows.add(row(t, "ingestion", "", "transactions", "success", "", "",
                        "transactions hour " + h + " loaded: " + (40_000 + d.index(8000)) + " rows"));
            }
            rows.add(row(at(day, 6, 12), "ingestion", "", "chargebacks", "success", "", "", "chargebacks " + date + " loaded"));
            if (day == DAYS - 1) {
                continue;
            }
            boolean failed = day >= FIRST_FAILURE;
            rows.add(row(at(day, 2, 0), "job", JOB, "", "started", "", "", JOB + " started"));
            rows.add(failed
                    ? row(at(day, 2, 4 + d.index(3)), "job", JOB, "", "failed", "", ERROR, JOB + " failed after "
                    + (3 + d.index(3)) + " min")
                    : row(at(day, 3, 10 + d.index(20)), "job", JOB, "", "success", "fraud-" + date, "",
                    JOB + " finished: fraud-" + date + " AUC 0.9" + (10 + d.index(6))));
            if (!failed) {
                rows.add(row(at(day, 4, 0), "deploy", "", "", "", "fraud-" + date, "", "fraud-" + date + " deployed"));
            }
            rows.add(row(at(day, 5, 0), "job", "feature-export", "", "success", "", "", "feature-export finished"));
        }
        return rows;
    }

    private static List<String> alerts(Draw d) {
        List<String> lines = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            int n = 36 + d.index(12);
            for (int k = 0; k < n; k++) {
                Instant t = at(day, 0, 0).plusSeconds(d.index(86_400));
                String[] alert = NOISE[d.index(NOISE.length)];
                lines.add(JsonLine.at(t).put("type", "alert").put("level", "warning").put("component", "alertmanager")
                        .put("message", String.format(java.util.Locale.ROOT, alert[1], 1 + d.index(40)))
                        .put("name", alert[0]).put("severity", "warning").toString());
            }
            if (day >= FIRST_FAILURE && day < DAYS - 1) {
                lines.add(JsonLine.at(at(day, 2, 20)).put("type", "alert").put("level", "warning")
                        .put("component", "alertmanager").put("message", JOB + " failed (exit code 1)")
                        .put("name", "job_failed").put("severity", "warning").toString());
            }
            if (day >= DAYS - 4) {
                lines.add(JsonLine.at(at(day, 9, 0)).put("type", "alert").put("level", "critical")
                        .put("component", "risk-dashboard").put("message", "confirmed fraud losses +" + (31 + 4 * (day - DAYS + 4))
                                + "% week over week").put("name", "fraud_losses").put("severity", "critical").toString());
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.StaleModel; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Fraud model not retrained for three weeks while its alert drowned in noise
                description: >-
                  Feb 23 2026. Fraud losses have been rising for days. The daily retraining job
                  train-fraud-daily has failed every night since Feb 2 with the same ImportError after a
                  base-image update; serving kept the Feb 1 model. The failure alert fired each night
                  among 40-odd other alerts. The pipeline log and the alert stream.
                timezone: UTC
                sources:
                  - role: events
                    name: pipeline-log
                    path: logs/pipeline_log.csv
                    timestamp: logged at
                    type: kind
                    message: detail
                  - role: events
                    name: alerts
                    path: logs/alerts.jsonl
                """;
    }
}
