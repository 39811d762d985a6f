package dev.mlwb.analysis.data.documents;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.time.TimeParsing;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads the fields of one JSON document (or one JSON line) and reports what is wrong with the
 * file, the location ({@code line 3} for a JSON line) and the key path.
 */
final class JsonFields {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final String file;
    private final String line;

    /**
     * @param file the file as shown in messages
     * @param line {@code line N} for JSON lines, empty for a whole document
     */
    JsonFields(String file, String line) {
        this.file = file;
        this.line = line;
    }

    BundleException error(String path, String problem) {
        String where = line.isEmpty() ? path : path.isEmpty() ? line : line + ", " + path;
        return new BundleException(file, where, problem);
    }

    JsonNode requireObject(JsonNode node, String path, String shape) throws BundleException {
        if (node == null || !node.isObject()) {
            throw error(path, "expected an object " + shape + ", found " + describe(node));
        }
        return node;
    }

    /** A text field; numbers are read as their text (a version {@code 7}). */
    Optional<String> text(JsonNode parent, String key, String path) throws BundleException {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isTextual() || v.isNumber()) {
            String s = v.asText().trim();
            if (s.isEmpty()) {
                throw error(path, "is empty");
            }
            return Optional.of(s);
        }
        throw error(path, "expected text, found " + describe(v));
    }

    String requireText(JsonNode parent, String key, String path) throws BundleException {
        return text(parent, key, path).orElseThrow(() -> error(path, "is missing"));
    }

    Optional<Boolean> bool(JsonNode parent, String key, String path) throws BundleException {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isBoolean()) {
            return Optional.of(v.asBoolean());
        }
        throw error(path, "expected true or false, found " + describe(v));
    }

    Optional<Instant> instant(JsonNode parent, String key, String path, ZoneId zone) throws BundleException {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw error(path, "expected a timestamp, found " + describe(v));
        }
        Optional<Instant> t = TimeParsing.parse(v.asText(), zone);
        if (t.isEmpty()) {
            throw error(path, "\"" + v.asText() + "\" is not a timestamp (ISO-8601 with or without offset, a date, "
                    + "or epoch seconds/milliseconds)");
        }
        return t;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isBoolean()) {
            return "the boolean " + node.asText();
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        return "the text \"" + node.asText() + "\"";
    }
}
