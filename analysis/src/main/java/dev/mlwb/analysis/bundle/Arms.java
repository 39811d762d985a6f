package dev.mlwb.analysis.bundle;

/** The values of an {@code arm} column that mean baseline and canary. */
public record Arms(String baseline, String canary) {
    public static final Arms DEFAULT = new Arms("baseline", "canary");
}
