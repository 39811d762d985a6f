package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 002's segment-level regression. The fraud model v13 runs as a 50% canary next to v12. Over
 * all requests its precision at the 0.5 threshold rises (0.82 → 0.85), but for new users its recall
 * falls (0.60 → 0.45), and its probabilities are overconfident: where it predicts about 70%, about
 * 50% of requests are fraud. Its inputs are the same as the baseline's; its outputs are not.
 */
public final class SegmentRegression implements Sample {
    static final Instant START = Instant.parse("2026-02-03T08:00:00Z");
    static final int HOURS = 12;
    static final int ROWS_PER_ARM = 6000;
    static final double NEW_USERS = 0.3;
    static final String[] DEVICES = {"ios", "android", "web"};

    /** A stretch of scores, uniform between {@code lo} and {@code hi}, whose true fraud rate is {@code rate(s)}. */
    record Part(double weight, double lo, double hi, double shift, double flat) {
        double rate(double s) {
            return Double.isNaN(flat) ? Math.max(0, Math.min(1, s + shift)) : flat;
        }
    }

    private static Part part(double w, double lo, double hi) {
        return new Part(w, lo, hi, 0, Double.NaN);
    }

    /** Calibrated baseline; the canary is sharp on returning users, overconfident at 0.70–0.74, and misses new users. */
    static final Map<String, List<Part>> PARTS = Map.of(
            "v12/returning", List.of(part(0.58, 0, 0.3), part(0.12, 0.3, 0.5), part(0.09, 0.5, 0.75), part(0.21, 0.78, 1)),
            "v12/new", List.of(part(0.55, 0, 0.3), part(0.17, 0.3, 0.5), part(0.06, 0.5, 0.75), part(0.22, 0.78, 1)),
            "v13/returning", List.of(part(0.57, 0, 0.3), part(0.11, 0.3, 0.5), new Part(0.07, 0.70, 0.74, -0.21, Double.NaN),
                    new Part(0.25, 0.88, 1, 0, 0.95)),
            "v13/new", List.of(part(0.55, 0, 0.3), new Part(0.25, 0.3, 0.5, 0.1, Double.NaN),
                    new Part(0.05, 0.70, 0.74, -0.21, Double.NaN), new Part(0.15, 0.88, 1, 0, 0.95)));

    @Override
    public String name() {
        return "segment-regression";
    }

    @Override
    public void write(Path dir) throws IOException {
        Draw d = new Draw(20260203L);
        List<String> predictions = new ArrayList<>(List.of("request_id,ts,variant,user cohort,device,fraud_prob,"
                + "is_fraud"));
        List<String> baseline = new ArrayList<>();
        List<String> canary = new ArrayList<>();
        double[] carry = new double[PARTS.size() * 4];
        int id = 0;
        for (String arm : List.of("v12", "v13")) {
            for (int i = 0; i < ROWS_PER_ARM; i++) {
                String cohort = d.chance(NEW_USERS) ? "new" : "returning";
                String device = DEVICES[SilentImputation.pick(d, new double[] {0.45, 0.4, 0.15})];
                Instant t = START.plusSeconds((long) (d.uniform() * HOURS * 3600));
                String request = "r-" + (100000 + id++);
                predictions.add(prediction(d, request, t, arm, cohort, device, carry));
                if (i % 3 == 0) {
                    (arm.equals("v12") ? baseline : canary).add(inputs(d, request, t, cohort, device));
                }
            }
        }
        ParquetFiles.write(dir.resolve("predictions/scored_requests.parquet"), predictions,
                Map.of("is_fraud", "INTEGER"));
        TextFiles.write(dir.resolve("features/baseline_inputs.jsonl"), baseline);
        TextFiles.write(dir.resolve("features/canary_inputs.jsonl"), canary);
        TextFiles.write(dir.resolve("events/rollout.jsonl"), List.of(
                "{\"at\":\"2026-02-03T08:00:00Z\",\"kind\":\"canary_start\",\"component\":\"rollout\",\"text\":"
                        + "\"fraud v13 canary at 50% of requests\",\"model_version\":\"v13\"}",
                "{\"at\":\"2026-02-03T20:30:00Z\",\"kind\":\"canary_analysis\",\"component\":\"rollout\",\"text\":"
                        + "\"v13 precision 0.85 vs 0.82: pass\",\"verdict\":\"pass\"}"));
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
    }

    /**
     * One scored request. The label follows the part's true rate; {@code carry} spreads each part's
     * expected positives evenly (error diffusion), so the rates hold without sampling noise.
     */
    private static String prediction(Draw d, String request, Instant t, String arm, String cohort, String device,
                                     double[] carry) {
        List<Part> parts = PARTS.get(arm + "/" + cohort);
        double[] weights = parts.stream().mapToDouble(Part::weight).toArray();
        int k = SilentImputation.pick(d, weights);
        Part p = parts.get(k);
        double s = p.lo() + (p.hi() - p.lo()) * d.uniform();
        int slot = (arm.equals("v12") ? 0 : 8) + (cohort.equals("new") ? 4 : 0) + k;
        carry[slot] += p.rate(s);
        int fraud = 0;
        if (carry[slot] >= 0.5) {
            fraud = 1;
            carry[slot] -= 1;
        }
        return String.join(",", request, t.toString(), arm, cohort, device, TextFiles.fixed(s, 4),
                Integer.toString(fraud));
    }

    /** The request's inputs: drawn the same way in both arms. */
    private static String inputs(Draw d, String request, Instant t, String cohort, String device) {
        double amount = Math.round(Math.exp(d.normal(3.8, 1.0)) * 100) / 100.0;
        int accountAge = cohort.equals("new") ? d.index(30) : 30 + d.index(2000);
        double velocity = Math.round(d.uniform() * d.uniform() * 2000) / 100.0;
        return "{\"request_id\":\"" + request + "\",\"ts\":\"" + t + "\",\"user cohort\":\"" + cohort
                + "\",\"device\":\"" + device + "\",\"amount\":" + amount + ",\"account age (d)\":" + accountAge
                + ",\"txn velocity 1h\":" + velocity + "}";
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.SegmentRegression; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Fraud model v13 canary passed on precision, yet misses new users' fraud
                description: >-
                  Seed 002's segment regression, Feb 3 2026. v13 ran as a 50% canary next to v12
                  and passed its canary analysis on aggregate precision. Scored requests with their
                  fraud labels, the inputs each arm scored, and the rollout log.
                timezone: UTC
                arms: {baseline: v12, canary: v13}
                critical_slices: ["user cohort=new"]
                sources:
                  - role: predictions
                    dataset: requests
                    path: predictions/scored_requests.parquet
                    entity: request_id
                    timestamp: ts
                    arm: variant
                    score: fraud_prob
                    label: is_fraud
                    slices: [user cohort, device]
                  - role: features
                    dataset: baseline
                    path: features/baseline_inputs.jsonl
                    entity: request_id
                    timestamp: ts
                    slices: [user cohort, device]
                  - role: features
                    dataset: canary
                    path: features/canary_inputs.jsonl
                    entity: request_id
                    timestamp: ts
                    slices: [user cohort, device]
                  - role: events
                    path: events/rollout.jsonl
                    timestamp: at
                    type: kind
                    message: text
                """;
    }
}
