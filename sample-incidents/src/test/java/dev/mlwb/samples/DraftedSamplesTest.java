package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.draft.DraftYaml;
import dev.mlwb.analysis.draft.Drafts;
import dev.mlwb.analysis.draft.ManifestDraft;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The acceptance of {@code mlwb init}: every sample copied without its manifest, drafted, and checked
 * with the unedited draft, must give the root causes its README documents; and again after its
 * columns were renamed in other teams' styles (camelCase, SCREAMING-KEBAB, other words), so the
 * guesser is not tuned to the samples' spellings. The tables go to {@code target/drafted-samples-*.md}.
 */
class DraftedSamplesTest {
    @TempDir
    Path tmp;

    @Test
    void theUneditedDraftOfEverySampleFindsItsRootCauses() throws Exception {
        Tally t = run(null);
        assertThat(t.missed).as("root causes the unedited drafts missed").isEmpty();
        assertThat(t.falseAlarms).as("findings beyond the documented ones").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Restyle.Style.class)
    void renamedColumnsDraftTheSameRootCauses(Restyle.Style style) throws Exception {
        Tally t = run(style);
        assertThat(t.found).as("root causes found with " + style + " names; missed: " + t.missed)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * t.total));
        assertThat(t.falseAlarms).as("findings beyond the documented ones").isEmpty();
    }

    private static final class Tally {
        int found;
        int total;
        final List<String> missed = new ArrayList<>();
        final List<String> falseAlarms = new ArrayList<>();
        final StringBuilder table = new StringBuilder("| sample | root causes | found by the unedited draft | missed |\n"
                + "|---|---|---|---|\n");
    }

    private Tally run(Restyle.Style style) throws Exception {
        Tally t = new Tally();
        String variant = style == null ? "as-generated" : style.name().toLowerCase(java.util.Locale.ROOT);
        Path drafts = Path.of("target", "drafted-samples", variant);
        Files.createDirectories(drafts);
        int renamed = 0;
        for (String sample : RootCauses.BY_SAMPLE.keySet().stream().sorted().toList()) {
            Path dir = tmp.resolve(sample);
            copy(Samples.dir().resolve(sample), dir);
            if (style != null) {
                renamed += Restyle.apply(dir, style);
            }
            Files.delete(dir.resolve("incident.yaml"));
            ManifestDraft draft = Drafts.draft(dir, Progress.NONE, Cancellation.none());
            Drafts.write(dir, DraftYaml.render(draft), false);
            Files.copy(dir.resolve(Drafts.MANIFEST), drafts.resolve(sample + ".yaml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            CheckReport report;
            try (Analysis.Result r = Analysis.run(dir, CheckCatalog.standardSuite(), Progress.NONE, Cancellation.none())) {
                report = r.report();
            }
            assertThat(report.loadIssues().stream().filter(i -> i.isError()).toList()).as("load errors of " + sample)
                    .isEmpty();
            List<String> missed = new ArrayList<>();
            int found = 0;
            for (RootCauses.Cause c : RootCauses.BY_SAMPLE.get(sample)) {
                if (c.foundIn(report)) {
                    found++;
                } else {
                    missed.add(c.toString());
                }
            }
            t.found += found;
            t.total += RootCauses.BY_SAMPLE.get(sample).size();
            missed.forEach(m -> t.missed.add(sample + ": " + m));
            RootCauses.extra(sample, report).stream().filter(f -> !noise(sample, f))
                    .forEach(f -> t.falseAlarms.add(sample + ": " + f.check() + " " + f.title()));
            t.table.append("| ").append(sample).append(" | ").append(RootCauses.BY_SAMPLE.get(sample).size()).append(" | ")
                    .append(found).append(" | ").append(missed.isEmpty() ? "" : String.join("; ", missed)).append(" |\n");
        }
        t.table.append("| all | ").append(t.total).append(" | ").append(t.found).append(" | |\n");
        Files.writeString(drafts.resolve("findings.md"), t.table.toString());
        if (style != null) {
            assertThat(renamed).as("columns renamed in " + style + " style").isGreaterThan(20);
        }
        return t;
    }

    /** The conversion warning canary-contamination's README explains as noise (it is there with its own manifest too). */
    private static boolean noise(String sample, Finding f) {
        return sample.equals("canary-contamination") && f.check().equals("canary.guardrail-slow");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
