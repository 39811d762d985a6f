package dev.mlwb.analysis.profile;

import dev.mlwb.analysis.data.FeatureColumn;

/**
 * A column a profile counts.
 *
 * @param name its name in the profile (a feature's name, or {@value #SCORE} for the model's score)
 * @param expression its values as SQL (DOUBLE for numeric, VARCHAR for categorical), safe to splice
 * @param numeric numeric or categorical
 */
public record ProfiledColumn(String name, String expression, boolean numeric) {
    /** The name the model's score goes by in profiles. */
    public static final String SCORE = "__score";

    public static ProfiledColumn of(FeatureColumn f) {
        return new ProfiledColumn(f.name(), f.expression(), f.numeric());
    }

    public static ProfiledColumn score() {
        return new ProfiledColumn(SCORE, "CAST(__score AS DOUBLE)", true);
    }
}
