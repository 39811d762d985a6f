package dev.mlwb.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A week of a healthy churn model, for contrast: serving looks like training, both feature
 * pipelines agree, features are computed before they are used, a few random imputations, a canary
 * as good and as calibrated as its baseline, and a backtest as good as production. The data checks
 * should raise nothing critical here.
 */
public final class Healthy implements Sample {
    static final Instant TRAIN_FROM = Instant.parse("2025-10-01T00:00:00Z");
    static final Instant WEEK = Instant.parse("2026-03-02T00:00:00Z");
    static final String[] PLANS = {"basic", "standard", "premium"};
    static final double[] PLAN_SHARE = {0.5, 0.35, 0.15};
    static final String[] CHANNELS = {"app", "web", "store"};
    static final double[] CHANNEL_SHARE = {0.55, 0.35, 0.10};

    @Override
    public String name() {
        return "healthy";
    }

    @Override
    public void write(Path dir) throws IOException {
        Draw d = new Draw(20260302L);
        String header = "account,as of,plan,channel,tenure (months),monthly spend,support tickets 90d,logins 30d,"
                + "logins as of";
        List<String> training = new ArrayList<>(List.of(header));
        for (int i = 0; i < 5000; i++) {
            training.add(features(d, "A" + (100000 + i), TRAIN_FROM.plusSeconds(d.index(150 * 86400))));
        }
        ParquetFiles.write(dir.resolve("features/training.parquet"), training, Map.of());
        List<String> serving = new ArrayList<>(List.of(header));
        List<String> recompute = new ArrayList<>(List.of("account,as of,monthly spend,logins 30d"));
        for (int i = 0; i < 5000; i++) {
            String row = features(d, "S" + (100000 + i), WEEK.plusSeconds(d.index(7 * 86400)));
            serving.add(row);
            String[] f = row.split(",");
            recompute.add(String.join(",", f[0], f[1], f[5], f[7]));
        }
        gzip(dir.resolve("features/serving.csv.gz"), serving);
        ParquetFiles.write(dir.resolve("features/offline_recompute.parquet"), recompute, Map.of());
        List<String> labels = new ArrayList<>();
        double[] carry = new double[8];
        List<String> backtest = new ArrayList<>(List.of("account,scored at,churn score"));
        for (int i = 0; i < 3000; i++) {
            String account = "B" + (100000 + i);
            double s = score(d);
            backtest.add(account + "," + TRAIN_FROM.plusSeconds(d.index(150 * 86400)) + "," + TextFiles.fixed(s, 4));
            labels.add(label(account, s, carry, 0));
        }
        TextFiles.write(dir.resolve("predictions/backtest.csv"), backtest);
        List<String> production = new ArrayList<>(List.of("account,scored at,arm,plan,churn score"));
        for (int i = 0; i < 6000; i++) {
            String account = "S" + (100000 + i % 5000) + "-" + i / 5000;
            String arm = i % 2 == 0 ? "churn-v8" : "churn-v9";
            int plan = SilentImputation.pick(d, PLAN_SHARE);
            double s = score(d);
            production.add(String.join(",", account, WEEK.plusSeconds(d.index(7 * 86400)).toString(), arm, PLANS[plan],
                    TextFiles.fixed(s, 4)));
            labels.add(label(account, s, carry, 1 + (i % 2) * 3 + plan));
        }
        ParquetFiles.write(dir.resolve("predictions/production.parquet"), production, Map.of());
        TextFiles.write(dir.resolve("labels/churned.jsonl"), labels);
        TextFiles.write(dir.resolve("logs/pipeline.jsonl"), log(d));
        TextFiles.write(dir.resolve("encoders/vocabulary.json"), List.of("{\"plan\": [\"basic\", \"standard\", "
                + "\"premium\", \"enterprise\"], \"channel\": [\"app\", \"web\", \"store\", \"partner\"]}"));
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
    }

    private static String features(Draw d, String account, Instant at) {
        String plan = PLANS[SilentImputation.pick(d, PLAN_SHARE)];
        String channel = CHANNELS[SilentImputation.pick(d, CHANNEL_SHARE)];
        int tenure = 1 + d.index(60);
        double spend = Math.round(Math.exp(d.normal(3.3, 0.45)) * 100) / 100.0;
        long tickets = d.poisson(0.8);
        long logins = d.poisson(14);
        Instant asOf = at.minusSeconds(600 + d.index(3000));
        return String.join(",", account, at.toString(), plan, channel, Integer.toString(tenure),
                TextFiles.fixed(spend, 2), Long.toString(tickets), Long.toString(logins), asOf.toString());
    }

    /** A calibrated churn probability (logit-normal). */
    private static double score(Draw d) {
        return 1 / (1 + Math.exp(-(-1.6 + 1.3 * d.gaussian())));
    }

    /** A label drawn at the score's rate, spread evenly per group (error diffusion) so no segment differs by chance. */
    private static String label(String account, double s, double[] carry, int group) {
        carry[group] += s;
        int y = 0;
        if (carry[group] >= 0.5) {
            y = 1;
            carry[group] -= 1;
        }
        return "{\"account\":\"" + account + "\",\"churned\":" + (y == 1) + "}";
    }

    private static List<String> log(Draw d) {
        List<String> out = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            Instant t = WEEK.plus(Duration.ofDays(day)).plusSeconds(5 * 3600);
            long total = 700 + d.index(30);
            long imputed = d.binomial(total, 0.004);
            out.add("{\"timestamp\":\"" + t + "\",\"type\":\"imputation_summary\",\"component\":\"preprocess\","
                    + "\"feature\":\"monthly spend\",\"batch\":\"day-" + (day + 1) + "\",\"imputed\":" + imputed
                    + ",\"total\":" + total + "}");
            out.add("{\"timestamp\":\"" + t.plusSeconds(600) + "\",\"type\":\"job\",\"component\":\"scheduler\","
                    + "\"name\":\"churn-scoring\",\"status\":\"success\"}");
        }
        return out;
    }

    private static void gzip(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.Healthy; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Churn model week of Mar 2, nothing wrong (contrast bundle)
                description: >-
                  A healthy week for contrast: training and serving features, the offline pipeline's
                  recomputation of two features, a backtest and a canary in production with labels,
                  encoder vocabularies and the pipeline log. No check should find anything critical.
                timezone: UTC
                arms: {baseline: churn-v8, canary: churn-v9}
                critical_slices: ["plan=premium"]
                comparisons:
                  - {reference: training, current: serving}
                  - {reference: offline-recompute, current: serving}
                sources:
                  - role: features
                    dataset: training
                    path: features/training.parquet
                    entity: account
                    timestamp: as of
                    feature_timestamps: {logins 30d: logins as of}
                  - role: features
                    dataset: serving
                    path: features/serving.csv.gz
                    entity: account
                    timestamp: as of
                    feature_timestamps: {logins 30d: logins as of}
                  - role: features
                    dataset: offline-recompute
                    path: features/offline_recompute.parquet
                    entity: account
                    timestamp: as of
                  - role: predictions
                    dataset: backtest
                    path: predictions/backtest.csv
                    entity: account
                    timestamp: scored at
                    score: churn score
                  - role: predictions
                    dataset: production
                    path: predictions/production.parquet
                    entity: account
                    timestamp: scored at
                    arm: arm
                    score: churn score
                    slices: [plan]
                  - role: labels
                    path: labels/churned.jsonl
                    entity: account
                    label: churned
                  - role: vocabularies
                    path: encoders/vocabulary.json
                  - role: events
                    path: logs/pipeline.jsonl
                """;
    }
}
