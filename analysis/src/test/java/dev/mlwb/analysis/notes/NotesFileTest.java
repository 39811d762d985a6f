package dev.mlwb.analysis.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesFileTest {
    private static final Instant AT = Instant.parse("2026-01-15T11:20:00Z");

    @TempDir
    Path dir;

    private static Finding android(String title) {
        return Finding.builder("canary.traffic-mix", Severity.CRITICAL, title).summary("s").remedy("r")
                .subject(new Subject("slice", "os=android")).build();
    }

    @Test
    void aFolderKeepsItsNotesInsideAZipBesideItAManifestInItsFolder() throws Exception {
        Path zip = Files.createFile(dir.resolve("incident-42.zip"));
        Path manifest = Files.createFile(dir.resolve("incident.yaml"));
        assertThat(NotesFile.of(dir)).isEqualTo(dir.toAbsolutePath().resolve("mlwb-notes.json"));
        assertThat(NotesFile.of(zip)).isEqualTo(dir.toAbsolutePath().resolve("incident-42.zip.mlwb-notes.json"));
        assertThat(NotesFile.of(manifest)).isEqualTo(dir.toAbsolutePath().resolve("mlwb-notes.json"));
    }

    @Test
    void notesRoundTripAndFollowTheFindingWhenItsTitleChanges() throws Exception {
        Path file = NotesFile.of(dir);
        assertThat(NotesFile.read(file).isEmpty()).as("no file, no notes").isTrue();
        FindingNotes notes = FindingNotes.NONE.with(android("Canary receives no traffic from os android"),
                "Confirmed: the LB rule matched iOS user agents only.\nOwner: traffic team.", AT);
        NotesFile.write(file, notes);

        FindingNotes read = NotesFile.read(file);
        assertThat(read).isEqualTo(notes);
        // the next run words the title differently (another threshold): the note is still found
        assertThat(read.text(android("Canary gets 0.1% of os android traffic")))
                .isEqualTo("Confirmed: the LB rule matched iOS user agents only.\nOwner: traffic team.");
        JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(json.path("format").asText()).isEqualTo("mlwb-notes/1");
        assertThat(json.path("notes").get(0).path("key").asText()).isEqualTo("canary.traffic-mix [slice:os=android]");
        assertThat(json.path("notes").get(0).path("updated").asText()).isEqualTo("2026-01-15T11:20:00Z");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("mlwb-notes.json");
        }
    }

    @Test
    void clearingANoteRemovesIt() {
        Finding f = android("t");
        FindingNotes notes = FindingNotes.NONE.with(f, "x", AT).with(f, "  ", AT);
        assertThat(notes.isEmpty()).isTrue();
    }

    @Test
    void aBrokenFileIsNamedWithItsLineAndColumn() throws Exception {
        Path file = dir.resolve("mlwb-notes.json");
        Files.writeString(file, "{\"format\": \"mlwb-notes/1\",\n  \"notes\": [ {\"key\": \"a\" \"text\": \"b\"} ]}");
        assertThatThrownBy(() -> NotesFile.read(file)).isInstanceOf(BundleException.class)
                .hasMessageStartingWith("mlwb-notes.json: line 2, column")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aWrongFormatOrAMissingFieldIsNamed() throws Exception {
        Path file = dir.resolve("mlwb-notes.json");
        Files.writeString(file, "{\"format\": \"something-else\"}");
        assertThatThrownBy(() -> NotesFile.read(file)).hasMessageContaining("format")
                .hasMessageContaining("mlwb-notes/1");
        Files.writeString(file, "{\"format\": \"mlwb-notes/1\", \"notes\": [{\"key\": \"k\", \"updated\": \"2026-01-15T11:20:00Z\"}]}");
        assertThatThrownBy(() -> NotesFile.read(file)).hasMessageContaining("notes[0].text").hasMessageContaining("missing");
        Files.writeString(file, "{\"format\": \"mlwb-notes/1\", \"notes\": [{\"key\": \"k\", \"text\": \"t\", \"updated\": \"yesterday\"}]}");
        assertThatThrownBy(() -> NotesFile.read(file)).hasMessageContaining("notes[0].updated")
                .hasMessageContaining("yesterday");
    }

    @Test
    void everyReportFormatCarriesTheNoteUnderItsFinding() {
        Finding f = android("Canary receives no traffic from os android");
        Finding other = Finding.builder("canary.slice-guard", Severity.WARNING, "other").summary("s").remedy("r").build();
        CheckReport report = new CheckReport("b", "Incident", "", List.of(), List.of(f, other), List.of());
        FindingNotes notes = FindingNotes.NONE.with(f, "Confirmed <by> ops", AT);
        assertThat(ReportFormat.TEXT.render(report, false, notes)).contains("Note (2026-01-15T11:20:00Z): Confirmed <by> ops");
        assertThat(ReportFormat.MARKDOWN.render(report, false, notes)).contains("- **Note** (2026-01-15T11:20:00Z): Confirmed");
        assertThat(ReportFormat.HTML.render(report, false, notes)).contains("Confirmed &lt;by&gt; ops");
        String json = ReportFormat.JSON.render(report, false, notes);
        assertThat(json).contains("\"text\" : \"Confirmed <by> ops\"");
        assertThat(json.indexOf("\"note\"")).isEqualTo(json.lastIndexOf("\"note\"")).as("only the noted finding");
        assertThat(ReportFormat.JSON.render(report, false)).doesNotContain("\"note\"");
    }
}
