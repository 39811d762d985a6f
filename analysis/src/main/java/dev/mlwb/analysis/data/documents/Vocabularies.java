package dev.mlwb.analysis.data.documents;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.data.DocumentSource;
import dev.mlwb.analysis.data.IncidentData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The categories the model's encoders know, from the bundle's {@code vocabularies} sources: JSON
 * objects mapping a feature to the list of its categories ({@code {"txn_category": ["grocery",
 * "travel"]}}). Numbers and booleans in a list count as their text. Several files are merged.
 */
public final class Vocabularies {
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, Set<String>> known;
    private final Map<String, String> files;

    private Vocabularies(Map<String, Set<String>> known, Map<String, String> files) {
        this.known = known;
        this.files = files;
    }

    /** No vocabulary at all. */
    public static Vocabularies none() {
        return new Vocabularies(Map.of(), Map.of());
    }

    /**
     * Reads every vocabularies source of the incident.
     *
     * @throws BundleException naming the file, line and column of the first problem
     */
    public static Vocabularies of(IncidentData data) throws BundleException {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (DocumentSource d : data.documents(Role.VOCABULARIES)) {
            for (int i = 0; i < d.files().size(); i++) {
                read(d.files().get(i), d.shownFiles().get(i), known, files);
            }
        }
        return new Vocabularies(known, files);
    }

    /** The categories known for a feature, if a vocabulary lists it. */
    public Optional<Set<String>> categories(String feature) {
        return Optional.ofNullable(known.get(feature)).map(Set::copyOf);
    }

    /** The file (as shown to people) whose vocabulary lists a feature. */
    public Optional<String> file(String feature) {
        return Optional.ofNullable(files.get(feature));
    }

    public boolean isEmpty() {
        return known.isEmpty();
    }

    static void read(Path file, String shown, Map<String, Set<String>> known, Map<String, String> files)
            throws BundleException {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(shown, p, "a vocabulary must be a JSON object mapping each feature to the list of its "
                        + "categories, e.g. {\"txn_category\": [\"grocery\", \"travel\"]}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String feature = p.currentName();
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw error(shown, p, "\"" + feature + "\" must map to a list of categories, not "
                            + describe(p.currentToken()));
                }
                Set<String> values = known.computeIfAbsent(feature, k -> new LinkedHashSet<>());
                files.putIfAbsent(feature, shown);
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
                        throw error(shown, p, "the categories of \"" + feature + "\" must be text or numbers, not "
                                + describe(t));
                    }
                    values.add(p.getText());
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new BundleException(shown, loc == null ? "" : "line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr(), "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BundleException(shown, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static BundleException error(String shown, JsonParser p, String problem) {
        JsonLocation loc = p.currentTokenLocation();
        return new BundleException(shown, "line " + loc.getLineNr() + ", column " + loc.getColumnNr(), problem);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "text";
            default -> "a " + t.name().toLowerCase(java.util.Locale.ROOT).replace("value_", "").replace('_', ' ');
        };
    }

    /** Every feature a vocabulary lists. */
    public List<String> features() {
        return List.copyOf(known.keySet());
    }
}
