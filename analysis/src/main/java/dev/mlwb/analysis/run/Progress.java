package dev.mlwb.analysis.run;

/** Receives progress of long work: a fraction done in [0, 1] and what is being done. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (fraction, message) -> { };

    void update(double fraction, String message);

    /** A progress that maps [0, 1] of a step onto [from, to] of this one. */
    default Progress range(double from, double to) {
        Progress outer = this;
        return (fraction, message) -> outer.update(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
    }
}
