package dev.mlwb.analysis.bundle;

/** A pair of feature datasets to compare: {@code reference} (e.g. training) against {@code current}. */
public record Comparison(String reference, String current) {
    @Override
    public String toString() {
        return reference + " → " + current;
    }
}
