package dev.mlwb.analysis.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mlwb.analysis.time.TimeParsing;
import dev.mlwb.analysis.time.TimeRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code incident.yaml} / {@code incident.json} into a {@link Manifest}, checking every key
 * the bundle format defines. Syntax errors name the line and column; semantic errors name the key
 * path ({@code sources[2].role}). Unknown keys are accepted with a warning, so that newer bundles
 * still open.
 */
public final class ManifestParser {
    private static final Set<String> TOP_KEYS = Set.of("format", "title", "description", "timezone", "window",
            "arms", "thresholds", "comparisons", "critical_slices", "production_dataset", "sources");
    private static final Set<String> SOURCE_KEYS = Set.of("role", "path", "name", "format", "dataset", "features",
            "categorical", "slices", "feature_timestamps", "metrics");

    private final String file;
    private final List<String> warnings = new ArrayList<>();

    private ManifestParser(String file) {
        this.file = file;
    }

    /** Parses the manifest file at {@code path}; YAML unless the name ends in {@code .json}. */
    public static Manifest parse(Path path) throws BundleException {
        String name = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return parse(name, in);
        } catch (IOException e) {
            throw new BundleException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses a manifest named {@code file} from a stream. */
    public static Manifest parse(String file, InputStream in) throws BundleException {
        ObjectMapper mapper = file.toLowerCase(Locale.ROOT).endsWith(".json")
                ? JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build()
                : YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException e) {
            throw new BundleException(file, "", "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new BundleException(file, "", "is empty; a manifest needs at least format, title and sources");
        }
        return new ManifestParser(file).read(root);
    }

    static BundleException syntaxError(String file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0 ? ""
                : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        // keep the parser's own sentences; drop its source excerpts and "in 'reader'" positions
        String message = e.getOriginalMessage().lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("at [Source"))
                .map(String::trim)
                .collect(java.util.stream.Collectors.joining("; "));
        return new BundleException(file, where, "not valid " + (file.endsWith(".json") ? "JSON" : "YAML")
                + ": " + message, e);
    }

