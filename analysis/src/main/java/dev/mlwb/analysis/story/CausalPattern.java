package dev.mlwb.analysis.story;

import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The causal patterns of the seeds' failure-mode reference, each as "a finding of this kind can explain one of
 * that kind", with what confirms it in a given incident: shared subjects (the same feature, slice value, model
 * version, metric) and time (the consequence held while or after the cause did). Every link needs one of these
 * confirmations in the incident at hand (a pattern alone is a hypothesis); strength ranks the patterns when
 * several could link the same findings (2 the most specific, 1 broader, 0 the same check in several subjects,
 * which only groups).
 */
enum CausalPattern {
    UNSEEN_IMPUTATION(2, "unseen categories → imputation"),
    UNSEEN_DRIFT(2, "unseen categories → drift"),
    IMPUTATION_DRIFT(2, "imputation → drift"),
    DATA_MODEL(1, "data problem → calibration, segment and offline/online gaps"),
    MIX_SLICE(2, "non-stratified canary → slice regression"),
    MIX_CANARY(1, "non-stratified canary → confounded canary comparison"),
    LEAK_GAP(2, "leakage → offline/online gap"),
    LEAK_DRIFT(2, "leakage → drift"),
    SCHEMA_ROLLBACK(2, "schema incompatibility → failed rollback"),
    COLD_START_LATENCY(2, "cold start → latency and error guardrails"),
    STALE_DRIFT(1, "failed retraining (staleness) → drift and model decay"),
    FRESHNESS_DATA(1, "stopped ingestion → stale or missing features"),
    SAME_MODEL(1, "one model change → several model findings"),
    SAME_CHECK(0, "the same problem in several subjects");

    /** 2 stands alone, 1 needs a confirmation, 0 only groups. */
    final int strength;
    final String label;

    CausalPattern(int strength, String label) {
        this.strength = strength;
        this.label = label;
    }

    /** Which patterns can link a cause to an effect, by their checks (the confirmation comes after). */
    static List<CausalPattern> candidates(FindingFacts cause, FindingFacts effect) {
        String c = cause.check();
        String e = effect.check();
        boolean model = Set.of("model.calibration", "model.segment-regression", "model.offline-online-gap").contains(e);
        boolean inputDrift = effect.is("data.drift") && !effect.outputDrift();
        List<CausalPattern> out = new java.util.ArrayList<>();
        switch (c) {
            case "data.unseen-category" -> {
                add(out, e.equals("data.imputation"), UNSEEN_IMPUTATION);
                add(out, inputDrift, UNSEEN_DRIFT);
                add(out, model, DATA_MODEL);
            }
            case "data.imputation" -> {
                add(out, inputDrift, IMPUTATION_DRIFT);
                add(out, model, DATA_MODEL);
            }
            case "data.quality", "features.skew" -> add(out, model, DATA_MODEL);
            case "data.drift" -> add(out, model && !cause.outputDrift(), DATA_MODEL);
            case "canary.traffic-mix" -> {
                add(out, e.equals("canary.slice-guard"), MIX_SLICE);
                add(out, e.startsWith("canary.guardrail") || e.equals("model.segment-regression")
                        || e.equals("model.calibration"), MIX_CANARY);
            }
            case "features.leakage" -> {
                add(out, e.equals("model.offline-online-gap"), LEAK_GAP);
                add(out, inputDrift, LEAK_DRIFT);
            }
            case "deploy.rollback-compat" -> add(out, e.equals("canary.guardrail-fast"), SCHEMA_ROLLBACK);
            case "serving.cold-start" -> add(out, e.equals("canary.guardrail-fast") || e.equals("canary.guardrail-slow"),
                    COLD_START_LATENCY);
            case "training.staleness" -> add(out, inputDrift || model, STALE_DRIFT);
            case "data.freshness" -> add(out, inputDrift || e.equals("data.quality") || e.equals("data.imputation"),
                    FRESHNESS_DATA);
            case "model.segment-regression", "model.calibration" -> add(out, e.equals("model.calibration")
                    || effect.outputDrift(), SAME_MODEL);
            default -> { }
        }
        if (c.equals(e)) {
            out.add(SAME_CHECK);
        }
        return out;
    }

    private static void add(List<CausalPattern> out, boolean when, CausalPattern p) {
        if (when) {
            out.add(p);
        }
    }

    /** Where the cause held, in words, for reasons. */
    static String when(FindingFacts f) {
        return f.onset().map(o -> "from " + Fmt.time(o.at()) + " UTC")
                .or(() -> f.span().map(TimeRange::start).map(t -> "from " + Fmt.time(t) + " UTC")).orElse("");
    }

    static Optional<String> nonEmpty(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
