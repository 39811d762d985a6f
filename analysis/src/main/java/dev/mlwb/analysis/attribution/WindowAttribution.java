package dev.mlwb.analysis.attribution;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.HistogramBin;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which attribution answers a finding or a chart selection: the metric it is about, the table that holds it, the
 * time range, and the baseline (the other arm when the table has both arms in the range, else the same length of
 * time before it; a drifted feature's reference dataset).
 */
public final class WindowAttribution {
    /** At most this many slice and categorical columns are split by (slices first): one grouping each. */
    static final int MAX_COLUMNS = 24;

    private WindowAttribution() {
    }

    /**
     * The attribution of a finding, if it is about a metric the bundle can split by slices or categories; values are
     * ranked by how much they push the metric in the problem's direction.
     */
    public static Optional<AttributionQuery> forFinding(IncidentData data, Finding f) throws SQLException {
        return query(data, f).map(AttributionQuery::towardsProblem);
    }

    private static Optional<AttributionQuery> query(IncidentData data, Finding f) throws SQLException {
        Optional<TimeRange> span = f.windows().stream().reduce(TimeRange::span);
        List<String> metrics = f.subjects().stream().filter(s -> s.kind().equals("metric")).map(Subject::value).toList();
        switch (f.check()) {
            case "canary.slice-guard", "canary.guardrail-slow", "canary.guardrail-fast" -> {
                for (String kind : metrics) {
                    Optional<AttributionQuery> q = forMetric(data, kind, span);
                    if (q.isPresent()) {
                        return q;
                    }
                }
                return Optional.empty();
            }
            case "model.segment-regression" -> {
                return segment(data, f);
            }
            case "model.calibration" -> {
                return arms(data, AttributionMetric.calibrationGap(), Optional.empty());
            }
            case "data.drift" -> {
                return drift(data, f);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * What explains a finding's window, or the range the analyst selected on its chart: with a range and a finding
     * whose evidence is a serving-metric chart, that metric over the range (against the other arm, or the time
     * before); otherwise the finding's own attribution.
     */
    public static Optional<AttributionQuery> forSelection(IncidentData data, Finding f, Optional<TimeRange> range)
            throws SQLException {
        if (range.isPresent()) {
            for (String kind : chartMetrics(f)) {
                Optional<AttributionQuery> q = forMetric(data, kind, range);
                if (q.isPresent()) {
                    return q;
                }
            }
        }
        return forFinding(data, f);
    }

    /** The serving metrics a finding's evidence charts over time. */
    static List<String> chartMetrics(Finding f) {
        List<String> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e instanceof dev.mlwb.analysis.evidence.MetricSeries m) {
                out.add(m.metric());
            } else if (e instanceof dev.mlwb.analysis.evidence.BusinessMetricWindows b) {
                out.add(b.metric());
            }
        }
        return out;
    }

    /**
     * The attribution of a serving metric over a time range, as selected on a chart.
     *
     * @param kind the metric kind ({@code ctr}, {@code success_rate}, {@code latency_p99_ms}, ...)
     * @param range the selected range, or empty for all the data
     */
    public static Optional<AttributionQuery> forMetric(IncidentData data, String kind, Optional<TimeRange> range)
            throws SQLException {
        for (Table t : data.metrics()) {
            Optional<AttributionMetric> m = AttributionMetric.forMetricKind(t, kind);
            if (m.isEmpty() || t.slices().isEmpty()) {
                continue;
            }
            Arms arms = data.manifest().arms();
            if (t.has("arm") && bothArms(data, t, arms, range)) {
                return Optional.of(new AttributionQuery(m.get(), t, t, range, AttributionQuery.Comparison.ARMS,
                        arms.canary(), arms.baseline(), t.slices(), 0));
            }
            if (range.isPresent() && t.has("timestamp")) {
                return Optional.of(new AttributionQuery(m.get(), t, t, range, AttributionQuery.Comparison.BEFORE, "", "",
                        t.slices(), 0));
            }
        }
        return Optional.empty();
    }

    private static boolean bothArms(IncidentData data, Table t, Arms arms, Optional<TimeRange> range)
            throws SQLException {
        String where = "CAST(__arm AS VARCHAR) = ?";
        List<Object> params = new ArrayList<>();
        if (range.isPresent()) {
            where += " AND __ts >= make_timestamp(CAST(? AS BIGINT)) AND __ts < make_timestamp(CAST(? AS BIGINT))";
        }
        for (String arm : List.of(arms.canary(), arms.baseline())) {
            params.clear();
            params.add(arm);
            range.ifPresent(r -> {
                params.add(r.start().toEpochMilli() * 1000);
                params.add(r.end().toEpochMilli() * 1000);
            });
            double n = data.db().scalar("SELECT count(*) FROM " + t.view() + " WHERE " + where, params.toArray());
            if (n == 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<AttributionQuery> segment(IncidentData data, Finding f) {
        for (Evidence e : f.evidence()) {
            if (e instanceof SegmentMetrics s) {
                String worst = s.rows().stream().filter(r -> r.verdict() == SliceVerdict.REGRESSION)
                        .map(SegmentRow::worstMetric).findFirst().orElse("recall");
                AttributionMetric m = switch (worst) {
                    case "precision" -> AttributionMetric.falseAlarmRate(s.decisionThreshold());
                    case "auc" -> AttributionMetric.meanScore();
                    default -> AttributionMetric.missRate(s.decisionThreshold());
                };
                return arms(data, m, Optional.empty());
            }
        }
        return Optional.empty();
    }

    /** Baseline against canary over a predictions table with arms and slices. */
    private static Optional<AttributionQuery> arms(IncidentData data, AttributionMetric m, Optional<TimeRange> range) {
        Arms arms = data.manifest().arms();
        return data.tables(Role.PREDICTIONS).stream().filter(t -> t.has("arm") && t.has("score") && !t.slices().isEmpty())
                .findFirst().map(t -> new AttributionQuery(m, t, t, range, AttributionQuery.Comparison.ARMS,
                        arms.canary(), arms.baseline(), t.slices(), 0));
    }

    /** A drifted score (between arms) or numeric feature (between datasets), split by the other columns. */
    private static Optional<AttributionQuery> drift(IncidentData data, Finding f) {
        HistogramPair h = f.evidence().stream().filter(HistogramPair.class::isInstance).map(HistogramPair.class::cast)
                .findFirst().orElse(null);
        if (h == null) {
            return Optional.empty();
        }
        if (f.subjects().stream().anyMatch(s -> s.kind().equals("metric"))) {
            return arms(data, AttributionMetric.meanScore(), Optional.empty());
        }
        Optional<Table> ref = data.features(h.reference());
        Optional<Table> cur = data.features(h.current());
        if (ref.isEmpty() || cur.isEmpty()) {
            return Optional.empty();
        }
        Optional<FeatureColumn> feature = cur.get().feature(h.subject());
        if (feature.isEmpty() || ref.get().feature(h.subject()).isEmpty()) {
            return Optional.empty();
        }
        List<String> dims = new ArrayList<>();
        for (String s : cur.get().slices()) {
            if (ref.get().slices().contains(s) || ref.get().feature(s).isPresent()) {
                dims.add(s);
            }
        }
        for (FeatureColumn c : cur.get().features()) {
            if (dims.size() >= MAX_COLUMNS) {
                break;
            }
            if (!c.numeric() && !dims.contains(c.name()) && ref.get().feature(c.name()).map(x -> !x.numeric()).orElse(false)) {
                dims.add(c.name());
            }
        }
        if (dims.isEmpty()) {
            return Optional.empty();
        }
        List<HistogramBin> bins = h.bins();
        HistogramBin top = null;
        int at = -1;
        for (int i = 0; i < bins.size(); i++) {
            HistogramBin b = bins.get(i);
            boolean lumped = !h.kind().equals("numeric") && b.label().equals("(other)");
            if (!lumped && (top == null || Math.abs(b.currentShare() - b.referenceShare())
                    > Math.abs(top.currentShare() - top.referenceShare()))) {
                top = b;
                at = i;
            }
        }
        if (top == null) {
            return Optional.empty();
        }
        dims.remove(h.subject());
        if (dims.isEmpty()) {
            return Optional.empty();
        }
        AttributionMetric m = AttributionMetric.binShare(feature.get(), top.label(), top.lower(), top.upper(), at == 0,
                at == bins.size() - 1, top.currentShare() >= top.referenceShare() ? 1 : -1);
        return Optional.of(new AttributionQuery(m, cur.get(), ref.get(), Optional.empty(),
                AttributionQuery.Comparison.DATASETS, "", "", dims, 0));
    }
}
