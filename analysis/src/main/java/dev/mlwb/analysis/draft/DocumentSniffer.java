package dev.mlwb.analysis.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.draft.FileProfile.DocumentKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Tells JSON documents and folders that map onto a role by their structure: a feature schema
 * ({@code models}/{@code payloads}), an encoder vocabulary (name → list of categories), environment
 * fingerprints (lines with {@code run} and {@code packages}...), an OpenTelemetry logs export
 * ({@code resourceLogs}), a saved Prometheus {@code query_range} response, an MLflow tracking folder.
 */
final class DocumentSniffer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_DOCUMENT_BYTES = 64L << 20;
    private static final Set<String> FINGERPRINT_KEYS = Set.of("packages", "hardware", "code_version", "data_version",
            "artifact_sha256", "seed");

    private DocumentSniffer() {
    }

    /** What a JSON or JSON-lines file is, when it is a document rather than a table. */
    static Optional<DocumentKind> sniff(Path file, SourceFormat format) {
        try {
            if (format == SourceFormat.JSONL) {
                return firstLine(file).flatMap(DocumentSniffer::parse).flatMap(DocumentSniffer::lineKind);
            }
            if (format == SourceFormat.JSON && Files.size(file) <= MAX_DOCUMENT_BYTES) {
                try (InputStream in = open(file)) {
                    return documentKind(JSON.readTree(in));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a folder is an MLflow tracking folder: experiment folders holding {@code meta.yaml}. */
    static boolean isMlflowFolder(Path dir) {
        if (dir.getFileName() != null && dir.getFileName().toString().equals("mlruns")) {
            return true;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).anyMatch(DocumentSniffer::isExperiment);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isExperiment(Path dir) {
        Path meta = dir.resolve("meta.yaml");
        try {
            return Files.isRegularFile(meta) && Files.readString(meta).contains("experiment_id");
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<DocumentKind> lineKind(JsonNode line) {
        if (line.has("resourceLogs")) {
            return Optional.of(DocumentKind.OTLP_LOGS);
        }
        if (line.has("run") && FINGERPRINT_KEYS.stream().anyMatch(line::has)) {
            return Optional.of(DocumentKind.ENVIRONMENTS);
        }
        return Optional.empty();
    }

    private static Optional<DocumentKind> documentKind(JsonNode root) {
        if (root == null) {
            return Optional.empty();
        }
        if (root.isArray()) {
            return root.isEmpty() || !root.get(0).isObject() ? Optional.empty() : lineKind(root.get(0));
        }
        if (!root.isObject()) {
            return Optional.empty();
        }
        if (root.has("resourceLogs")) {
            return Optional.of(DocumentKind.OTLP_LOGS);
        }
        if (root.has("status") && root.path("data").has("resultType")) {
            return Optional.of(DocumentKind.PROMETHEUS);
        }
        if (root.path("models").isArray() || root.path("payloads").isArray()) {
            return Optional.of(DocumentKind.SCHEMAS);
        }
        return isVocabulary(root) ? Optional.of(DocumentKind.VOCABULARIES) : lineKind(root);
    }

    /** Every value a list of text: {@code {"feature": ["a", "b"]}}. */
    private static boolean isVocabulary(JsonNode root) {
        if (root.isEmpty()) {
            return false;
        }
        Iterator<JsonNode> values = root.elements();
        while (values.hasNext()) {
            JsonNode v = values.next();
            if (!v.isArray()) {
                return false;
            }
            for (JsonNode item : v) {
                if (!item.isValueNode()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Optional<String> firstLine(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(JSON.readTree(text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
