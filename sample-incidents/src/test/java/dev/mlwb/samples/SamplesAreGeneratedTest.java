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

/** Every committed sample is exactly what its generator writes today, and stays small. */
class SamplesAreGeneratedTest {
    private static final long MAX_BUNDLE_BYTES = 1_600_000;

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> committedFilesMatchTheirGenerator() {
        return GenerateSamples.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            Path fresh = tmp.resolve(s.name());
            Files.createDirectories(fresh);
            s.write(fresh);
            Path committed = Samples.dir().resolve(s.name());
            long bytes = 0;
            for (Path f : files(fresh)) {
                Path rel = fresh.relativize(f);
                assertThat(committed.resolve(rel)).as("committed %s/%s", s.name(), rel).exists();
                assertThat(Files.mismatch(f, committed.resolve(rel)))
                        .as("%s/%s differs from its generator: regenerate with "
                                + "mvn -q -pl sample-incidents -am compile exec:java", s.name(), rel).isEqualTo(-1L);
                bytes += Files.size(f);
            }
            assertThat(bytes).as("size of %s", s.name()).isLessThan(MAX_BUNDLE_BYTES);
            assertThat(committed.resolve("README.md")).as("%s tells its story", s.name()).exists();
        }));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
