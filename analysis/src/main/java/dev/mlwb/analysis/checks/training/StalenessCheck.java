package dev.mlwb.analysis.checks.training;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.FailureStreak;
import dev.mlwb.analysis.evidence.JobHistory;
import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.analysis.timeline.EventInventory;
import dev.mlwb.analysis.timeline.IncidentClock;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code training.staleness}: the model stopped being retrained. Per training job of the events
 * log: the newest successful run against the usual interval between runs (learned from the job's
 * own history), and runs of consecutive failures with their error messages. Critical when the
 * newest success is older than twice the usual interval or the latest runs failed at least three
 * times in a row; an earlier streak that recovered is a warning.
 */
public final class StalenessCheck implements Check {
    public static final String ID = "training.staleness";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The model stopped being retrained";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.EVENTS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("interval_multiple", 2, "a newest success older than this many usual intervals is stale"),
                new ThresholdSpec("max_consecutive_failures", 3, "this many failed runs in a row are a finding"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        if (data.events().isEmpty()) {
            return Optional.of("no events source");
        }
        return EventInventory.of(data).count("job") == 0 ? Optional.of("the events log has no job events")
                : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        Map<String, List<JobRun>> jobs = JobRuns.training(ctx.data());
        Instant now = IncidentClock.of(ctx.data()).now().orElse(Instant.now());
        double multiple = ctx.threshold("interval_multiple");
        int minStreak = (int) Math.max(1, Math.round(ctx.threshold("max_consecutive_failures")));
        CheckResult.Builder result = CheckResult.builder();
        for (Map.Entry<String, List<JobRun>> e : jobs.entrySet()) {
            ctx.cancellation().throwIfCancelled();
            String job = e.getKey();
            List<JobRun> runs = e.getValue();
            double interval = JobRuns.usualIntervalSeconds(runs);
            Optional<Instant> lastSuccess = runs.stream().filter(JobRun::success).map(JobRun::at).reduce((a, b) -> b);
            List<FailureStreak> streaks = JobRuns.streaks(runs, minStreak);
            Optional<FailureStreak> ongoing = streaks.stream().filter(FailureStreak::ongoing).findFirst();
            double age = lastSuccess.map(t -> Duration.between(t, now).toMillis() / 1000.0).orElse(Double.NaN);
            long[] alerts = ongoing.isPresent() ? JobRuns.alerts(ctx.data(), job, ongoing.get().start(), now) : null;
            JobHistory history = new JobHistory("Runs of " + job, job, interval, lastSuccess, now, runs, streaks,
                    alerts == null ? Double.NaN : alerts[0], alerts == null ? Double.NaN : alerts[1]);
            result.evidence(history);
            result.measures(Subject.job(job), "hours_since_success", age / 3600, "usual_interval_hours", interval / 3600,
                    "staleness_ratio", interval > 0 ? age / interval : Double.NaN,
                    "consecutive_failures", ongoing.map(FailureStreak::failures).orElse(0), "runs", runs.size(),
                    "failures", runs.stream().filter(r -> !r.success()).count());
            StalenessFindings f = new StalenessFindings(history, multiple, minStreak);
            f.stale().ifPresent(result::finding);
            f.recovered().ifPresent(result::finding);
        }
        return result.build();
    }
}
