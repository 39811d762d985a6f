package dev.mlwb.analysis.evidence;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One row of an environment comparison: a field ({@code packages.numpy}, {@code hardware.gpu},
 * {@code seed}, {@code artifact_sha256}, {@code metrics.auc}) and its value in each run.
 *
 * @param values one per run, in the comparison's run order; empty text where a run does not give it
 * @param differs whether the runs disagree (highlight the row)
 * @param unpinned whether some run gives a version range rather than a version (packages only)
 */
public record EnvironmentField(String field, List<String> values, boolean differs, boolean unpinned) {
    /** Top-level fields that describe where a run executed: a container image, the OS, the runtime. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile(
            "(^|[_.])(image|container|docker|python|os|platform|runtime|cuda|cudnn|driver|compiler|arch)([_.]|$)");

    /** What a field says about a run, which decides whether its difference is a cause, an effect or expected. */
    public enum Role {
        /** Identifies the run: model version, start time; expected to differ. */
        METADATA,
        /** The random seed. */
        SEED,
        /** Packages, hardware, image, OS: a difference here can make equal code and data train a different model. */
        ENVIRONMENT,
        /** What the run produced: artifact hash, metrics; a difference here is the symptom. */
        OUTCOME,
        /** Anything else the fingerprints carry. */
        OTHER
    }

    public EnvironmentField {
        values = List.copyOf(values);
    }

    /** The field's role, from its name (derived, so not part of the serialised evidence). */
    public Role role() {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.equals("model_version") || f.equals("started_at") || f.equals("finished_at")) {
            return Role.METADATA;
        }
        if (f.equals("seed")) {
            return Role.SEED;
        }
        if (f.equals("artifact_sha256") || f.startsWith("metrics.")) {
            return Role.OUTCOME;
        }
        if (f.startsWith("packages.") || f.startsWith("hardware.") || ENVIRONMENT_NAME.matcher(f).find()) {
            return Role.ENVIRONMENT;
        }
        return Role.OTHER;
    }
}
