package dev.mlwb.analysis.data.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mlwb.analysis.bundle.BundleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code environments} files: JSON lines, one fingerprint per line (a JSON array of the same
 * objects is accepted too). Problems name the file, the line and the key, e.g. {@code envs.jsonl:
 * line 3, packages.numpy: expected text, found a list}. Packages may be an object of name → version
 * or a list of requirement strings ({@code "numpy==1.24.1"}, {@code "torch>=2.0"}; a bare name means any
 * version, {@code *}).
 */
public final class EnvironmentParser {
    private static final Set<String> KNOWN = Set.of("run", "model_version", "started_at", "code_version",
            "data_version", "packages", "hardware", "seed", "artifact_sha256", "metrics");

    private EnvironmentParser() {
    }

    /** Every run of every file; a run id given twice is an error. */
    public static List<EnvironmentRun> parse(List<Path> files, List<String> shownFiles, ZoneId zone)
            throws BundleException {
        List<EnvironmentRun> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String text;
            try {
                text = Files.readString(files.get(i));
            } catch (IOException e) {
                throw new BundleException(shownFiles.get(i), "", "cannot be read: " + e.getMessage(), e);
            }
            for (EnvironmentRun r : parse(shownFiles.get(i), text, zone)) {
                String before = seen.putIfAbsent(r.run(), r.where());
                if (before != null) {
                    throw new BundleException(r.file(), r.location() + ", run", "run \"" + r.run()
                            + "\" is given twice (also at " + before + ")");
                }
                out.add(r);
            }
        }
        return out;
    }

    /** Parses one file's text. */
    public static List<EnvironmentRun> parse(String file, String text, ZoneId zone) throws BundleException {
        if (text.stripLeading().startsWith("[")) {
            return parseArray(file, text, zone);
        }
        List<EnvironmentRun> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JsonFields.MAPPER.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                throw BundleException.jsonSyntax(file, e, i);
            }
            String line = "line " + (i + 1);
            out.add(read(new JsonFields(file, line), node, file, line, zone));
        }
        return out;
    }

    private static List<EnvironmentRun> parseArray(String file, String text, ZoneId zone) throws BundleException {
        JsonNode root;
        try {
            root = JsonFields.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw BundleException.jsonSyntax(file, e, 0);
        }
        List<EnvironmentRun> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "[" + i + "]";
            out.add(read(new JsonFields(file, at), root.get(i), file, at, zone));
        }
        return out;
    }

    private static EnvironmentRun read(JsonFields f, JsonNode node, String file, String location, ZoneId zone)
            throws BundleException {
        f.requireObject(node, "", "{\"run\": ..., \"packages\": {...}, ...}");
        String run = f.requireText(node, "run", "run");
        return new EnvironmentRun(run, file, location, f.text(node, "model_version", "model_version"),
                f.instant(node, "started_at", "started_at", zone), f.text(node, "code_version", "code_version"),
                f.text(node, "data_version", "data_version"), packages(f, node.get("packages")),
                scalars(f, node.get("hardware"), "hardware"), f.text(node, "seed", "seed"),
                f.text(node, "artifact_sha256", "artifact_sha256"), metrics(f, node.get("metrics")), other(node));
    }

    private static Map<String, String> packages(JsonFields f, JsonNode node) throws BundleException {
        if (node == null || node.isNull() || !node.isArray()) {
            return scalars(f, node, "packages");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw f.error("packages[" + i + "]", "expected a requirement such as \"numpy==1.24.1\", found "
                        + JsonFields.describe(item));
            }
            String req = item.asText().trim();
            int cut = 0;
            while (cut < req.length() && "=<>~!^ @".indexOf(req.charAt(cut)) < 0) {
                cut++;
            }
            String version = req.substring(cut).trim();
            out.put(req.substring(0, cut), version.isEmpty() ? "*" : version.startsWith("==") ? version.substring(2).trim()
                    : version);
        }
        return out;
    }

    /** An object of name → scalar (text, number or boolean), read as text; a lone text is one entry. */
    private static Map<String, String> scalars(JsonFields f, JsonNode node, String key) throws BundleException {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.put(key, node.asText());
            return out;
        }
        if (!node.isObject()) {
            throw f.error(key, "expected an object of name → value, found " + JsonFields.describe(node));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            if (!v.isValueNode() || v.isNull()) {
                throw f.error(key + "." + e.getKey(), "expected text, found " + JsonFields.describe(v));
            }
            out.put(e.getKey(), v.asText());
        }
        return out;
    }

    private static Map<String, Double> metrics(JsonFields f, JsonNode node) throws BundleException {
        Map<String, Double> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw f.error("metrics", "expected an object of name → number, found " + JsonFields.describe(node));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isNumber()) {
                throw f.error("metrics." + e.getKey(), "expected a number, found " + JsonFields.describe(e.getValue()));
            }
            out.put(e.getKey(), e.getValue().asDouble());
        }
        return out;
    }

    private static Map<String, String> other(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (!KNOWN.contains(e.getKey()) && e.getValue().isValueNode() && !e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }
}
