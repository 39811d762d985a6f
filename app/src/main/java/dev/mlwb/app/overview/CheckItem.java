package dev.mlwb.app.overview;

import dev.mlwb.analysis.check.CheckRun;
import java.util.Set;

/**
 * One check on the overview: whether it ran, found something, was skipped for lack of evidence
 * (and which), or failed.
 */
public record CheckItem(CheckRun run, long findings) {
    public String id() {
        return run.id();
    }

    /** {@code 2 findings}, {@code nothing found}, {@code skipped}, {@code failed}. */
    public String outcome() {
        return switch (run.status()) {
            case RAN -> findings == 0 ? "nothing found" : findings + (findings == 1 ? " finding" : " findings");
            case SKIPPED -> "skipped";
            case FAILED -> "failed";
        };
    }

    /** Why it was skipped (the evidence that is missing) or the error; the time it took otherwise. */
    public String detail() {
        return switch (run.status()) {
            case RAN -> run.millis() + " ms, " + run.measures().size() + " subjects examined";
            case SKIPPED, FAILED -> run.reason().orElse("");
        };
    }

    public Set<String> states() {
        return switch (run.status()) {
            case RAN -> findings > 0 ? Set.of("warn") : Set.of();
            case SKIPPED -> Set.of("doubtful");
            case FAILED -> Set.of("bad");
        };
    }

    /** Sort order: checks with findings, then the clean ones, then failed, then skipped. */
    public int rank() {
        return switch (run.status()) {
            case RAN -> findings > 0 ? 0 : 1;
            case FAILED -> 2;
            case SKIPPED -> 3;
        };
    }
}
