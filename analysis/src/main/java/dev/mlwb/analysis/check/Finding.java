package dev.mlwb.analysis.check;

import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.time.TimeRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a check found.
 *
 * @param check the check's id, e.g. {@code canary.traffic-mix}
 * @param severity critical, warning or info
 * @param title one line, in the user's words
 * @param summary one paragraph in plain words: what, where, how much, since when
 * @param subjects what it is about (typed strings)
 * @param measures the numbers behind it, by stable names
 * @param remedy what to do about it
 * @param evidence the data the app draws to prove it
 * @param windows when it held, for the incident timeline (empty if not tied to time)
 */
public record Finding(String check, Severity severity, String title, String summary, List<Subject> subjects,
                      Map<String, Double> measures, String remedy, List<Evidence> evidence, List<TimeRange> windows) {

    public Finding {
        Objects.requireNonNull(check);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(title);
        subjects = List.copyOf(subjects);
        measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        evidence = List.copyOf(evidence);
        windows = List.copyOf(windows);
    }

    public static Builder builder(String check, Severity severity, String title) {
        return new Builder(check, severity, title);
    }

    /** Builds a finding step by step; measures keep the order they are added in. */
    public static final class Builder {
        private final String check;
        private final Severity severity;
        private final String title;
        private String summary = "";
        private String remedy = "";
        private final List<Subject> subjects = new java.util.ArrayList<>();
        private final Map<String, Double> measures = new LinkedHashMap<>();
        private final List<Evidence> evidence = new java.util.ArrayList<>();
        private final List<TimeRange> windows = new java.util.ArrayList<>();

        private Builder(String check, Severity severity, String title) {
            this.check = check;
            this.severity = severity;
            this.title = title;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        public Builder remedy(String text) {
            this.remedy = text;
            return this;
        }

        public Builder subject(Subject s) {
            if (!subjects.contains(s)) {
                subjects.add(s);
            }
            return this;
        }

        public Builder subjects(List<Subject> s) {
            s.forEach(this::subject);
            return this;
        }

        public Builder measure(String name, double value) {
            measures.put(name, value);
            return this;
        }

        public Builder measures(Map<String, Double> values) {
            measures.putAll(values);
            return this;
        }

        public Builder evidence(Evidence e) {
            evidence.add(e);
            return this;
        }

        public Builder window(TimeRange w) {
            windows.add(w);
            return this;
        }

        public Builder windows(List<TimeRange> w) {
            windows.addAll(w);
            return this;
        }

        public Finding build() {
            return new Finding(check, severity, title, summary, subjects, measures, remedy, evidence, windows);
        }
    }
}
