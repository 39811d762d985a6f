package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One recurring job's runs over time (successes and failures, with error messages), its failure
 * streaks, and how old its newest success was at the incident's "now".
 *
 * @param usualIntervalSeconds the median time between consecutive runs (NaN with fewer than 3 runs)
 * @param lastSuccess the newest successful run, if any
 * @param now the reference instant ages are measured to
 * @param runs the runs, oldest first (the newest {@code JobHistoryQuery} limit of them)
 * @param streaks runs of consecutive failures at or above the check's limit
 * @param alertsDuringStreak alert events logged while the newest streak lasted (NaN if none)
 * @param alertsAboutJob of those, the ones naming this job
 */
public record JobHistory(String title, String job, double usualIntervalSeconds, Optional<Instant> lastSuccess,
                         Instant now, List<JobRun> runs, List<FailureStreak> streaks, double alertsDuringStreak,
                         double alertsAboutJob) implements Evidence {
    public JobHistory {
        runs = List.copyOf(runs);
        streaks = List.copyOf(streaks);
    }

    @Override
    public String type() {
        return "job-history";
    }
}
