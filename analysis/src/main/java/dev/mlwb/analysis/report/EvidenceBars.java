package dev.mlwb.analysis.report;

import dev.mlwb.analysis.evidence.ConcentrationRow;
import dev.mlwb.analysis.evidence.DatasetQuality;
import dev.mlwb.analysis.evidence.DifferenceBin;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.FailureStreak;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import dev.mlwb.analysis.evidence.IngestionBucket;
import dev.mlwb.analysis.evidence.IngestionHistory;
import dev.mlwb.analysis.evidence.JobHistory;
import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.LookaheadBin;
import dev.mlwb.analysis.evidence.ModelQualityComparison;
import dev.mlwb.analysis.evidence.ReliabilityBin;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import dev.mlwb.analysis.evidence.ScaleStep;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.SkewComparison;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.evidence.SourceIngestion;
import dev.mlwb.analysis.evidence.UnseenCategories;
import dev.mlwb.analysis.evidence.CategoryCount;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.report.svg.BarChart;
import dev.mlwb.analysis.report.svg.LaneChart;
import dev.mlwb.analysis.report.svg.Svg;
import dev.mlwb.analysis.report.svg.TimeChart;
import dev.mlwb.analysis.time.TimeRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bars and lanes for the evidence kinds that are not a single time series. */
final class EvidenceBars {
    private static final int WIDTH = EvidenceCharts.WIDTH;
    private static final int MAX_ROWS = 24;
    private static final String OK = "#009E73";

    private EvidenceBars() {
    }

    static Optional<String> chart(Evidence e) {
        String out = null;
        if (e instanceof SliceBreakdown s) {
            boolean traffic = s.metric().equals("traffic");
            BarChart c = new BarChart(s.title(), s.baselineArm() + " (baseline)", s.canaryArm() + " (canary)", true);
            for (SliceRow r : top(s.rows())) {
                c.row(r.label(), traffic ? r.baselineShare() : r.baselineRate(), traffic ? r.canaryShare() : r.canaryRate(),
                        r.verdict() != SliceVerdict.OK && r.verdict() != SliceVerdict.INSUFFICIENT_TRAFFIC);
            }
            out = c.render(WIDTH);
        } else if (e instanceof HistogramPair h) {
            BarChart c = new BarChart(h.title(), h.reference(), h.current(), true);
            top(h.bins()).forEach(b -> c.row(b.label(), b.referenceShare(), b.currentShare(), b.unseen()));
            out = c.render(WIDTH);
        } else if (e instanceof SegmentMetrics m) {
            String metric = m.rows().stream().filter(r -> r.verdict() == SliceVerdict.REGRESSION)
                    .map(SegmentRow::worstMetric).findFirst().orElse("recall");
            BarChart c = new BarChart(m.title(), m.baselineArm() + " " + metric, m.canaryArm() + " " + metric, false);
            for (SegmentRow r : top(m.rows())) {
                c.row(r.label(), pick(metric, r, true), pick(metric, r, false), r.verdict() == SliceVerdict.REGRESSION);
            }
            out = c.render(WIDTH);
        } else if (e instanceof ReliabilityDiagram d) {
            BarChart c = new BarChart(d.title(), "predicted", "observed", true);
            for (ReliabilityBin b : d.bins()) {
                if (b.rows() > 0) {
                    c.row(Fmt.num(b.lower(), 1) + "–" + Fmt.num(b.upper(), 1) + " (" + Fmt.count(b.rows()) + ")",
                            b.meanPredicted(), b.observedRate(), Math.abs(b.gap()) > 0.15 && b.rows() >= 100);
                }
            }
            out = c.render(WIDTH);
        } else if (e instanceof ModelQualityComparison q) {
            BarChart c = new BarChart(q.title(), q.metric().toUpperCase(java.util.Locale.ROOT), null, false);
            for (DatasetQuality d : q.datasets()) {
                c.row(d.dataset() + " (" + d.role() + ")", d.auc(), Double.NaN, false);
            }
            out = c.render(WIDTH);
        } else if (e instanceof ImputationConcentration i) {
            BarChart c = new BarChart(i.title(), "imputed share of rows with the value", null, true);
            for (ConcentrationRow r : top(i.values())) {
                c.row(r.value(), r.rate(), Double.NaN, r.hot());
            }
            out = c.render(WIDTH);
        } else if (e instanceof UnseenCategories u) {
            BarChart c = new BarChart(u.title(), "share of " + u.dataset() + " rows", null, true);
            for (CategoryCount v : top(u.values())) {
                c.row(v.value() + (v.unseen() ? " (unseen)" : ""), v.share(), Double.NaN, v.unseen());
            }
            out = c.render(WIDTH);
        } else if (e instanceof LeakageTimeline l) {
            BarChart c = new BarChart(l.title(), "rows", null, false);
            for (LookaheadBin b : l.distribution()) {
                c.row(b.label(), b.rows(), Double.NaN, b.violating() && b.rows() > 0);
            }
            out = c.render(WIDTH);
        } else if (e instanceof SkewComparison s && !s.differences().isEmpty()) {
            BarChart c = new BarChart(s.title(), s.current() + " − " + s.reference() + ", rows", null, false);
            for (DifferenceBin b : top(s.differences())) {
                c.row(Fmt.num(b.lower(), 3) + " to " + Fmt.num(b.upper(), 3), b.rows(), Double.NaN, false);
            }
            out = c.render(WIDTH);
        } else if (e instanceof ReplicaLanes r) {
            out = replicas(r);
        } else if (e instanceof JobHistory j) {
            out = jobs(j);
        } else if (e instanceof IngestionHistory h) {
            out = ingestion(h);
        }
        return Optional.ofNullable(out).filter(s -> !s.isEmpty());
    }

