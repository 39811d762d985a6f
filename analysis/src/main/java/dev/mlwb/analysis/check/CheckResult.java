package dev.mlwb.analysis.check;

import dev.mlwb.analysis.evidence.Evidence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of a check produced: its findings, the numbers it computed for every subject it
 * examined (including those that raised nothing), and evidence about everything it examined.
 */
public record CheckResult(List<Finding> findings, Map<String, Map<String, Double>> measures,
                          List<Evidence> evidence) {

    public CheckResult {
        findings = List.copyOf(findings);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        measures.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        measures = Collections.unmodifiableMap(copy);
        evidence = List.copyOf(evidence);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects findings, per-subject measures and evidence as a check goes. */
    public static final class Builder {
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, Map<String, Double>> measures = new LinkedHashMap<>();
        private final List<Evidence> evidence = new ArrayList<>();

        public Builder finding(Finding f) {
            findings.add(f);
            return this;
        }

        public Builder measure(Subject subject, String name, double value) {
            measures.computeIfAbsent(subject.toString(), k -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        public Builder measures(Subject subject, Map<String, Double> values) {
            measures.computeIfAbsent(subject.toString(), k -> new LinkedHashMap<>()).putAll(values);
            return this;
        }

        /** Measures as alternating names and numbers, kept in that order: {@code "psi", 0.31, "rows", 1000}. */
        public Builder measures(Subject subject, Object... namesAndValues) {
            if (namesAndValues.length % 2 != 0) {
                throw new IllegalArgumentException("measures come in name, value pairs");
            }
            for (int i = 0; i < namesAndValues.length; i += 2) {
                measure(subject, (String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
            }
            return this;
        }

        public Builder evidence(Evidence e) {
            evidence.add(e);
            return this;
        }

        public CheckResult build() {
            return new CheckResult(findings, measures, evidence);
        }
    }
}
