package dev.mlwb.analysis.checks.deploy;

import dev.mlwb.analysis.data.documents.ModelSchema;
import dev.mlwb.analysis.data.documents.PayloadSchema;
import dev.mlwb.analysis.data.documents.SchemaField;
import dev.mlwb.analysis.evidence.FieldDiff;
import dev.mlwb.analysis.evidence.FieldStatus;
import dev.mlwb.analysis.evidence.VersionVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Compares one model's schema with a payload's, field by field, and words the verdict. */
final class SchemaDiff {
    private SchemaDiff() {
    }

    /**
     * @param role {@code current} for the model in service, {@code rollback} for an earlier one
     */
    static VersionVerdict compare(ModelSchema model, PayloadSchema payload, String role) {
        List<FieldDiff> fields = new ArrayList<>();
        for (SchemaField m : model.features()) {
            Optional<SchemaField> p = payload.field(m.name());
            FieldStatus status;
            if (p.isEmpty()) {
                status = m.required() ? FieldStatus.MISSING_REQUIRED : FieldStatus.MISSING_OPTIONAL;
            } else {
                status = p.get().type() == m.type() ? FieldStatus.OK : FieldStatus.TYPE_CHANGED;
            }
            fields.add(new FieldDiff(m.name(), Optional.of(m.type().key()), p.map(f -> f.type().key()), m.required(),
                    status, status.breaks(m.required())));
        }
        for (SchemaField p : payload.features()) {
            if (model.field(p.name()).isEmpty()) {
                FieldStatus status = model.strict() ? FieldStatus.UNKNOWN_REJECTED : FieldStatus.UNKNOWN_IGNORED;
                fields.add(new FieldDiff(p.name(), Optional.empty(), Optional.of(p.type().key()), false, status,
                        status.breaks(false)));
            }
        }
        fields.sort(Comparator.comparing((FieldDiff f) -> !f.breaks()).thenComparing(FieldDiff::status));
        boolean safe = fields.stream().noneMatch(FieldDiff::breaks);
        return new VersionVerdict(model.version(), role, model.deployedAt(), model.strict(), safe,
                verdict(model, role, safe, fields), fields);
    }

    private static String verdict(ModelSchema model, String role, boolean safe, List<FieldDiff> fields) {
        String who = role.equals("current") ? model.version() + " (in service)" : "rollback to " + model.version();
        List<String> reasons = new ArrayList<>();
        for (FieldDiff f : fields) {
            String name = "`" + f.field() + "`";
            switch (f.status()) {
                case MISSING_REQUIRED -> reasons.add("requires " + name + " (missing)");
                case TYPE_CHANGED -> reasons.add(name + " " + f.modelType().orElse("?") + " → "
                        + f.payloadType().orElse("?") + (f.required() ? "" : " (optional)"));
                case UNKNOWN_REJECTED -> reasons.add("strict, rejects unknown " + name);
                case MISSING_OPTIONAL -> reasons.add(name + " missing (optional, default used)");
                case UNKNOWN_IGNORED -> reasons.add("ignores " + name);
                case OK -> {
                    // nothing to say
                }
            }
        }
        String head = who + ": " + (safe ? "safe" : "unsafe");
        return reasons.isEmpty() ? head : head + ": " + String.join(", ", reasons);
    }
}
