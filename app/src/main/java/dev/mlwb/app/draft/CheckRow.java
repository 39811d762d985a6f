package dev.mlwb.app.draft;

import dev.mlwb.analysis.draft.CheckCoverage;

/** A check in the form's list: whether the draft lets it run, and the sources it needs or why it cannot run. */
public record CheckRow(CheckCoverage coverage) {
    public String id() {
        return coverage.id();
    }

    public boolean enabled() {
        return coverage.enabled();
    }

    /** {@code RUNS} or {@code CANNOT RUN}: a word, not only a colour. */
    public String verdict() {
        return enabled() ? "RUNS" : "CANNOT RUN";
    }

    public String detail() {
        return enabled() ? (coverage.sources().isEmpty() ? coverage.description()
                : "needs " + String.join(", ", coverage.sources())) : coverage.reason().orElse("");
    }
}
