package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The committed bundles of the deployment and operations samples are exactly what their generators write. */
class OpsSamplesRegenerateTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> committedBundlesMatchTheirGenerators() {
        return Stream.of(new RollbackIncompatibility(), new ColdStart(), new Nondeterminism(), new StaleModel(),
                new FeedbackLoop()).map(s -> DynamicTest.dynamicTest(s.name(), () -> {
                    Path fresh = temp.resolve(s.name());
                    s.write(fresh);
                    Path committed = OpsSampleRun.dir(s.name());
                    List<Path> files = files(fresh);
                    assertThat(files).isNotEmpty();
                    for (Path f : files) {
                        Path c = committed.resolve(fresh.relativize(f).toString());
                        assertThat(c).as("committed " + c).exists();
                        assertThat(Files.readAllBytes(c)).as(c + " matches its generator").isEqualTo(Files.readAllBytes(f));
                    }
                    assertThat(committed.resolve("README.md")).exists();
                }));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
