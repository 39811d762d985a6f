package dev.mlwb.analysis.notes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an incident's notes live and how they are read and written. A bundle folder keeps them in
 * {@code mlwb-notes.json} inside it, so they travel with the evidence; a {@code .zip} (read-only)
 * beside it, as {@code NAME.zip.mlwb-notes.json}. The file is JSON:
 * <pre>{"format": "mlwb-notes/1", "notes": [{"key": "...", "check": "...", "title": "...",
 *   "text": "...", "updated": "2026-01-15T11:20:00Z"}]}</pre>
 * Writing goes to a temporary file that replaces the old one, so a crash leaves the old notes or
 * the new, never half a file.
 */
public final class NotesFile {
    public static final String FORMAT = "mlwb-notes/1";
    public static final String NAME = "mlwb-notes.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private NotesFile() {
    }

    /** The notes file of a bundle given as a folder, a {@code .zip}, or a manifest inside a folder. */
    public static Path of(Path bundle) {
        Path abs = bundle.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return abs.resolve(NAME);
        }
        String name = abs.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return abs.resolveSibling(name + "." + NAME);
        }
        return abs.resolveSibling(NAME);
    }

    /** Reads the notes; a missing file is no notes. */
    public static FindingNotes read(Path file) throws BundleException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return FindingNotes.NONE;
        } catch (IOException e) {
            throw new BundleException(name, "", "cannot be read: " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw BundleException.jsonSyntax(name, e, 0);
        } catch (IOException e) {
            throw new BundleException(name, "", "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return FindingNotes.NONE;
        }
        if (!root.isObject()) {
            throw new BundleException(name, "", "must be an object with format and notes");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new BundleException(name, "format", "must be \"" + FORMAT + "\", not " + root.path("format"));
        }
        JsonNode list = root.path("notes");
        if (list.isMissingNode()) {
            return FindingNotes.NONE;
        }
        if (!list.isArray()) {
            throw new BundleException(name, "notes", "must be a list of notes");
        }
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String at = "notes[" + i + "]";
            String key = text(name, at, n, "key");
            String text = text(name, at, n, "text");
            Instant updated;
            try {
                updated = Instant.parse(text(name, at, n, "updated"));
            } catch (DateTimeParseException e) {
                throw new BundleException(name, at + ".updated", "is not an ISO instant (2026-01-15T11:20:00Z): "
                        + n.path("updated").asText());
            }
            notes.add(new Note(key, n.path("check").asText(""), n.path("title").asText(""), text, updated));
        }
        return FindingNotes.of(notes);
    }

    private static String text(String file, String at, JsonNode n, String field) throws BundleException {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw new BundleException(file, at + "." + field, v.isMissingNode() ? "is missing" : "must be a string");
        }
        return v.asText();
    }

    /** Writes the notes atomically (an empty set of notes is written too: the analyst cleared them). */
    public static void write(Path file, FindingNotes notes) throws IOException {
        AtomicFiles.write(file, render(notes));
    }

    static String render(FindingNotes notes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("notes");
        for (Note n : notes.notes()) {
            list.addObject().put("key", n.key()).put("check", n.check()).put("title", n.title()).put("text", n.text())
                    .put("updated", n.updated().toString());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
