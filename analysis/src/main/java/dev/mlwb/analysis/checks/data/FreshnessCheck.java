package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.IngestionHistory;
import dev.mlwb.analysis.evidence.SourceIngestion;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.EventInventory;
import dev.mlwb.analysis.timeline.IncidentClock;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code data.freshness}: an upstream source stopped arriving. Per source of the log's
 * {@code ingestion} events, the time since its newest successful ingestion against its usual
 * interval (the median between successes): a warning beyond twice the usual interval, critical
 * beyond {@code critical_multiple} intervals or when a source never succeeded.
 */
public final class FreshnessCheck implements Check {
    public static final String ID = "data.freshness";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "An upstream source stopped arriving";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.EVENTS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("interval_multiple", 2, "silence longer than this many usual intervals is a warning"),
                new ThresholdSpec("critical_multiple", 6, "silence longer than this many usual intervals is critical"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        if (data.events().isEmpty()) {
            return Optional.of("no events source");
        }
        return EventInventory.of(data).count("ingestion") == 0 ? Optional.of("the events log has no ingestion events")
                : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        Instant now = IncidentClock.of(ctx.data()).now().orElse(Instant.now());
        double multiple = ctx.threshold("interval_multiple");
        long bucket = IngestionLog.bucketSeconds(ctx.data());
        List<SourceIngestion> sources = IngestionLog.query(ctx.data(), now, multiple, bucket);
        IngestionHistory evidence = new IngestionHistory("Ingestion of " + sources.size() + " source"
                + (sources.size() == 1 ? "" : "s") + " up to " + Fmt.time(now) + " UTC", bucket, now, sources);
        CheckResult.Builder result = CheckResult.builder().evidence(evidence);
        for (SourceIngestion s : sources) {
            double longest = s.gaps().stream().mapToDouble(g -> g.duration().toMillis() / 1000.0).max().orElse(Double.NaN);
            result.measures(Subject.source(s.source()), "hours_since_success", s.sinceSuccessSeconds() / 3600,
                    "usual_interval_hours", s.usualIntervalSeconds() / 3600, "staleness_ratio", ratio(s),
                    "attempts", s.attempts(), "failures", s.failures(), "longest_gap_hours", longest / 3600);
            if (s.stale()) {
                result.finding(finding(s, evidence, multiple, ctx.threshold("critical_multiple"), now));
            }
        }
        return result.build();
    }

    private static double ratio(SourceIngestion s) {
        return s.usualIntervalSeconds() > 0 ? s.sinceSuccessSeconds() / s.usualIntervalSeconds() : Double.NaN;
    }

    private static Finding finding(SourceIngestion s, IngestionHistory evidence, double multiple, double critical,
                                   Instant now) {
        boolean never = s.lastSuccess().isEmpty();
        Severity severity = never || ratio(s) > critical ? Severity.CRITICAL : Severity.WARNING;
        String usual = Fmt.duration(Duration.ofMillis(Math.round(s.usualIntervalSeconds() * 1000)));
        String since = Fmt.duration(Duration.ofMillis(Math.round(s.sinceSuccessSeconds() * 1000)));
        String title = never ? "Source " + s.source() + " never ingested successfully (" + s.failures() + " failed attempts)"
                : "Source " + s.source() + " stopped arriving: nothing for " + since + ", " + Fmt.num(ratio(s), 1)
                + "× its usual interval of " + usual;
        StringBuilder text = new StringBuilder();
        if (never) {
            text.append("Every one of the ").append(s.failures()).append(" ingestion attempts of ").append(s.source())
                    .append(" in the log failed. ");
        } else {
            text.append(s.source()).append(" usually delivers every ").append(usual).append(" (median between "
                    + "successful ingestions); its newest success was at ").append(Fmt.time(s.lastSuccess().get()))
                    .append(" UTC, ").append(since).append(" before ").append(Fmt.time(now)).append(" UTC, against a limit of ")
                    .append(Fmt.num(multiple, 1)).append("× the usual interval. ");
            if (s.failuresSinceSuccess() > 0) {
                text.append("The ").append(s.failuresSinceSuccess()).append(" attempts since then failed");
            } else {
                text.append("No attempt was logged since then");
            }
            text.append(s.lastError().map(e -> ", most often with \"" + e + "\"").orElse("")).append(". ");
        }
        text.append("Features computed from this source are stale or missing, and nothing in the model's outputs "
                + "says so.");
        Finding.Builder b = Finding.builder(FreshnessCheck.ID, severity, title).summary(text.toString())
                .remedy("Restore the upstream feed and backfill the missing partitions; until then flag or fall back "
                        + "for predictions that use its features, and alert on time since the last successful ingestion "
                        + "per source.")
                .subject(Subject.source(s.source()))
                .measure("hours_since_success", s.sinceSuccessSeconds() / 3600)
                .measure("usual_interval_hours", s.usualIntervalSeconds() / 3600)
                .measure("staleness_ratio", ratio(s))
                .evidence(evidence);
        s.lastSuccess().ifPresent(t -> {
            Instant overdue = t.plusMillis(Math.round(multiple * s.usualIntervalSeconds() * 1000));
            if (overdue.isBefore(now)) {
                b.window(new TimeRange(overdue, now));
            }
        });
        return b.build();
    }
}
