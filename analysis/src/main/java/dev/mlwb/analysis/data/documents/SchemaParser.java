package dev.mlwb.analysis.data.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mlwb.analysis.bundle.BundleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code schemas} files: {@code {"models": [...], "payloads": [...]}}. Every problem names
 * the file and the key path, e.g. {@code schemas.json: models[1].features[0].type: "float64" is
 * not one of double, long, string, boolean, timestamp}.
 */
public final class SchemaParser {
    private final String file;
    private final ZoneId zone;
    private final JsonFields fields;

    private SchemaParser(String file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
        this.fields = new JsonFields(file, "");
    }

    /** Parses several files into one document; a version listed twice (in any file) is an error. */
    public static SchemaDocument parse(List<Path> files, List<String> shownFiles, ZoneId zone) throws BundleException {
        List<ModelSchema> models = new ArrayList<>();
        List<PayloadSchema> payloads = new ArrayList<>();
        Map<String, String> seenModels = new HashMap<>();
        Map<String, String> seenPayloads = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String shown = shownFiles.get(i);
            String text;
            try {
                text = Files.readString(files.get(i));
            } catch (IOException e) {
                throw new BundleException(shown, "", "cannot be read: " + e.getMessage(), e);
            }
            SchemaDocument one = parse(shown, text, zone);
            for (ModelSchema m : one.models()) {
                unique(seenModels, m.version(), shown + " models[" + m.position() + "]", shown, "models", m.position());
                models.add(m);
            }
            for (PayloadSchema p : one.payloads()) {
                unique(seenPayloads, p.version(), shown + " payloads[" + p.position() + "]", shown, "payloads",
                        p.position());
                payloads.add(p);
            }
        }
        return new SchemaDocument(models, payloads);
    }

    private static void unique(Map<String, String> seen, String version, String where, String file, String list,
                               int position) throws BundleException {
        String before = seen.putIfAbsent(version, where);
        if (before != null) {
            throw new BundleException(file, list + "[" + position + "].version",
                    "version \"" + version + "\" is listed twice (also at " + before + ")");
        }
    }

    /** Parses one file's text. */
    public static SchemaDocument parse(String file, String text, ZoneId zone) throws BundleException {
        JsonNode root;
        try {
            root = JsonFields.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw BundleException.jsonSyntax(file, e, 0);
        }
        if (root == null || root.isMissingNode()) {
            throw new BundleException(file, "", "is empty; a schemas file holds {\"models\": [...], \"payloads\": [...]}");
        }
        return new SchemaParser(file, zone).read(root);
    }

    private SchemaDocument read(JsonNode root) throws BundleException {
        fields.requireObject(root, "", "{\"models\": [...], \"payloads\": [...]}");
        if (!root.has("models") && !root.has("payloads")) {
            throw fields.error("", "has neither \"models\" nor \"payloads\"");
        }
        List<ModelSchema> models = new ArrayList<>();
        JsonNode m = list(root, "models");
        for (int i = 0; i < m.size(); i++) {
            models.add(model(m.get(i), "models[" + i + "]", i));
        }
        List<PayloadSchema> payloads = new ArrayList<>();
        JsonNode p = list(root, "payloads");
        for (int i = 0; i < p.size(); i++) {
            payloads.add(payload(p.get(i), "payloads[" + i + "]", i));
        }
        return new SchemaDocument(models, payloads);
    }

    private JsonNode list(JsonNode root, String key) throws BundleException {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return JsonFields.MAPPER.createArrayNode();
        }
        if (!n.isArray()) {
            throw fields.error(key, "expected a list, found " + JsonFields.describe(n));
        }
        return n;
    }

    private ModelSchema model(JsonNode node, String path, int position) throws BundleException {
        fields.requireObject(node, path, "{\"version\": ..., \"features\": [...]}");
        String version = fields.requireText(node, "version", path + ".version");
        Optional<Instant> deployed = fields.instant(node, "deployed_at", path + ".deployed_at", zone);
        boolean strict = fields.bool(node, "strict", path + ".strict").orElse(false);
        return new ModelSchema(version, deployed, strict, features(node, path, true), file, position);
    }

    private PayloadSchema payload(JsonNode node, String path, int position) throws BundleException {
        fields.requireObject(node, path, "{\"version\": ..., \"features\": [...]}");
        String version = fields.requireText(node, "version", path + ".version");
        Optional<Instant> since = fields.instant(node, "used_since", path + ".used_since", zone);
        return new PayloadSchema(version, since, features(node, path, false), file, position);
    }

    private List<SchemaField> features(JsonNode parent, String path, boolean model) throws BundleException {
        JsonNode list = parent.get("features");
        if (list == null || list.isNull()) {
            throw fields.error(path + ".features", "is missing; list the fields as [{\"name\": ..., \"type\": ...}]");
        }
        if (!list.isArray()) {
            throw fields.error(path + ".features", "expected a list, found " + JsonFields.describe(list));
        }
        List<SchemaField> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < list.size(); j++) {
            String p = path + ".features[" + j + "]";
            JsonNode f = fields.requireObject(list.get(j), p, "{\"name\": ..., \"type\": ...}");
            String name = fields.requireText(f, "name", p + ".name");
            Integer before = seen.putIfAbsent(name, j);
            if (before != null) {
                throw fields.error(p + ".name", "field \"" + name + "\" is listed twice (also at " + path
                        + ".features[" + before + "])");
            }
            String typeText = fields.requireText(f, "type", p + ".type");
            FieldType type = FieldType.fromKey(typeText).orElseThrow(() -> fields.error(p + ".type",
                    "\"" + typeText + "\" is not one of " + FieldType.knownKeys()));
            boolean required = fields.bool(f, "required", p + ".required").orElse(model);
            out.add(new SchemaField(name, type, model && required));
        }
        return out;
    }
}
