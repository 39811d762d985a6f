package dev.mlwb.analysis.profile;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.data.documents.Vocabularies;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what to profile and in what order, then has the engine do it.
 *
 * <ul>
 *   <li>Targets: every features dataset that a comparison or a vocabulary concerns (all its features), and
 *       the predictions whose score a comparison compares (split by arm when baseline and canary share a file).</li>
 *   <li>Small targets ({@value #EXACT_ROWS} rows or fewer, and {@value #EXACT_CELLS} numeric values or fewer)
 *       are counted exactly, per value, in one pass: every statistic computed from them is exact.</li>
 *   <li>Larger targets are counted on shared fine edges per numeric column ({@link FineEdges}), placed from the
 *       column's reference: the reference of the first comparison that compares it. A larger edge source first
 *       gets a shape pass (range and sample quantiles). Categorical columns whose values are mostly distinct among
 *       their reference's first {@value #HEAD_ROWS} rows, or that would hold more than
 *       {@value #MAX_COUNTED_CATEGORIES} categories at that rate, are not counted per category.</li>
 *   <li>Only a current side is counted per time window: the checks follow the current side over time against the
 *       reference as a whole, so a part that is only ever a reference is counted overall (grouping by window
 *       made the pass over the categories of a 1M-row reference about five times as long).</li>
 *   <li>Categories are counted in two stages on one profiler: {@link Stage#CATEGORIES} counts every part's
 *       categories overall (what the unseen-category check reads, so its findings come first), then
 *       {@link Stage#CATEGORICAL} counts the current sides again per window (what drift follows over time);
 *       {@link Profiles} runs them in that order and keeps each result.</li>
 * </ul>
 */
final class Profiler {
    static final long EXACT_ROWS = 50_000;
    static final long EXACT_CELLS = 2_000_000;
    static final long MAX_COUNTED_CATEGORIES = 200_000;
    /** Rows whose distinct values tell a large source's identifiers from its categories. */
    static final long HEAD_ROWS = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(Profiler.class);

    private final IncidentData data;
    private final ProfileEngine engine;
    private final Map<Table, ProfileTarget> targets = new LinkedHashMap<>();
    /** Per numeric column name: the part whose values place its edges. */
    private final Map<String, Part> edgeSources = new LinkedHashMap<>();
    /** Per categorical column name: the part whose shape tells whether it holds categories or identifiers. */
    private final Map<String, Part> categorySources = new LinkedHashMap<>();
    /** Per numeric column name: the parts that are a reference for it (their ranges become edges too). */
    private final Map<String, Set<Part>> references = new LinkedHashMap<>();
    private final Map<Part, PartShape> shapes = new LinkedHashMap<>();
    private final Map<Part, PartProfile> profiles = new LinkedHashMap<>();
    /** Tables that some comparison reads as its reference, and those it reads as its current side. */
    private final Set<Table> referenceSides = new HashSet<>();
    private final Set<Table> currentSides = new HashSet<>();

    private final double windowHours;

    /**
     * @param windowHours the window length in hours, or 0 to choose it from each part's span
     */
    Profiler(IncidentData data, ProfileEngine engine, double windowHours) {
        this.data = data;
        this.engine = engine;
        this.windowHours = windowHours;
    }

    /**
     * What a run profiles: the categorical columns overall (cheapest, so their checks report first), the categorical
     * columns with the current sides per window (after {@link #CATEGORIES} on the same profiler), or the numeric ones.
     */
    enum Stage { CATEGORIES, CATEGORICAL, NUMERIC }

    private Stage ran;

    Profiles run(Stage stage) throws SQLException {
        if (stage == Stage.CATEGORICAL) {
            if (ran != Stage.CATEGORIES) {
                throw new IllegalStateException("categories per window are counted after CATEGORIES; this profiler ran " + ran);
            }
            ran = stage;
            // the head pass's judgement of identifiers (in shapes) holds; only the parts followed over time are counted again
            for (ProfileTarget t : targets.values()) {
                Optional<Duration> window = window(t);
                if (window.isPresent()) {
                    profile(t, Map.of(), window);
                }
            }
            return new Profiles(profiles);
        }
        if (ran != null) {
            throw new IllegalStateException("a profiler runs one stage, or CATEGORIES then CATEGORICAL; it ran " + ran);
        }
        ran = stage;
        plan();
        targets.replaceAll((table, t) -> new ProfileTarget(table, t.byArm(), t.columns().stream()
                .filter(c -> c.numeric() == (stage == Stage.NUMERIC)).toList()));
        targets.values().removeIf(t -> t.columns().isEmpty());
        for (ProfileTarget t : targets.values()) {
            if (!exact(t) && stage == Stage.NUMERIC && isEdgeSource(t)) {
                shapes.putAll(engine.shape(t));
            } else if (!exact(t) && stage == Stage.CATEGORIES && isCategorySource(t)) {
                shapes.putAll(engine.head(t, HEAD_ROWS));
            }
        }
        boolean windows = stage == Stage.NUMERIC;
        for (ProfileTarget t : targets.values()) {
            if (exact(t) && isEdgeSource(t)) {
                profile(t, Map.of(), windows ? window(t) : Optional.empty());
            }
        }
        Map<String, double[]> edges = edges();
        for (ProfileTarget t : targets.values()) {
            if (profiles.keySet().stream().noneMatch(p -> p.table().equals(t.table()))) {
                profile(t, exact(t) ? Map.of() : edges, windows ? window(t) : Optional.empty());
            }
        }
        return new Profiles(profiles);
    }

    /** The targets, edge sources and references, from the comparisons and the vocabularies. */
    private void plan() {
        Set<String> listed = vocabularyFeatures();
        for (Comparison c : data.manifest().comparisons()) {
            Optional<Table> ref = data.features(c.reference());
            Optional<Table> cur = data.features(c.current());
            if (ref.isPresent() && cur.isPresent() && !ref.get().equals(cur.get())) {
                referenceSides.add(ref.get());
                currentSides.add(cur.get());
                addFeatures(ref.get());
                addFeatures(cur.get());
                for (FeatureColumn f : ref.get().features()) {
                    boolean shared = cur.get().feature(f.name()).filter(g -> g.kind() == f.kind()).isPresent();
                    if (!f.numeric()) {
                        categorySources.putIfAbsent(f.name(), Part.of(ref.get()));
                    }
                    if (f.numeric() && shared) {
                        edgeSources.putIfAbsent(f.name(), Part.of(ref.get()));
                        references.computeIfAbsent(f.name(), k -> new HashSet<>()).add(Part.of(ref.get()));
                    }
                }
            }
            ScoreSides.of(data, c).ifPresent(s -> {
                referenceSides.add(s.reference().table());
                currentSides.add(s.current().table());
                for (Part p : List.of(s.reference(), s.current())) {
                    targets.putIfAbsent(p.table(), new ProfileTarget(p.table(), s.byArm(),
                            List.of(ProfiledColumn.score())));
                }
                edgeSources.putIfAbsent(ProfiledColumn.SCORE, s.reference());
                references.computeIfAbsent(ProfiledColumn.SCORE, k -> new HashSet<>()).add(s.reference());
            });
        }
        for (Table t : data.tables(Role.FEATURES)) {
            if (!targets.containsKey(t) && t.features().stream().anyMatch(f -> listed.contains(f.name()))) {
                addFeatures(t);
            }
        }
        for (ProfileTarget t : targets.values()) {
            for (ProfiledColumn c : t.numeric()) {
                edgeSources.putIfAbsent(c.name(), Part.of(t.table()));
            }
            for (ProfiledColumn c : t.categorical()) {
                categorySources.putIfAbsent(c.name(), Part.of(t.table()));
            }
        }
    }

    private void addFeatures(Table t) {
        targets.putIfAbsent(t, new ProfileTarget(t, false, t.features().stream().map(ProfiledColumn::of).toList()));
    }

    /** Features a vocabulary lists (a malformed vocabulary lists none here; its check reports it). */
    private Set<String> vocabularyFeatures() {
        try {
            return new HashSet<>(Vocabularies.of(data).features());
        } catch (BundleException e) {
            return Set.of();
        }
    }

    static boolean exact(ProfileTarget t) {
        long rows = t.table().rows();
        return rows <= EXACT_ROWS && rows * Math.max(1, t.numeric().size()) <= EXACT_CELLS;
    }

    private boolean isEdgeSource(ProfileTarget t) {
        return edgeSources.values().stream().anyMatch(p -> p.table().equals(t.table()));
    }

    /** Whether a target's shape tells categories from identifiers for some categorical column (see {@link #categorySources}). */
    private boolean isCategorySource(ProfileTarget t) {
        return categorySources.values().stream().anyMatch(p -> p.table().equals(t.table()));
    }

    /**
     * The window length a target is counted per: none for a table that is only ever a comparison's reference, nor
     * for one without timestamps or with a short span.
     */
    private Optional<Duration> window(ProfileTarget t) throws SQLException {
        if (referenceSides.contains(t.table()) && !currentSides.contains(t.table())) {
            return Optional.empty();
        }
        Optional<long[]> span = shapes.entrySet().stream().filter(e -> e.getKey().table().equals(t.table()))
                .map(e -> e.getValue().span()).flatMap(Optional::stream).reduce((a, b) -> new long[] {
                        Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        if (span.isEmpty() && t.timed()) {
            span = engine.span(t);
        }
        return Windows.choose(span, windowHours);
    }

    /** Profiles a target, per time window of the given length, or overall. */
    private void profile(ProfileTarget t, Map<String, double[]> edges, Optional<Duration> window) throws SQLException {
        Map<String, double[]> own = new LinkedHashMap<>();
        t.numeric().forEach(c -> {
            if (edges.containsKey(c.name())) {
                own.put(c.name(), edges.get(c.name()));
            }
        });
        ProfilePlan plan = new ProfilePlan(window, own, exact(t) ? Set.of() : identifiers(t));
        long started = System.nanoTime();
        profiles.putAll(engine.profile(t, plan));
        LOG.debug("profiled {} ({} rows, {}, {}) in {} ms", t.table().name(), t.table().rows(),
                exact(t) ? "exact" : "on fine edges", plan.window().map(w -> "per " + w).orElse("overall"),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A large target's categorical columns not to count per category, judged from the closest shape. */
    private Set<String> identifiers(ProfileTarget t) {
        Set<String> out = new HashSet<>();
        for (ProfiledColumn c : t.categorical()) {
            Optional<ColumnShape> shape = shapes.entrySet().stream()
                    .sorted((a, b) -> Boolean.compare(!a.getKey().table().equals(t.table()),
                            !b.getKey().table().equals(t.table())))
                    .map(e -> e.getValue().columns().get(c.name())).filter(java.util.Objects::nonNull).findFirst();
            if (shape.isPresent() && (CategoricalProfile.identifierLike(shape.get().approxDistinct(), shape.get().nonNull())
                    || shape.get().approxDistinct() * t.table().rows() / Math.max(1, shape.get().nonNull())
                    > MAX_COUNTED_CATEGORIES && shape.get().approxDistinct() > 0.2 * shape.get().nonNull())) {
                out.add(c.name());
            }
        }
        return out;
    }

    /** Per numeric column: its edge source's quantiles at the fine levels and every reference's range. */
    private Map<String, double[]> edges() {
        Map<String, double[]> out = new LinkedHashMap<>();
        edgeSources.forEach((column, source) -> {
            List<Double> extra = new ArrayList<>();
            double[] quantiles = new double[0];
            Set<Part> refs = new HashSet<>(references.getOrDefault(column, Set.of()));
            refs.add(source);
            for (Part p : refs) {
                // just below the smallest value and at the largest: values outside the range count exactly
                range(p, column).ifPresent(r -> {
                    extra.add(Math.nextDown(r[0]));
                    extra.add(r[1]);
                });
            }
            PartShape shape = shapes.get(source);
            PartProfile exact = profiles.get(source);
            if (shape != null && shape.columns().containsKey(column)) {
                quantiles = shape.columns().get(column).sampleQuantiles();
            } else if (exact != null && exact.numeric(column).isPresent()) {
                quantiles = FineEdges.quantiles(exact.numeric(column).get().overall(), FineEdges.levels());
            }
            out.put(column, FineEdges.of(quantiles, extra.stream().mapToDouble(Double::doubleValue).toArray()));
        });
        return out;
    }

    /** A part's smallest and largest value of a column, if known yet. */
    private Optional<double[]> range(Part p, String column) {
        PartShape shape = shapes.get(p);
        if (shape != null && shape.columns().containsKey(column)) {
            ColumnShape c = shape.columns().get(column);
            return c.nonNull() > 0 ? Optional.of(new double[] {c.min(), c.max()}) : Optional.empty();
        }
        PartProfile profile = profiles.get(p);
        return profile == null ? Optional.empty() : profile.numeric(column).map(NumericProfile::overall)
                .filter(d -> d.total() > 0).map(d -> new double[] {d.min(), d.max()});
    }
}
