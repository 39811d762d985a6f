package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 003's nightly risk model. After the client's product release of Jan 9, three new
 * transaction categories arrive that the category encoder does not know; for those rows the
 * merchant lookup fails and preprocessing substitutes the training mean of {@code merchant risk}
 * (about 12% of the week's rows, logged since the team added imputation events). Separately, the
 * serving pipeline's 7-day sums end at midnight before the 06:00 run instead of at the run, so they
 * miss the night's transactions: a few hours off, always in the same direction.
 */
public final class SilentImputation implements Sample {
    static final Instant FIRST_BATCH = Instant.parse("2026-01-08T06:00:00Z");
    static final int BATCHES = 7;
    static final int ROWS_PER_BATCH = 1000;
    static final int RELEASE_BATCH = 2;
    static final double NEW_CATEGORY_SHARE = 0.168;
    static final double RANDOM_GAP_SHARE = 0.005;
    static final String[] KNOWN = {"grocery", "fuel", "dining", "travel", "utilities", "electronics", "pharmacy",
        "cash withdrawal"};
    static final double[] KNOWN_SHARE = {0.26, 0.14, 0.16, 0.07, 0.12, 0.07, 0.10, 0.08};
    static final String[] NEW = {"bnpl installment", "crypto exchange", "p2p transfer"};
    static final double[] NEW_SHARE = {0.5, 0.2, 0.3};
    static final String[] REGIONS = {"na", "eu", "latam"};
    static final double[] REGION_SHARE = {0.5, 0.35, 0.15};
    static final String HEADER = "customer id,snapshot date,region,txn category,merchant risk,amount 7d (sum),"
            + "txn count 7d,avg ticket 30d,account age (days)";

    @Override
    public String name() {
        return "silent-imputation";
    }

    /** One customer snapshot: what both pipelines see, with both pipelines' 7-day sums. */
    record Snapshot(String customer, Instant at, String region, String category, double merchantRisk,
                    double[] trainingSums, double[] servingSums, double avgTicket, int accountAge) {
        String row(String risk, boolean serving) {
            double[] sums = serving ? servingSums : trainingSums;
            return String.join(",", customer, at.toString(), region, category, risk, TextFiles.fixed(sums[0], 2),
                    Long.toString(Math.round(sums[1])), TextFiles.fixed(avgTicket, 2), Integer.toString(accountAge));
        }
    }

    @Override
    public void write(Path dir) throws IOException {
        Draw d = new Draw(20260114L);
        List<Snapshot> training = new ArrayList<>();
        Instant trainStart = Instant.parse("2024-07-01T06:00:00Z");
        for (int i = 0; i < 6000; i++) {
            Instant at = trainStart.plus(Duration.ofDays(d.index(548)));
            training.add(snapshot(d, "T" + (100000 + i), at, false));
        }
        double mean = training.stream().mapToDouble(s -> round4(s.merchantRisk())).average().orElseThrow();
        String imputed = TextFiles.fixed(mean, 6);
        List<String> trainLines = new ArrayList<>(List.of(HEADER));
        training.forEach(s -> trainLines.add(s.row(TextFiles.fixed(s.merchantRisk(), 4), false)));
        ParquetFiles.write(dir.resolve("features/training_snapshots.parquet"), trainLines, Map.of());
        List<String> serving = new ArrayList<>(List.of(HEADER));
        List<String> recompute = new ArrayList<>(List.of("customer id,snapshot date,amount 7d (sum),txn count 7d"));
        List<String> log = new ArrayList<>();
        log.add(event(FIRST_BATCH.plus(Duration.ofDays(RELEASE_BATCH)).minus(Duration.ofHours(8)), "release", "info",
                "client", "Client app 5.2 released: new transaction categories BNPL installment, crypto exchange, "
                        + "P2P transfer", ",\"version\":\"5.2\""));
        for (int b = 0; b < BATCHES; b++) {
            batch(d, b, imputed, serving, recompute, log);
        }
        TextFiles.write(dir.resolve("features/serving_inputs.csv"), serving);
        ParquetFiles.write(dir.resolve("features/training_pipeline_recompute.parquet"), recompute, Map.of());
        TextFiles.write(dir.resolve("logs/pipeline.jsonl"), log);
        TextFiles.write(dir.resolve("encoders/category_vocab.json"), vocabulary());
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
    }

    private static void batch(Draw d, int b, String imputed, List<String> serving, List<String> recompute,
                              List<String> log) {
        Instant at = FIRST_BATCH.plus(Duration.ofDays(b));
        String batch = at.truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10);
        log.add(event(at, "job", "info", "scheduler", "nightly-scoring started for batch " + batch,
                ",\"name\":\"nightly-scoring\",\"status\":\"started\",\"batch\":\"" + batch + "\""));
        int imputations = 0;
        int[] customers = d.sample(3000, ROWS_PER_BATCH);
        for (int i = 0; i < ROWS_PER_BATCH; i++) {
            String customer = "C" + (200000 + customers[i]);
            Snapshot s = snapshot(d, customer, at, b >= RELEASE_BATCH);
            boolean gap = isNew(s.category()) || d.chance(RANDOM_GAP_SHARE);
            if (gap) {
                imputations++;
                log.add(event(at.plusSeconds(60 + i), "imputation", "debug", "preprocess", "merchant risk missing; "
                        + "imputed training mean", ",\"feature\":\"merchant risk\",\"record\":\"" + customer
                        + "\",\"value\":\"" + imputed + "\",\"batch\":\"" + batch + "\""));
            }
            serving.add(s.row(gap ? imputed : TextFiles.fixed(s.merchantRisk(), 4), true));
            recompute.add(String.join(",", customer, at.toString(), TextFiles.fixed(s.trainingSums()[0], 2),
                    Long.toString(Math.round(s.trainingSums()[1]))));
        }
        log.add(event(at.plusSeconds(1800), "imputation_summary", "info", "preprocess", "batch " + batch + ": "
                + imputations + " of " + ROWS_PER_BATCH + " rows imputed for merchant risk",
                ",\"feature\":\"merchant risk\",\"batch\":\"" + batch + "\",\"imputed\":" + imputations + ",\"total\":"
                        + ROWS_PER_BATCH));
        log.add(event(at.plusSeconds(2400), "job", "info", "scheduler", "nightly-scoring succeeded: " + ROWS_PER_BATCH
                + " scores written", ",\"name\":\"nightly-scoring\",\"status\":\"success\",\"batch\":\"" + batch + "\""));
    }

    static boolean isNew(String category) {
        return List.of(NEW).contains(category);
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static Snapshot snapshot(Draw d, String customer, Instant at, boolean afterRelease) {
        String region = REGIONS[pick(d, REGION_SHARE)];
        boolean fresh = afterRelease && d.chance(NEW_CATEGORY_SHARE);
        String category = fresh ? NEW[pick(d, NEW_SHARE)] : KNOWN[pick(d, KNOWN_SHARE)];
        double risk = fresh ? 0.55 + 0.4 * d.uniform() : 0.12 + 0.6 * Math.pow(d.uniform(), 1.1);
        double rate = 0.6 + 2.2 * d.uniform();
        double ticket = Math.exp(d.normal(3.4, 0.5));
        double[][] sums = sevenDaySums(d, at, rate, ticket);
        return new Snapshot(customer, at, region, category, risk, sums[0], sums[1], ticket * (0.9 + 0.2 * d.uniform()),
                30 + d.index(3000));
    }

    /**
     * Transactions over the 8 days before {@code at}; sum and count over [at − 7 d, at) (training) and over
     * [at − 7 d, midnight before at) (serving). About 9% of transactions happen between midnight and 06:00.
     */
    private static double[][] sevenDaySums(Draw d, Instant at, double perDay, double ticket) {
        Instant from = at.minus(Duration.ofDays(7));
        Instant midnight = at.truncatedTo(ChronoUnit.DAYS);
        long n = d.poisson(perDay * 8);
        double[] training = new double[2];
        double[] serving = new double[2];
        for (long k = 0; k < n; k++) {
            Instant day = at.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(d.index(9)));
            double hour = d.chance(0.09) ? 6 * d.uniform() : 6 + 18 * d.uniform();
            Instant t = day.plusSeconds(Math.round(hour * 3600));
            double amount = Math.round(ticket * Math.exp(d.normal(0, 0.6)) * 100) / 100.0;
            if (!t.isBefore(from) && t.isBefore(at)) {
                training[0] += amount;
                training[1]++;
                if (t.isBefore(midnight)) {
                    serving[0] += amount;
                    serving[1]++;
                }
            }
        }
        return new double[][] {training, serving};
    }

    static int pick(Draw d, double[] shares) {
        double u = d.uniform();
        for (int i = 0; i < shares.length; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static String event(Instant t, String type, String level, String component, String message, String attrs) {
        return "{\"ts\":" + TextFiles.json(t.toString()) + ",\"event\":" + TextFiles.json(type) + ",\"severity\":"
                + TextFiles.json(level) + ",\"component\":" + TextFiles.json(component) + ",\"msg\":"
                + TextFiles.json(message) + attrs + "}";
    }

    private static String vocabulary() {
        StringBuilder b = new StringBuilder("{\n  \"txn category\": [");
        for (int i = 0; i < KNOWN.length; i++) {
            b.append(i == 0 ? "" : ", ").append(TextFiles.json(KNOWN[i]));
        }
        return b.append("]\n}\n").toString();
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.SilentImputation; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Nightly risk scores went wrong after the client's product release
                description: >-
                  Seed 003's nightly risk model, Jan 8-14 2026. The client released new transaction
                  categories on Jan 9; the risk scores of the following days looked odd to the client's
                  risk team. Training snapshots, the week's serving inputs (after preprocessing), the
                  training pipeline's own computation of the 7-day aggregates for the same customers
                  and nights, the category encoder's vocabulary, and the pipeline log.
                timezone: UTC
                comparisons:
                  - {reference: training, current: serving}
                  - {reference: training-pipeline, current: serving}
                sources:
                  - role: features
                    dataset: training
                    path: features/training_snapshots.parquet
                    entity: customer id
                    timestamp: snapshot date
                    slices: [region]
                  - role: features
                    dataset: serving
                    path: features/serving_inputs.csv
                    entity: customer id
                    timestamp: snapshot date
                    slices: [region]
                  - role: features
                    dataset: training-pipeline
                    path: features/training_pipeline_recompute.parquet
                    entity: customer id
                    timestamp: snapshot date
                    features: ["amount 7d (sum)", "txn count 7d"]
                  - role: vocabularies
                    name: category-encoder
                    path: encoders/category_vocab.json
                  - role: events
                    name: pipeline-log
                    path: logs/pipeline.jsonl
                    timestamp: ts
                    type: event
                    level: severity
                    message: msg
                """;
    }
}
