package dev.mlwb.app.session;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import dev.mlwb.analysis.evidence.IngestionHistory;
import dev.mlwb.analysis.evidence.JobHistory;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.ModelQualityComparison;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.QualityTable;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.SchemaCompatibility;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SkewComparison;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.UnseenCategories;

/** Decides whether a piece of evidence is about a subject: the rules behind subject links. */
final class SubjectMatcher {
    private SubjectMatcher() {
    }

    static boolean isAbout(Evidence e, Subject s) {
        String v = s.value();
        return switch (s.kind()) {
            case "feature" -> aboutFeature(e, v);
            case "metric" -> aboutMetric(e, v);
            case "slice" -> aboutSlice(e, v);
            case "replica" -> e instanceof ReplicaLanes r && r.lanes().stream().anyMatch(l -> l.replica().equals(v));
            case "model" -> aboutModel(e, s);
            case "run" -> e instanceof EnvironmentComparison c && c.runs().contains(v);
            case "job" -> e instanceof JobHistory j && j.job().equals(v);
            case "source" -> aboutSource(e, s);
            case "item" -> e instanceof PopularityTrend p && p.topItems().stream().anyMatch(i -> i.item().equals(v));
            default -> false;
        };
    }

    private static boolean aboutFeature(Evidence e, String v) {
        if (e instanceof HistogramPair h) {
            return h.subject().equals(v);
        }
        if (e instanceof DriftOverTime d) {
            return d.subject().equals(v);
        }
        if (e instanceof UnseenCategories u) {
            return u.feature().equals(v);
        }
        if (e instanceof LeakageTimeline l) {
            return l.feature().equals(v);
        }
        if (e instanceof SkewComparison k) {
            return k.feature().equals(v);
        }
        if (e instanceof ImputationBatches b) {
            return b.feature().equals(v);
        }
        if (e instanceof ImputationConcentration c) {
            return c.feature().equals(v);
        }
        if (e instanceof QualityTable q) {
            return q.rows().stream().anyMatch(r -> r.feature().equals(v) && !r.verdict().equals("ok"));
        }
        if (e instanceof SchemaCompatibility c) {
            return c.versions().stream().anyMatch(ver -> ver.breaking().stream().anyMatch(f -> f.field().equals(v)));
        }
        return false;
    }

    private static boolean aboutMetric(Evidence e, String v) {
        if (e instanceof HistogramPair h) {
            return h.subject().equals(v);
        }
        if (e instanceof DriftOverTime d) {
            return d.subject().equals(v);
        }
        if (e instanceof MetricSeries m) {
            return m.metric().equals(v);
        }
        if (e instanceof BusinessMetricWindows b) {
            return b.metric().equals(v);
        }
        return e instanceof ReplicaLanes && v.startsWith("latency");
    }

    private static boolean aboutSlice(Evidence e, String v) {
        if (e instanceof SliceBreakdown b) {
            return b.rows().stream().anyMatch(r -> r.slice().equals(v));
        }
        if (e instanceof SegmentMetrics m) {
            return m.rows().stream().anyMatch(r -> r.slice().equals(v));
        }
        if (e instanceof ImputationConcentration c) {
            return dev.mlwb.analysis.bundle.SliceKey.parse(v).filter(k -> k.values().size() == 1)
                    .map(k -> k.values().entrySet().iterator().next())
                    .filter(p -> c.dimension().equals(p.getKey())
                            && c.values().stream().anyMatch(r -> r.value().equals(p.getValue())))
                    .isPresent();
        }
        return false;
    }

    private static boolean aboutModel(Evidence e, Subject s) {
        if (e instanceof ReliabilityDiagram r) {
            return r.subject().equals(s.toString()) || r.name().equals(s.value());
        }
        if (e instanceof SchemaCompatibility c) {
            return c.currentModel().equals(s.value()) || c.versions().stream().anyMatch(v -> v.version().equals(s.value()));
        }
        if (e instanceof JobHistory j) {
            return j.runs().stream().anyMatch(r -> r.modelVersion().filter(s.value()::equals).isPresent());
        }
        return false;
    }

    private static boolean aboutSource(Evidence e, Subject s) {
        String v = s.value();
        if (e instanceof IngestionHistory h) {
            return h.sources().stream().anyMatch(i -> i.source().equals(v));
        }
        if (e instanceof PopularityTrend p) {
            return p.source().equals(v);
        }
        if (e instanceof ReliabilityDiagram r) {
            return r.subject().equals(s.toString());
        }
        return e instanceof ModelQualityComparison m && m.datasets().stream().anyMatch(d -> d.dataset().equals(v));
    }
}
