package dev.mlwb.analysis.profile;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * What computes profiles: two passes over a target's rows, every column at once. This is the seam where
 * another engine (Spark SQL, Trino) would compute the same summaries for a source that lives in a data
 * lake: see {@code docs/architecture.md}.
 */
public interface ProfileEngine {
    /**
     * The first pass (for the parts whose values place the fine edges): rows, time span, and per column
     * count, range and sample quantiles at {@link FineEdges#levels()} (numeric) or an estimate of the
     * distinct values (categorical).
     */
    Map<Part, PartShape> shape(ProfileTarget target) throws SQLException;

    /**
     * The first pass over the first {@code rows} rows only, without a time span: for categorical columns, whose
     * share of distinct values among the first rows tells identifiers from categories at a fraction of a pass.
     */
    Map<Part, PartShape> head(ProfileTarget target, long rows) throws SQLException;

    /** First and last timestamp of a timed target's rows (epoch µs), if it has any. */
    Optional<long[]> span(ProfileTarget target) throws SQLException;

    /** The second pass: counts per bin, category and time window, and the entity sample, as planned. */
    Map<Part, PartProfile> profile(ProfileTarget target, ProfilePlan plan) throws SQLException;
}