    private Manifest read(JsonNode root) throws BundleException {
        if (!root.isObject()) {
            throw error("", "must be a mapping of keys (format, title, sources, ...), not " + describe(root));
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!TOP_KEYS.contains(k)) {
                warnings.add(file + ": " + k + ": unknown key, ignored (known: " + String.join(", ", sorted(TOP_KEYS)) + ")");
            }
        });
        String format = requireText(root, "format", "format");
        if (!format.equals(Manifest.FORMAT)) {
            throw error("format", "is \"" + format + "\"; this version reads \"" + Manifest.FORMAT + "\"");
        }
        String title = requireText(root, "title", "title");
        String description = optText(root, "description", "description").orElse("");
        ZoneId zone = readZone(root);
        Optional<TimeRange> window = readWindow(root.get("window"), zone);
        Arms arms = readArms(root.get("arms"));
        Map<String, Map<String, Double>> thresholds = readThresholds(root.get("thresholds"));
        List<Comparison> comparisons = readComparisons(root.get("comparisons"));
        List<SliceKey> critical = readCriticalSlices(root.get("critical_slices"));
        String production = optText(root, "production_dataset", "production_dataset").orElse("production");
        List<SourceSpec> sources = readSources(root.get("sources"));
        return new Manifest(file, format, title, description, zone, window, arms, thresholds,
                comparisons.isEmpty() ? Manifest.DEFAULT_COMPARISONS : comparisons, !comparisons.isEmpty(),
                critical, production, sources, warnings);
    }

    private ZoneId readZone(JsonNode root) throws BundleException {
        Optional<String> tz = optText(root, "timezone", "timezone");
        if (tz.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tz.get());
        } catch (DateTimeException e) {
            throw error("timezone", "\"" + tz.get() + "\" is not a time zone (use e.g. UTC, Europe/Berlin, +02:00)");
        }
    }

    private Optional<TimeRange> readWindow(JsonNode node, ZoneId zone) throws BundleException {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        requireObject(node, "window", "{start: ..., end: ...}");
        Instant start = readInstant(node, "window.start", "start", zone);
        Instant end = readInstant(node, "window.end", "end", zone);
        if (end.isBefore(start)) {
            throw error("window", "ends (" + end + ") before it starts (" + start + ")");
        }
        return Optional.of(new TimeRange(start, end));
    }

    private Instant readInstant(JsonNode parent, String path, String key, ZoneId zone) throws BundleException {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            throw error(path, "is required");
        }
        Optional<Instant> t = v.isNumber() ? Optional.of(TimeParsing.fromEpoch(v.asDouble()))
                : TimeParsing.parse(v.asText(), zone);
        return t.orElseThrow(() -> error(path, "\"" + v.asText()
                + "\" is not a timestamp (ISO-8601 such as 2026-01-15T10:00:00Z, a date, or epoch seconds)"));
    }

    private Arms readArms(JsonNode node) throws BundleException {
        if (node == null || node.isNull()) {
            return Arms.DEFAULT;
        }
        requireObject(node, "arms", "{baseline: ..., canary: ...}");
        String baseline = optText(node, "baseline", "arms.baseline").orElse(Arms.DEFAULT.baseline());
        String canary = optText(node, "canary", "arms.canary").orElse(Arms.DEFAULT.canary());
        if (baseline.equals(canary)) {
            throw error("arms", "baseline and canary are both \"" + baseline + "\"");
        }
        return new Arms(baseline, canary);
    }

    private Map<String, Map<String, Double>> readThresholds(JsonNode node) throws BundleException {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        requireObject(node, "thresholds", "check id → {key: number}");
        for (Map.Entry<String, JsonNode> check : node.properties()) {
            String path = "thresholds." + check.getKey();
            requireObject(check.getValue(), path, "{key: number}");
            Map<String, Double> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> kv : check.getValue().properties()) {
                if (!kv.getValue().isNumber()) {
                    throw error(path + "." + kv.getKey(), "must be a number, not " + describe(kv.getValue()));
                }
                values.put(kv.getKey(), kv.getValue().doubleValue());
            }
            out.put(check.getKey(), values);
        }
        return out;
    }

    private List<Comparison> readComparisons(JsonNode node) throws BundleException {
        List<Comparison> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        requireArray(node, "comparisons");
        for (int i = 0; i < node.size(); i++) {
            String path = "comparisons[" + i + "]";
            JsonNode c = node.get(i);
            requireObject(c, path, "{reference: ..., current: ...}");
            out.add(new Comparison(requireText(c, "reference", path + ".reference"),
                    requireText(c, "current", path + ".current")));
        }
        return out;
    }

    private List<SliceKey> readCriticalSlices(JsonNode node) throws BundleException {
        List<SliceKey> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        requireArray(node, "critical_slices");
        for (int i = 0; i < node.size(); i++) {
            String text = node.get(i).asText();
            final int index = i;
            out.add(SliceKey.parse(text).orElseThrow(() -> error("critical_slices[" + index + "]",
                    "\"" + text + "\" is not a slice; write column=value or a=x,b=y")));
        }
        return out;
    }

    private List<SourceSpec> readSources(JsonNode node) throws BundleException {
        if (node == null || node.isNull()) {
            throw error("sources", "is required: list the bundle's files with their roles");
        }
        requireArray(node, "sources");
        if (node.isEmpty()) {
            throw error("sources", "is empty: list the bundle's files with their roles");
        }
        List<SourceSpec> out = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new SourceReader(this, i).read(node.get(i)));
            named.add(node.get(i).hasNonNull("name"));
        }
        return SourceNames.assign(this, out, named);
    }

    // --- small typed readers shared with SourceReader -------------------------------------------

    BundleException error(String path, String problem) {
        return new BundleException(file, path, problem);
    }

    void warn(String message) {
        warnings.add(file + ": " + message);
    }

    String requireText(JsonNode parent, String key, String path) throws BundleException {
        return optText(parent, key, path).orElseThrow(() -> error(path, "is required"));
    }

    Optional<String> optText(JsonNode parent, String key, String path) throws BundleException {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw error(path, "must be text, not " + describe(v));
        }
        String text = v.asText().trim();
        if (text.isEmpty()) {
            throw error(path, "is empty");
        }
        return Optional.of(v.asText());
    }

    List<String> optTextList(JsonNode parent, String key, String path) throws BundleException {
        JsonNode v = parent.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText());
            return out;
        }
        requireArray(v, path);
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isValueNode()) {
                throw error(path + "[" + i + "]", "must be a column name, not " + describe(v.get(i)));
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    Map<String, String> optTextMap(JsonNode parent, String key, String path) throws BundleException {
        JsonNode v = parent.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        requireObject(v, path, "{name: column}");
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw error(path + "." + e.getKey(), "must be a column name, not " + describe(e.getValue()));
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    void requireObject(JsonNode node, String path, String shape) throws BundleException {
        if (!node.isObject()) {
            throw error(path, "must be a mapping " + shape + ", not " + describe(node));
        }
    }

    void requireArray(JsonNode node, String path) throws BundleException {
        if (!node.isArray()) {
            throw error(path, "must be a list, not " + describe(node));
        }
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "the text \"" + node.asText() + "\"";
        }
        return node.isNull() ? "null" : node.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + node;
    }

    static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    static Set<String> sourceKeys() {
        return SOURCE_KEYS;
    }
}
