package dev.mlwb.analysis.checks.canary;

import static dev.mlwb.analysis.checks.canary.CanaryFixture.cell;

import java.nio.file.Path;
import java.util.List;

/** Small canary bundles for CLI tests outside this package. */
public final class CliFixture {
    private CliFixture() {
    }

    /** A canary that only gets iOS traffic. */
    public static Path contaminated(Path dir) {
        return CanaryFixture.write(dir, 30, m -> List.of(cell("old", "ios", 450, 0.04), cell("old", "android", 550, 0.03),
                cell("new", "ios", 100, 0.04)), "", List.of()).dir();
    }

    /** A stratified, healthy canary, with extra manifest lines. */
    public static Path healthy(Path dir, String extraManifest) {
        return CanaryFixture.write(dir, 30, m -> List.of(cell("old", "ios", 405, 0.04), cell("old", "android", 495, 0.03),
                cell("new", "ios", 45, 0.04), cell("new", "android", 55, 0.03)), extraManifest, List.of()).dir();
    }

    public static Path healthy(Path dir) {
        return healthy(dir, "");
    }

    /**
     * Appends {@code minutes} minutes (from {@code fromMinute}) in which the canary serves as much as
     * the baseline with p99 at 2 s: a latency breach no noise rule can excuse.
     */
    public static void appendLatencyBreach(Path dir, int fromMinute, int minutes) throws java.io.IOException {
        StringBuilder rows = new StringBuilder();
        for (int m = fromMinute; m < fromMinute + minutes; m++) {
            String ts = CanaryFixture.T0.plusSeconds(60L * m).toString();
            for (String platform : List.of("ios", "android")) {
                rows.append(ts).append(",old,").append(platform).append(",500,0,100.0,4000,160\n");
                rows.append(ts).append(",new,").append(platform).append(",500,0,2000.0,4000,160\n");
            }
        }
        java.nio.file.Files.writeString(dir.resolve("m.csv"), rows, java.nio.file.StandardOpenOption.APPEND);
    }
}
