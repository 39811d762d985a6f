package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates every sample incident under a folder (the {@code sample-incidents} module's own folder
 * when run as {@code mvn -q -pl sample-incidents -am compile exec:java}).
 */
public final class GenerateSamples {
    private GenerateSamples() {
    }

    /** Every sample, in the order the README lists them. */
    public static List<Sample> all() {
        return List.of(new CanaryContamination(), new BackfillLeakage(), new SilentImputation(), new SegmentRegression(),
                new RollbackIncompatibility(), new ColdStart(), new Nondeterminism(), new StaleModel(), new FeedbackLoop(),
                new Healthy());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateSamples OUTPUT_DIR");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        for (Sample s : all()) {
            Path dir = root.resolve(s.name());
            Files.createDirectories(dir);
            s.write(dir);
            System.out.println("wrote " + dir);
        }
    }
}
