package dev.mlwb.app.findings;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;

/** One row of the findings list, with its texts prepared. */
public record FindingItem(Finding finding) {
    public Severity severity() {
        return finding.severity();
    }

    /** The severity as a word for the badge: CRITICAL, WARNING, INFO. */
    public String badge() {
        return finding.severity().name();
    }

    public String title() {
        return finding.title();
    }

    public String check() {
        return finding.check();
    }

    @Override
    public String toString() {
        return badge() + " " + title();
    }
}
