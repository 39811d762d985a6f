package dev.mlwb.analysis.profile;

import java.util.List;

/**
 * The rows of a part whose entity hashes to 0 modulo {@link #modulus()}: the same entities in every part
 * sampled with the same modulus, so two samples join like the full tables would, on about 1/modulus of
 * the rows. Kept as a DuckDB table with columns {@code e} (entity), {@code t} (timestamp or NULL) and
 * {@code v0 … vN} (the part's columns in {@link #columns()} order).
 *
 * @param table the DuckDB table holding the sample, safe to splice
 * @param modulus the sampling modulus
 * @param columns the profiled columns' names, in the order of {@code v0 … vN}
 * @param rows sampled rows
 */
public record EntitySample(String table, long modulus, List<String> columns, long rows) {
    public EntitySample {
        columns = List.copyOf(columns);
    }

    /** The sample's column holding a profiled column, e.g. {@code v3}. */
    public String column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("the sample has no column " + name);
        }
        return "v" + i;
    }
}
