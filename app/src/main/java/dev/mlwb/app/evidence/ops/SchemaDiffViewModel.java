package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.evidence.FieldDiff;
import dev.mlwb.analysis.evidence.FieldStatus;
import dev.mlwb.analysis.evidence.SchemaCompatibility;
import dev.mlwb.analysis.evidence.VersionVerdict;
import dev.mlwb.app.evidence.Times;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The payload in use against every model version: a verdict per version (can we roll back to it?)
 * and, for the selected version, the schema diff field by field. Opens on the first unsafe rollback.
 */
public final class SchemaDiffViewModel {
    private final SchemaCompatibility c;
    private final ObjectProperty<VersionVerdict> selected = new SimpleObjectProperty<>();

    public SchemaDiffViewModel(SchemaCompatibility compatibility, Optional<String> focusVersion) {
        this.c = compatibility;
        selected.set(focusVersion.flatMap(v -> c.versions().stream().filter(x -> x.version().equals(v)).findFirst())
                .or(() -> c.versions().stream().filter(v -> !v.safe() && v.role().equals("rollback")).findFirst())
                .orElse(c.versions().isEmpty() ? null : c.versions().get(0)));
    }

    public String title() {
        return "Schema diff: " + c.title();
    }

    public String caption() {
        long unsafe = c.versions().stream().filter(v -> !v.safe()).count();
        return "Payload " + c.payloadVersion() + c.payloadSince().map(t -> " (sent since " + Times.minute(t) + ")")
                .orElse("") + " against the model in service (" + c.currentModel() + ") and every version a rollback "
                + "could return to: " + unsafe + " of " + c.versions().size() + " would break. Select a version for "
                + "its field-by-field diff.";
    }

    public List<VersionVerdict> versions() {
        return c.versions();
    }

    public ObjectProperty<VersionVerdict> selectedProperty() {
        return selected;
    }

    public String fieldsHeading() {
        VersionVerdict v = selected.get();
        return v == null ? "" : "Fields of " + v.version() + " against payload " + c.payloadVersion() + ": "
                + v.verdict();
    }

    public List<FieldDiff> fields() {
        return selected.get() == null ? List.of() : selected.get().fields();
    }

    public static String verdictWord(VersionVerdict v) {
        return v.safe() ? "safe" : "UNSAFE";
    }

    public static String status(FieldDiff f) {
        return switch (f.status()) {
            case OK -> "same";
            case MISSING_REQUIRED -> "missing from the payload (required)";
            case MISSING_OPTIONAL -> "missing from the payload (default used)";
            case TYPE_CHANGED -> "type changed";
            case UNKNOWN_REJECTED -> "unknown to a strict model: rejected";
            case UNKNOWN_IGNORED -> "unknown to the model: ignored";
        };
    }

    public static Set<String> fieldStates(FieldDiff f) {
        return f.breaks() ? Set.of("bad") : f.status() == FieldStatus.OK ? Set.of() : Set.of("warn");
    }

    public static Set<String> versionStates(VersionVerdict v) {
        return v.safe() ? Set.of("good") : Set.of("bad");
    }

    public static String role(VersionVerdict v) {
        return v.role().toLowerCase(Locale.ROOT).equals("current") ? "in service" : "rollback target";
    }
}
