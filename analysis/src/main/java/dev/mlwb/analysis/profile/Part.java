package dev.mlwb.analysis.profile;

import dev.mlwb.analysis.data.Table;
import java.util.Optional;

/**
 * What one profile describes: a table (a features dataset, a predictions source), or the rows of one
 * arm of it when its rows are compared by arm (baseline and canary predictions in one file).
 *
 * @param table the table
 * @param arm the arm, if the profile holds only that arm's rows
 */
public record Part(Table table, Optional<String> arm) {
    public static Part of(Table table) {
        return new Part(table, Optional.empty());
    }

    /** {@code serving}, or {@code production, arm v42}. */
    public String label() {
        return table.name() + arm.map(a -> ", arm " + a).orElse("");
    }
}
