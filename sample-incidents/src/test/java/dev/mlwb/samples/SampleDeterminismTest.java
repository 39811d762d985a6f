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

/** Every committed sample is exactly what its generator writes: regenerating changes no byte. */
class SampleDeterminismTest {
    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> committedBundlesMatchTheirGenerators() {
        return GenerateSamples.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            Path fresh = out.resolve(s.name());
            Files.createDirectories(fresh);
            s.write(fresh);
            Path committed = SampleBundles.root().resolve(s.name());
            List<Path> files = files(fresh);
            assertThat(files).isNotEmpty();
            assertThat(files(committed).stream().filter(p -> !p.toString().equals("README.md")).toList())
                    .as("files of " + s.name()).containsExactlyInAnyOrderElementsOf(files);
            for (Path f : files) {
                assertThat(Files.mismatch(fresh.resolve(f), committed.resolve(f))).as(s.name() + "/" + f).isEqualTo(-1L);
            }
        }));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
