package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.List;

/** Words for a leakage finding: every leaking feature of one dataset. */
final class LeakageFinding {
    private LeakageFinding() {
    }

    static Finding build(String check, Severity severity, Table t, List<LeakageTimeline> leaking, double tolerance) {
        LeakageTimeline worst = leaking.get(0);
        double maxHours = leaking.stream().mapToDouble(LeakageTimeline::maxLookaheadHours).max().orElse(Double.NaN);
        String who = leaking.size() == 1 ? worst.feature() + " in " + t.name() + " was"
                : leaking.size() + " features of " + t.name() + " were";
        String title = who + " computed after the time " + (leaking.size() == 1 ? "it predicts" : "they predict")
                + (leaking.size() == 1 ? ", on " + Fmt.pct(worst.violationShare()) + " of rows" : "") + " (up to "
                + Lookahead.hours(round(maxHours)) + " later)";
        StringBuilder s = new StringBuilder("In ").append(t.name()).append(", feature timestamps lie more than ")
                .append(Lookahead.hours(tolerance)).append(" after ").append(worst.against()).append(" for ")
                .append(Fmt.and(leaking.stream().map(l -> l.feature() + " on " + Fmt.count(l.violations()) + " of "
                        + Fmt.count(l.rows()) + " rows (" + Fmt.pct(l.violationShare()) + ", up to "
                        + Lookahead.hours(round(l.maxLookaheadHours())) + ")").toList())).append(". ");
        Instant from = leaking.stream().flatMap(l -> l.violationsFrom().stream()).min(Instant::compareTo).orElse(null);
        Instant to = leaking.stream().flatMap(l -> l.violationsTo().stream()).max(Instant::compareTo).orElse(null);
        Instant latest = leaking.stream().flatMap(l -> l.latestFeatureTime().stream()).max(Instant::compareTo).orElse(null);
        if (from != null && to != null) {
            s.append("The violating rows are dated ").append(Fmt.time(from)).append(" to ").append(Fmt.time(to));
            if (latest != null) {
                s.append(leaking.stream().allMatch(l -> l.distinctFeatureTimes() == 1)
                        ? ", and all their feature values were computed at " + Fmt.time(latest)
                        + ": one backfill read events up to then to build features for earlier predictions"
                        : "; their feature values were computed as late as " + Fmt.time(latest));
            }
            s.append(". ");
        }
        s.append("The model learns from information it will not have when serving, so its offline metrics overstate "
                + "production (see model.offline-online-gap).");
        Finding.Builder f = Finding.builder(check, severity, title).summary(s.toString())
                .remedy("Rebuild " + t.name() + " with point-in-time correct features: bound every feature query by "
                        + "the row's timestamp (only events before the prediction time), retrain, and make the training "
                        + "job fail when any feature timestamp exceeds its row's or label's timestamp by more than "
                        + Lookahead.hours(tolerance) + ".")
                .measure("violation_share", worst.violationShare())
                .measure("violations", worst.violations())
                .measure("max_lookahead_hours", maxHours);
        leaking.forEach(l -> f.subject(Subject.feature(l.feature())).evidence(l));
        if (from != null && to != null && !to.isBefore(from)) {
            f.window(new TimeRange(from, to.plusSeconds(1)));
        }
        return f.build();
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