    private static double pick(String metric, SegmentRow r, boolean baseline) {
        return switch (metric) {
            case "precision" -> baseline ? r.baselinePrecision() : r.canaryPrecision();
            case "auc" -> baseline ? r.baselineAuc() : r.canaryAuc();
            default -> baseline ? r.baselineRecall() : r.canaryRecall();
        };
    }

    private static <T> List<T> top(List<T> rows) {
        return rows.subList(0, Math.min(MAX_ROWS, rows.size()));
    }

    /** The replicas that came up around the scale events (all of them without scale events). */
    private static List<ReplicaLane> around(ReplicaLanes r) {
        if (r.scaleSteps().isEmpty()) {
            return r.lanes();
        }
        java.time.Instant from = r.scaleSteps().stream().map(ScaleStep::at).min(java.util.Comparator.naturalOrder())
                .orElseThrow().minusSeconds(120);
        java.time.Instant to = r.scaleSteps().stream().map(ScaleStep::at).max(java.util.Comparator.naturalOrder())
                .orElseThrow().plusSeconds(600);
        return r.lanes().stream().filter(l -> java.util.stream.Stream.of(l.start(), l.ready(), l.firstTraffic())
                .flatMap(Optional::stream).anyMatch(t -> !t.isBefore(from) && !t.isAfter(to))).toList();
    }

    private static String replicas(ReplicaLanes r) {
        LaneChart c = new LaneChart(r.title() + ": replicas started around the scale events");
        for (ReplicaLane l : top(around(r))) {
            boolean bad = l.verdict() == ReplicaVerdict.SERVED_BEFORE_READY || l.verdict() == ReplicaVerdict.SERVED_WITHOUT_READY
                    || l.verdict() == ReplicaVerdict.NEVER_READY;
            List<LaneChart.Span> spans = new ArrayList<>();
            List<LaneChart.Dot> dots = new ArrayList<>();
            if (l.start().isPresent()) {
                long end = l.ready().or(() -> l.firstTraffic()).orElse(l.start().get()).toEpochMilli();
                spans.add(new LaneChart.Span(l.start().get().toEpochMilli(), Math.max(end, l.start().get().toEpochMilli()),
                        "#bdbdbd", "initialising " + Fmt.num(l.initSeconds(), 1) + " s"));
            }
            if (l.firstTraffic().isPresent() && Double.isFinite(l.earlySeconds())) {
                long from = l.firstTraffic().get().toEpochMilli();
                spans.add(new LaneChart.Span(from, l.ready().map(java.time.Instant::toEpochMilli).orElse(from + 1000),
                        Svg.CRITICAL, "served " + Fmt.num(l.earlySeconds(), 1) + " s before ready"));
            }
            l.ready().ifPresent(t -> dots.add(new LaneChart.Dot(t.toEpochMilli(), OK, "ready " + t)));
            c.lane(l.replica(), bad ? Svg.CRITICAL : "#1b1b1b", spans, dots);
        }
        for (ScaleStep s : r.scaleSteps()) {
            c.marker(s.at().toEpochMilli(), "scale " + Fmt.num(s.from(), 0) + " → " + Fmt.num(s.to(), 0), Svg.MUTED);
        }
        StringBuilder b = new StringBuilder(c.render(WIDTH));
        if (!r.latency().isEmpty()) {
            TimeChart t = new TimeChart(r.title() + ": latency", false);
            for (Series s : r.latency()) {
                t.line(s.label(), s.epochMillis(), s.values());
            }
            r.scaleSteps().forEach(s -> t.marker(s.at().toEpochMilli(), "scale", Svg.MUTED));
            b.append(t.render(WIDTH, EvidenceCharts.HEIGHT));
        }
        return b.toString();
    }

    private static String jobs(JobHistory j) {
        List<LaneChart.Dot> dots = new ArrayList<>();
        for (JobRun r : j.runs()) {
            dots.add(new LaneChart.Dot(r.at().toEpochMilli(), r.success() ? OK : Svg.CRITICAL,
                    r.status() + " " + r.at() + r.message().map(m -> ": " + m).orElse("")));
        }
        List<LaneChart.Span> spans = new ArrayList<>();
        for (FailureStreak s : j.streaks()) {
            spans.add(new LaneChart.Span(s.start().toEpochMilli(), s.end().toEpochMilli(), "#f4c7cc",
                    s.failures() + " failures in a row"));
        }
        return new LaneChart(j.title()).lane(j.job(), "#1b1b1b", spans, dots).render(WIDTH);
    }

    private static String ingestion(IngestionHistory h) {
        LaneChart c = new LaneChart(h.title());
        for (SourceIngestion s : top(h.sources())) {
            List<LaneChart.Dot> dots = new ArrayList<>();
            for (IngestionBucket b : s.buckets()) {
                if (b.successes() + b.failures() > 0) {
                    dots.add(new LaneChart.Dot(b.start().toEpochMilli(), b.failures() > 0 ? Svg.CRITICAL : OK,
                            b.successes() + " ok, " + b.failures() + " failed"));
                }
            }
            List<LaneChart.Span> gaps = new ArrayList<>();
            for (TimeRange g : s.gaps()) {
                gaps.add(new LaneChart.Span(g.start().toEpochMilli(), g.end().toEpochMilli(), "#f4c7cc",
                        "nothing arrived " + Fmt.period(g)));
            }
            c.lane(s.source(), s.stale() ? Svg.CRITICAL : "#1b1b1b", gaps, dots);
        }
        return c.render(WIDTH);
    }
}
