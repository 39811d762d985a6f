package dev.mlwb.app.nav;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;

/**
 * Where the workbench is: the incident overview, a finding, everything about one subject (a
 * feature, a slice, a replica, ...), or one check's full output. Places are values: going back
 * returns to an equal place.
 */
public sealed interface Place {
    /** A short name for the navigation bar and the window title. */
    String label();

    /** The incident overview: counts, timeline, checks that ran and were skipped. */
    record Overview() implements Place {
        @Override
        public String label() {
            return "Overview";
        }
    }

    /** One finding with its evidence. */
    record FindingPlace(Finding finding) implements Place {
        @Override
        public String label() {
            return finding.title();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FindingPlace p && p.finding == finding;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(finding);
        }
    }

    /** Everything the checks say about one subject, e.g. {@code feature:txn category}. */
    record SubjectPlace(Subject subject) implements Place {
        @Override
        public String label() {
            return subject.kind() + " " + subject.value();
        }
    }

    /** One check: why it fired or not, with every subject it examined. */
    record CheckPlace(String checkId) implements Place {
        @Override
        public String label() {
            return "check " + checkId;
        }
    }

    static Place overview() {
        return new Overview();
    }

    static Place finding(Finding f) {
        return new FindingPlace(f);
    }

    static Place subject(Subject s) {
        return new SubjectPlace(s);
    }

    static Place check(String id) {
        return new CheckPlace(id);
    }
}
