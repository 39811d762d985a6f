package dev.mlwb.analysis.checks.training;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.FailureStreak;
import dev.mlwb.analysis.evidence.JobHistory;
import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Words the staleness findings of one job: stale now (critical), or a failure streak that recovered (warning). */
final class StalenessFindings {
    private final JobHistory h;
    private final double multiple;
    private final int minStreak;

    StalenessFindings(JobHistory history, double multiple, int minStreak) {
        this.h = history;
        this.multiple = multiple;
        this.minStreak = minStreak;
    }

    private double ageSeconds() {
        return h.lastSuccess().map(t -> Duration.between(t, h.now()).toMillis() / 1000.0).orElse(Double.NaN);
    }

    Optional<Finding> stale() {
        Optional<FailureStreak> ongoing = h.streaks().stream().filter(FailureStreak::ongoing)
                .filter(s -> s.failures() >= minStreak).findFirst();
        double interval = h.usualIntervalSeconds();
        boolean old = interval > 0 && ageSeconds() > multiple * interval;
        if (!old && ongoing.isEmpty()) {
            return Optional.empty();
        }
        String title;
        if (old && ongoing.isPresent()) {
            title = h.job() + " has not produced a model for " + age() + " (usual interval " + interval()
                    + "): the last " + ongoing.get().failures() + " runs failed";
        } else if (old) {
            title = h.job() + " has not succeeded for " + age() + ", " + Fmt.num(ageSeconds() / interval, 1)
                    + "× its usual interval of " + interval();
        } else {
            title = "The last " + ongoing.get().failures() + " runs of " + h.job() + " failed";
        }
        Optional<JobRun> last = h.runs().stream().filter(JobRun::success).reduce((a, b) -> b);
        String summary = staleSummary(last, ongoing);
        Finding.Builder b = Finding.builder(StalenessCheck.ID, Severity.CRITICAL, title).summary(summary)
                .remedy("Fix the failing job" + ongoing.map(st -> " (" + shorten(st.messages().get(0).message(), 80) + ")")
                        .orElse("") + ", retrain and validate the model, then alert on model age (time since the last "
                        + "successful training) as a deduplicated, high-priority alert owned by the model's team, "
                        + "apart from noisy infrastructure alerts.")
                .subject(Subject.job(h.job()))
                .measure("hours_since_success", ageSeconds() / 3600)
                .measure("usual_interval_hours", interval / 3600)
                .measure("staleness_ratio", interval > 0 ? ageSeconds() / interval : Double.NaN)
                .measure("consecutive_failures", ongoing.map(FailureStreak::failures).orElse(0))
                .evidence(h);
        last.flatMap(JobRun::modelVersion).ifPresent(v -> b.subject(Subject.model(v)));
        if (!Double.isNaN(h.alertsDuringStreak())) {
            b.measure("alerts_during_streak", h.alertsDuringStreak()).measure("alerts_about_job", h.alertsAboutJob());
        }
        ongoing.ifPresent(st -> b.window(new TimeRange(st.start(), h.now().isAfter(st.start()) ? h.now() : st.end())));
        if (old && ongoing.isEmpty()) {
            Instant staleFrom = h.lastSuccess().orElseThrow().plusMillis(Math.round(multiple * interval * 1000));
            b.window(new TimeRange(staleFrom, h.now()));
        }
        return Optional.of(b.build());
    }

    private String staleSummary(Optional<JobRun> last, Optional<FailureStreak> ongoing) {
        double interval = h.usualIntervalSeconds();
        StringBuilder s = new StringBuilder();
        if (last.isPresent()) {
            s.append("The newest successful run of ").append(h.job()).append(" was at ").append(Fmt.time(last.get().at()))
                    .append(" UTC").append(last.get().modelVersion().map(v -> " (model " + v + ")").orElse(""))
                    .append(", ").append(age()).append(" before ").append(Fmt.time(h.now())).append(" UTC");
            if (interval > 0) {
                s.append(": ").append(Fmt.num(ageSeconds() / interval, 1)).append("× its usual interval of ")
                        .append(interval()).append(", against a limit of ").append(Fmt.num(multiple, 1)).append("×");
            }
            s.append(". ");
        } else {
            s.append(h.job()).append(" has no successful run in the log. ");
        }
        ongoing.ifPresent(st -> s.append(streakWords(st)));
        if (!Double.isNaN(h.alertsDuringStreak()) && h.alertsDuringStreak() > 0) {
            s.append(Fmt.count(h.alertsDuringStreak())).append(" alerts fired meanwhile, ")
                    .append(Fmt.count(h.alertsAboutJob())).append(" of them (")
                    .append(Fmt.pct(h.alertsAboutJob() / h.alertsDuringStreak())).append(") about ").append(h.job())
                    .append(": the failures drowned in the noise. ");
        }
        s.append("Meanwhile the model in service keeps ageing while the data it sees moves on.");
        return s.toString();
    }

    Optional<Finding> recovered() {
        List<FailureStreak> past = h.streaks().stream().filter(s -> !s.ongoing() && s.failures() >= minStreak).toList();
        if (past.isEmpty()) {
            return Optional.empty();
        }
        FailureStreak worst = past.stream().max(Comparator.comparingInt(FailureStreak::failures)).orElseThrow();
        String title = h.job() + " failed " + worst.failures() + " times in a row (" + Fmt.period(range(worst))
                + ") before recovering";
        String summary = past.stream().map(this::streakWords).collect(Collectors.joining())
                + "The job recovered, but while it failed the model in service was not refreshed.";
        Finding.Builder b = Finding.builder(StalenessCheck.ID, Severity.WARNING, title).summary(summary.trim())
                .remedy("Find why the job failed repeatedly without anyone acting on it; alert on consecutive training "
                        + "failures and on model age.")
                .subject(Subject.job(h.job()))
                .measure("longest_failure_streak", worst.failures())
                .evidence(h);
        past.forEach(st -> b.window(range(st)));
        return Optional.of(b.build());
    }

    private String streakWords(FailureStreak st) {
        String messages = st.messages().stream().limit(3)
                .map(m -> m.count() + " × \"" + shorten(m.message(), 160) + "\"").collect(Collectors.joining(", "));
        int more = st.messages().size() - 3;
        return (st.ongoing() ? "The last " + st.failures() + " runs, from " : st.failures() + " consecutive runs, from ")
                + Fmt.time(st.start()) + " to " + Fmt.time(st.end()) + " UTC, failed: " + messages
                + (more > 0 ? " and " + more + " other messages" : "") + ". ";
    }

    private static TimeRange range(FailureStreak st) {
        return new TimeRange(st.start(), st.end().equals(st.start()) ? st.end().plusSeconds(1) : st.end());
    }

    private String age() {
        return Fmt.duration(Duration.ofMillis(Math.round(ageSeconds() * 1000)));
    }

    private String interval() {
        return Fmt.duration(Duration.ofMillis(Math.round(h.usualIntervalSeconds() * 1000)));
    }

    private static String shorten(String s, int max) {
        String one = s.strip().split("\\R")[0];
        return one.length() > max ? one.substring(0, max - 1) + "…" : one;
    }

}
