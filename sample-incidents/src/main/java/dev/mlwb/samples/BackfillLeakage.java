package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 000's feature backfill leakage. The conversion model conv-v7 was trained on Jan 1–15 rows
 * whose engagement features for Jan 8–15 were rebuilt by a backfill on Jan 20 that read engagement
 * up to Jan 20 23:00 instead of up to each row's prediction time: the features include activity
 * after the predicted conversion. Offline validation on such rows reaches AUC ≈ 0.92; in production
 * (Jan 22–25, point-in-time features) the model reaches ≈ 0.80.
 */
public final class BackfillLeakage implements Sample {
    static final Instant TRAIN_START = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant BACKFILL_FROM = Instant.parse("2026-01-08T00:00:00Z");
    static final Instant TRAIN_END = Instant.parse("2026-01-16T00:00:00Z");
    static final Instant BACKFILL_BOUND = Instant.parse("2026-01-20T23:00:00Z");
    static final Instant DEPLOY = Instant.parse("2026-01-22T09:00:00Z");
    static final String[] PLATFORMS = {"ios", "android", "web"};

    @Override
    public String name() {
        return "backfill-leakage";
    }

    @Override
    public void write(Path dir) throws IOException {
        Draw d = new Draw(20260120L);
        List<String> labels = new ArrayList<>(List.of("user id,converted,conversion window end"));
        List<String> training = new ArrayList<>(List.of("user id,predicted at,sessions 7d,clicks 7d,cart adds 7d,"
                + "days since signup,platform,engagement as of"));
        for (int i = 0; i < 6000; i++) {
            Instant at = between(d, TRAIN_START, TRAIN_END);
            training.add(featureRow(d, "U" + (100000 + i), at, at.isBefore(BACKFILL_FROM) ? 1.4 : 3.0, labels,
                    !at.isBefore(BACKFILL_FROM)));
        }
        ParquetFiles.write(dir.resolve("training/conversion_features.parquet"), training, Map.of());
        List<String> offline = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Instant at = between(d, Instant.parse("2026-01-11T00:00:00Z"), TRAIN_END);
            offline.add(prediction(d, "V" + (100000 + i), at, -1.9, 2.75, labels, true));
        }
        List<String> serving = new ArrayList<>(List.of(training.get(0)));
        List<String> production = new ArrayList<>(List.of("user id,scored at,p_convert,model"));
        for (int i = 0; i < 3000; i++) {
            Instant at = between(d, DEPLOY, DEPLOY.plus(Duration.ofDays(3)));
            String user = "P" + (100000 + i);
            serving.add(featureRow(d, user, at, 1.4, new ArrayList<>(), false));
            production.add(prediction(d, user, at, -1.4, 1.4, labels, false));
        }
        TextFiles.write(dir.resolve("serving/feature_log.csv"), serving);
        TextFiles.write(dir.resolve("predictions/offline_validation.jsonl"), offline);
        TextFiles.write(dir.resolve("predictions/production_scores.csv"), production);
        TextFiles.write(dir.resolve("labels/conversions.csv"), labels);
        TextFiles.write(dir.resolve("events/ml_platform.jsonl"), events());
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
    }

    private static Instant between(Draw d, Instant from, Instant to) {
        long seconds = Duration.between(from, to).toSeconds();
        return from.plusSeconds((long) (d.uniform() * seconds / 60) * 60);
    }

    /**
     * A feature row. Point-in-time rows count the 7 days before the prediction; backfilled rows count
     * the 7 days before Jan 20 23:00, which for converters include the sessions around the conversion.
     * The label is drawn with the row (a logit of spread {@code spread}) and added to {@code labels}.
     */
    private static String featureRow(Draw d, String user, Instant at, double spread, List<String> labels,
                                     boolean backfilled) {
        double x = d.gaussian();
        double p = sigmoid((backfilled ? -1.95 : -1.4) + spread * x);
        boolean converted = d.chance(p);
        labels.add(label(d, user, at, converted));
        double rate = Math.exp(1.1 + 0.35 * (backfilled ? 0.3 * x : x)) + (backfilled && converted ? 4.0 : 0);
        long sessions = d.poisson(rate);
        long clicks = d.poisson(sessions * 3.2);
        long carts = d.poisson(sessions * 0.35 + (backfilled && converted ? 1.5 : 0));
        Instant asOf = backfilled ? BACKFILL_BOUND : at.minusSeconds(60L * (5 + d.index(20)));
        return String.join(",", user, at.toString(), Long.toString(sessions), Long.toString(clicks),
                Long.toString(carts), Integer.toString(1 + d.index(900)), PLATFORMS[d.index(3)], asOf.toString());
    }

    /** A prediction whose score is the model's (calibrated) probability; the label is drawn from it. */
    private static String prediction(Draw d, String user, Instant at, double mu, double spread, List<String> labels,
                                     boolean json) {
        double p = sigmoid(mu + spread * d.gaussian());
        labels.add(label(d, user, at, d.chance(p)));
        String score = TextFiles.fixed(p, 4);
        if (json) {
            return "{\"user id\":\"" + user + "\",\"scored at\":\"" + at + "\",\"p_convert\":" + score
                    + ",\"split\":\"validation\"}";
        }
        return String.join(",", user, at.toString(), score, "conv-v7");
    }

    /** Converted within 24 h of the prediction (at the conversion time), or not (at the window's end). */
    private static String label(Draw d, String user, Instant at, boolean converted) {
        Instant end = converted ? at.plusSeconds(1800 + d.index(22 * 3600)) : at.plus(Duration.ofDays(1));
        return user + "," + (converted ? "1" : "0") + "," + end;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static List<String> events() {
        return List.of(
                event("2026-01-20T23:05:00Z", "job", "info", "feature-store", "engagement backfill for 2026-01-08.."
                        + "2026-01-15 finished (engagement query upper bound 2026-01-20T23:00Z)",
                        ",\"name\":\"engagement-backfill\",\"status\":\"success\""),
                event("2026-01-21T03:40:00Z", "job", "info", "trainer", "train-conversion finished: conv-v7, "
                        + "validation AUC 0.921 (conv-v6: 0.842)",
                        ",\"name\":\"train-conversion\",\"status\":\"success\",\"model_version\":\"conv-v7\""),
                event("2026-01-22T09:00:00Z", "deploy", "info", "deployer", "conv-v7 deployed to 100% of traffic",
                        ",\"from\":\"conv-v6\",\"to\":\"conv-v7\""),
                event("2026-01-24T16:30:00Z", "alert", "warning", "growth-dashboards", "Conversion campaign "
                        + "precision 31% below forecast since conv-v7",
                        ",\"name\":\"campaign_precision\",\"severity\":\"warning\""));
    }

    private static String event(String t, String type, String level, String component, String message, String attrs) {
        return "{\"timestamp\":\"" + t + "\",\"type\":" + TextFiles.json(type) + ",\"level\":" + TextFiles.json(level)
                + ",\"component\":" + TextFiles.json(component) + ",\"message\":" + TextFiles.json(message) + attrs + "}";
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.BackfillLeakage; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Conversion model conv-v7 validated at AUC 0.92, scores 0.80 in production
                description: >-
                  Seed 000's feature backfill leakage, January 2026. conv-v7 was trained on Jan 1-15
                  rows; the engagement features of Jan 8-15 were rebuilt by a backfill on Jan 20.
                  Training features with the time each engagement value was computed, the serving
                  feature log, offline validation and production predictions, conversion labels, and
                  the ML platform's events.
                timezone: UTC
                production_dataset: production
                sources:
                  - role: features
                    dataset: training
                    path: training/conversion_features.parquet
                    entity: user id
                    timestamp: predicted at
                    categorical: [platform]
                    feature_timestamps:
                      sessions 7d: engagement as of
                      clicks 7d: engagement as of
                      cart adds 7d: engagement as of
                  - role: features
                    dataset: serving
                    path: serving/feature_log.csv
                    entity: user id
                    timestamp: predicted at
                    feature_timestamps:
                      sessions 7d: engagement as of
                      clicks 7d: engagement as of
                      cart adds 7d: engagement as of
                  - role: predictions
                    dataset: offline-validation
                    path: predictions/offline_validation.jsonl
                    entity: user id
                    timestamp: scored at
                    score: p_convert
                  - role: predictions
                    dataset: production
                    path: predictions/production_scores.csv
                    entity: user id
                    timestamp: scored at
                    score: p_convert
                    model_version: model
                  - role: labels
                    path: labels/conversions.csv
                    entity: user id
                    label: converted
                    timestamp: conversion window end
                  - role: events
                    path: events/ml_platform.jsonl
                """;
    }
}
