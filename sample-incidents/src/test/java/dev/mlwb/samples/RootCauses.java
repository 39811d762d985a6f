package dev.mlwb.samples;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import java.util.List;
import java.util.Map;

/**
 * The root causes each sample's README says the workbench must find: a check, the least severity it
 * must have, and a fragment of one of the finding's subjects (a slice value, a feature, a replica) that
 * survives renamed columns. {@code canary-contamination}'s conversion warning is noise its README
 * explains, not a root cause; {@code healthy} has none. {@code silent-imputation}'s {@code merchant risk}
 * drift is critical in its README but, judged against sampling noise, a warning with the sample's own
 * manifest too: the draft is held to what the hand-written manifest finds.
 */
final class RootCauses {
    record Cause(String check, Severity severity, String subject) {
        boolean foundIn(CheckReport report) {
            return report.findings().stream().anyMatch(f -> f.check().equals(check) && f.severity().atLeast(severity)
                    && f.subjects().stream().map(Subject::toString).anyMatch(s -> s.contains(subject)));
        }

        @Override
        public String toString() {
            return check + " " + severity.name().toLowerCase(java.util.Locale.ROOT) + " (" + subject + ")";
        }
    }

    static final Map<String, List<Cause>> BY_SAMPLE = Map.of(
            "backfill-leakage", List.of(c("model.offline-online-gap", "critical", "offline-validation"),
                    c("features.leakage", "critical", "cart adds 7d"), c("data.drift", "warning", "cart adds 7d")),
            "canary-contamination", List.of(c("canary.traffic-mix", "critical", "=android"),
                    c("canary.traffic-mix", "critical", "=eu"), c("canary.slice-guard", "critical", "=android"),
                    c("canary.slice-guard", "critical", "=eu")),
            "cold-start", List.of(c("serving.cold-start", "critical", "n8w3h"), c("serving.cold-start", "warning", "x7k2p"),
                    c("serving.cold-start", "warning", "a1a1a"), c("serving.cold-start", "warning", "latency_p99_ms"),
                    c("canary.guardrail-fast", "critical", "success_rate"),
                    c("canary.guardrail-fast", "critical", "latency_p99_ms")),
            "feedback-loop", List.of(c("feedback.popularity-loop", "warning", "item:sku-")),
            "healthy", List.of(),
            "nondeterminism", List.of(c("training.nondeterminism", "warning", "train-401"),
                    c("training.nondeterminism", "warning", "serving-fraud")),
            "rollback-incompatibility", List.of(c("deploy.rollback-compat", "critical", "model:v1"),
                    c("canary.guardrail-slow", "critical", "ctr"), c("canary.guardrail-fast", "critical", "success_rate")),
            "segment-regression", List.of(c("model.segment-regression", "critical", "=new"),
                    c("model.calibration", "critical", "v13"), c("data.drift", "warning", "score")),
            "silent-imputation", List.of(c("data.drift", "critical", "txn category"),
                    c("data.drift", "warning", "merchant risk"), c("data.unseen-category", "critical", "txn category"),
                    c("data.imputation", "critical", "merchant risk"), c("features.skew", "critical", "amount 7d"),
                    c("features.skew", "critical", "txn count 7d")),
            "stale-model", List.of(c("training.staleness", "critical", "train-fraud-daily")));

    private RootCauses() {
    }

    private static Cause c(String check, String severity, String subject) {
        return new Cause(check, Severity.valueOf(severity.toUpperCase(java.util.Locale.ROOT)), subject);
    }

    /** Findings at warning or above that no root cause of the sample accounts for. */
    static List<Finding> extra(String sample, CheckReport report) {
        List<Cause> causes = BY_SAMPLE.get(sample);
        return report.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                .filter(f -> causes.stream().noneMatch(c -> f.check().equals(c.check()) && f.severity().atLeast(c.severity())
                        && f.subjects().stream().map(Subject::toString).anyMatch(s -> s.contains(c.subject()))))
                .toList();
    }
}
