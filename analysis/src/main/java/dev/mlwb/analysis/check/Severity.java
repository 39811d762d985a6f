package dev.mlwb.analysis.check;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is: critical (root cause or promotion blocker), warning, or info. */
public enum Severity {
    CRITICAL, WARNING, INFO;

    /** The spelling used in JSON and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is as severe as {@code other} or more. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Severity> fromKey(String key) {
        for (Severity s : values()) {
            if (s.key().equalsIgnoreCase(key.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The more severe of two. */
    public static Severity max(Severity a, Severity b) {
        return a.atLeast(b) ? a : b;
    }
}
