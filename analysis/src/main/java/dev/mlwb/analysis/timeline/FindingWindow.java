package dev.mlwb.analysis.timeline;

import java.time.Instant;
import java.util.List;

/** A stretch of time where a check's finding held (a guardrail breach, a drift window, a failure streak). */
public record FindingWindow(String check, String severity, String title, Instant start, Instant end,
                            List<String> subjects) {
    public FindingWindow {
        subjects = List.copyOf(subjects);
    }
}
