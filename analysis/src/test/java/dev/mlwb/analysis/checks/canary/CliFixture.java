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
}
