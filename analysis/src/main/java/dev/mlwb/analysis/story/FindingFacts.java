package dev.mlwb.analysis.story;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.CategoryCount;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.ModelQualityComparison;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.UnseenCategories;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the story needs to know about one finding: its place upstream or downstream (rank), the features,
 * slices, model versions, metrics and replicas it is about (from its subjects and evidence), the unseen
 * categories it names, the datasets it read, when it held and its onset.
 *
 * @param index the finding's position in the report (most severe first)
 * @param rank 0 for causes (a schema, a routing rule, a job, leaked or unseen data), up to 5 for symptoms
 *     (guardrails); a finding is explained only by one of lower or equal rank
 * @param models model versions or arms the finding concerns (subjects and evidence)
 * @param unseen categories a {@code data.unseen-category} finding names as unknown, as {@code feature=value}
 * @param datasets the features or predictions datasets its evidence read
 * @param span the hull of its windows, if any
 */
record FindingFacts(Finding finding, int index, int rank, Set<String> features, Set<SliceKey> slices,
                    Set<String> models, Set<String> metrics, Set<String> replicas, Set<String> unseen,
                    Set<String> datasets, Optional<TimeRange> span, Optional<Onset> onset) {

    String check() {
        return finding.check();
    }

    boolean is(String check) {
        return finding.check().equals(check);
    }

    /** Whether it is a drift of model scores (an output) rather than of an input feature. */
    boolean outputDrift() {
        return is("data.drift") && features.isEmpty();
    }

    static FindingFacts of(Finding f, int index, Arms arms, Optional<Onset> onset) {
        Set<String> features = new LinkedHashSet<>();
        Set<SliceKey> slices = new LinkedHashSet<>();
        Set<String> models = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> replicas = new LinkedHashSet<>();
        for (Subject s : f.subjects()) {
            switch (s.kind()) {
                case "feature" -> features.add(s.value());
                case "slice" -> s.slice().ifPresent(slices::add);
                case "model" -> models.add(s.value());
                case "metric" -> metrics.add(s.value());
                case "replica" -> replicas.add(s.value());
                default -> { }
            }
        }
        Set<String> unseen = new LinkedHashSet<>();
        Set<String> datasets = new LinkedHashSet<>();
        for (Evidence e : f.evidence()) {
            read(e, f, arms, models, unseen, datasets);
        }
        Optional<TimeRange> span = f.windows().stream().reduce(TimeRange::span);
        return new FindingFacts(f, index, rankOf(f, features), features, slices, models, metrics, replicas, unseen,
                datasets, span, onset);
    }

    private static void read(Evidence e, Finding f, Arms arms, Set<String> models, Set<String> unseen,
                             Set<String> datasets) {
        if (e instanceof SegmentMetrics s) {
            models.add(s.canaryArm());
        } else if (e instanceof ReliabilityDiagram r && r.subject().startsWith("model:")) {
            models.add(r.subject().substring("model:".length()));
        } else if (e instanceof BusinessMetricWindows b) {
            models.add(b.canaryArm());
        } else if (e instanceof HistogramPair h) {
            datasets.add(h.reference());
            datasets.add(h.current());
            if (h.current().equals("canary") && !arms.equals(Arms.DEFAULT)) {
                models.add(arms.canary());
            }
        } else if (e instanceof LeakageTimeline l) {
            datasets.add(l.dataset());
        } else if (e instanceof UnseenCategories u) {
            datasets.add(u.dataset());
            for (CategoryCount c : u.values()) {
                if (c.unseen()) {
                    unseen.add(u.feature() + "=" + c.value());
                }
            }
        } else if (e instanceof MetricSeries m) {
            breaching(m, f).forEach(models::add);
        } else if (e instanceof ModelQualityComparison q) {
            q.datasets().stream().filter(d -> !d.dataset().equals(q.production())).forEach(d -> datasets.add(d.dataset()));
        }
    }

    /** The series (arms) of a guardrail chart whose values breach inside the finding's windows. */
    private static List<String> breaching(MetricSeries m, Finding f) {
        if (Double.isNaN(m.threshold())) {
            return List.of();
        }
        boolean below = "below".equals(m.breachWhen());
        return m.series().stream().filter(s -> breaches(s, m.threshold(), below, f.windows())).map(Series::label).toList();
    }

    private static boolean breaches(Series s, double threshold, boolean below, List<TimeRange> windows) {
        for (int i = 0; i < s.size(); i++) {
            double v = s.values()[i];
            Instant t = s.time(i);
            boolean inside = windows.isEmpty() || windows.stream().anyMatch(w -> w.contains(t));
            if (inside && (below ? v < threshold : v >= threshold)) {
                return true;
            }
        }
        return false;
    }

    /** Upstream (0) to downstream (5): where a check's problem usually sits in the causal order of the seeds. */
    static int rankOf(Finding f, Set<String> features) {
        return switch (f.check()) {
            case "training.staleness", "deploy.rollback-compat", "canary.traffic-mix", "features.leakage",
                 "data.unseen-category", "serving.cold-start", "data.freshness", "training.nondeterminism",
                 "feedback.popularity-loop", "features.skew" -> 0;
            case "data.imputation", "data.quality" -> 1;
            case "data.drift" -> features.isEmpty() ? 4 : 2;
            case "model.segment-regression", "model.calibration", "model.offline-online-gap", "canary.slice-guard" -> 3;
            default -> 5;
        };
    }
}
