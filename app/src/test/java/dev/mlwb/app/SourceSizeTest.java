package dev.mlwb.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No panel, view model or chart factory grows into a god class: every source file stays under 400 lines. */
class SourceSizeTest {
    @Test
    void noClassIsOverFourHundredLines() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> big = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > 400)
                    .map(p -> main.relativize(p) + " (" + lines(p) + " lines)").toList();
            assertThat(big).isEmpty();
        }
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
