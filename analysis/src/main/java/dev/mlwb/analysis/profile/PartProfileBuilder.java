package dev.mlwb.analysis.profile;

import dev.mlwb.analysis.data.Row;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects the second pass's rows of one part (one row per time window, {@code w} NULL for an untimed
 * part) into its {@link PartProfile}: per column the window's counts, summed into the overall ones.
 */
final class PartProfileBuilder {
    private final Part part;
    private final ProfileTarget target;
    private final ProfilePlan plan;
    private long rows;
    private final SortedMap<Long, Long> windowRows = new TreeMap<>();
    private final Map<String, Numeric> numeric = new LinkedHashMap<>();
    private final Map<String, Categorical> categorical = new LinkedHashMap<>();

    PartProfileBuilder(Part part, ProfileTarget target, ProfilePlan plan) {
        this.part = part;
        this.target = target;
        this.plan = plan;
        for (ProfiledColumn c : target.columns()) {
            if (c.numeric()) {
                numeric.put(c.name(), new Numeric(plan.edges().get(c.name())));
            } else {
                categorical.put(c.name(), new Categorical(plan.identifiers().contains(c.name())));
            }
        }
    }

    Part part() {
        return part;
    }

    void add(Row r) {
        long n = r.lng("n");
        rows += n;
        Long w = r.isNull("w") ? null : r.lng("w");
        if (w != null) {
            windowRows.merge(w, n, Long::sum);
        }
        List<ProfiledColumn> columns = target.columns();
        for (int i = 0; i < columns.size(); i++) {
            ProfiledColumn c = columns.get(i);
            if (c.numeric()) {
                numeric.get(c.name()).add(w, n, r, i);
            } else {
                categorical.get(c.name()).add(w, n, r, i);
            }
        }
    }

    PartProfile build() {
        Map<String, NumericProfile> nums = new LinkedHashMap<>();
        numeric.forEach((name, b) -> nums.put(name, b.build(name, rows)));
        Map<String, CategoricalProfile> cats = new LinkedHashMap<>();
        categorical.forEach((name, b) -> cats.put(name, b.build(name, rows)));
        Optional<Duration> window = target.timed() && !windowRows.isEmpty() ? plan.window() : Optional.empty();
        return new PartProfile(part, rows, window, windowRows, nums, cats);
    }

    /** The elements of a LIST column (empty for NULL). */
    static Object[] list(Row r, String column) {
        Object v = r.get(column);
        if (v == null) {
            return new Object[0];
        }
        try {
            return v instanceof java.sql.Array a ? (Object[]) a.getArray() : ((List<?>) v).toArray();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the list " + column + ": " + e.getMessage(), e);
        }
    }

    /** A numeric column's windows as they arrive. */
    private static final class Numeric {
        private final double[] edges;
        private final SortedMap<Long, NumericProfile.Window> windows = new TreeMap<>();
        private Distribution overall;
        private long nonNull;
        private long nans;

        Numeric(double[] edges) {
            this.edges = edges;
            overall = Distribution.empty(edges == null, edges == null ? new double[0] : edges);
        }

        void add(Long w, long n, Row r, int i) {
            long nn = r.lng("nn" + i);
            long nan = r.lng("nan" + i);
            Object[] values = list(r, "hv" + i);
            double lo = r.dbl("lo" + i);
            double hi = r.dbl("hi" + i);
            Distribution d;
            if (edges == null) {
                Object[] keys = list(r, "hk" + i);
                Map<Double, Long> counts = new HashMap<>();
                for (int k = 0; k < keys.length; k++) {
                    counts.merge(((Number) keys[k]).doubleValue(), ((Number) values[k]).longValue(), Long::sum);
                }
                d = Distribution.exact(counts);
                if (d.total() > 0) {
                    d = new Distribution(true, d.uppers(), d.counts(), lo, hi);
                }
            } else {
                // one count per edge in order, and one more for values above the last edge when there are any
                long[] counts = new long[edges.length + 1];
                for (int k = 0; k < values.length; k++) {
                    counts[k] = ((Number) values[k]).longValue();
                }
                d = new Distribution(false, Distribution.withInfinity(edges), counts, lo, hi);
            }
            overall = overall.plus(d);
            nonNull += nn;
            nans += nan;
            if (w != null) {
                windows.put(w, new NumericProfile.Window(n, nn, d));
            }
        }

        NumericProfile build(String name, long rows) {
            return new NumericProfile(name, rows, nonNull, nans, overall, windows);
        }
    }

    /** A categorical column's windows as they arrive. */
    private static final class Categorical {
        private final boolean identifier;
        private final SortedMap<Long, CategoricalProfile.Window> windows = new TreeMap<>();
        private final Map<String, Long> counts = new HashMap<>();
        private long nonNull;
        private long distinct;

        Categorical(boolean identifier) {
            this.identifier = identifier;
        }

        void add(Long w, long n, Row r, int i) {
            long nn = r.lng("nn" + i);
            nonNull += nn;
            Map<String, Long> window = new HashMap<>();
            if (identifier) {
                distinct = Math.max(distinct, r.lng("hv" + i));
            } else {
                Object[] keys = list(r, "hk" + i);
                Object[] values = list(r, "hv" + i);
                for (int k = 0; k < keys.length; k++) {
                    window.merge(String.valueOf(keys[k]), ((Number) values[k]).longValue(), Long::sum);
                }
                window.forEach((k, v) -> counts.merge(k, v, Long::sum));
            }
            if (w != null) {
                windows.put(w, new CategoricalProfile.Window(n, nn, window));
            }
        }

        CategoricalProfile build(String name, long rows) {
            Map<String, Long> sorted = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            long d = identifier ? distinct : sorted.size();
            boolean idLike = identifier || CategoricalProfile.identifierLike(d, nonNull);
            return new CategoricalProfile(name, rows, nonNull, idLike, d, sorted, windows);
        }
    }
}
