package dev.mlwb.analysis.checks.training;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.FailureStreak;
import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.analysis.evidence.MessageCount;
import dev.mlwb.analysis.timeline.EventInventory;
import dev.mlwb.analysis.timeline.EventStatus;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The runs of the training jobs in the events log: {@code job} events with a success or failure
 * status, by job {@code name}, oldest first (the newest {@value #LIMIT} per job). Training jobs are
 * those whose name mentions training or whose events carry a {@code model_version}; when no job
 * does, every job counts.
 */
final class JobRuns {
    static final int LIMIT = 2000;

    private JobRuns() {
    }

    static Map<String, List<JobRun>> training(IncidentData data) throws SQLException {
        Table events = data.events().orElseThrow();
        Map<String, List<JobRun>> all = new LinkedHashMap<>();
        for (Row r : data.db().query("SELECT job, " + Sql.epochMicros("ts") + " AS t, ok, status, mv, msg FROM (SELECT "
                + "coalesce(" + EventInventory.attribute("name") + ", __component, '(unnamed job)') AS job, __ts AS ts, "
                + EventStatus.outcome() + " AS ok, " + EventInventory.attribute("status") + " AS status, "
                + EventInventory.attribute("model_version") + " AS mv, " + EventStatus.errorText() + " AS msg FROM "
                + events.view() + " WHERE __type = 'job' AND __ts IS NOT NULL) WHERE ok IS NOT NULL "
                + "QUALIFY row_number() OVER (PARTITION BY job ORDER BY ts DESC) <= " + LIMIT + " ORDER BY job, ts")) {
            boolean ok = r.lng("ok") == 1;
            all.computeIfAbsent(r.str("job", ""), k -> new ArrayList<>()).add(new JobRun(r.instant("t").orElseThrow(), ok,
                    r.str("status", ""), r.text("mv"), ok ? Optional.empty() : r.text("msg")));
        }
        Map<String, List<JobRun>> training = new LinkedHashMap<>();
        all.forEach((job, runs) -> {
            String n = job.toLowerCase(Locale.ROOT);
            if (n.contains("train") || n.contains("fit") || runs.stream().anyMatch(x -> x.modelVersion().isPresent())) {
                training.put(job, runs);
            }
        });
        return training.isEmpty() ? all : training;
    }

    /** The median time between consecutive runs; NaN with fewer than three runs. */
    static double usualIntervalSeconds(List<JobRun> runs) {
        if (runs.size() < 3) {
            return Double.NaN;
        }
        double[] gaps = new double[runs.size() - 1];
        for (int i = 1; i < runs.size(); i++) {
            gaps[i - 1] = Duration.between(runs.get(i - 1).at(), runs.get(i).at()).toMillis() / 1000.0;
        }
        Arrays.sort(gaps);
        int n = gaps.length;
        return n % 2 == 1 ? gaps[n / 2] : (gaps[n / 2 - 1] + gaps[n / 2]) / 2;
    }

    /** Runs of at least {@code min} consecutive failures (the ongoing one at the end whatever its length, if any). */
    static List<FailureStreak> streaks(List<JobRun> runs, int min) {
        List<FailureStreak> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= runs.size(); i++) {
            boolean failed = i < runs.size() && !runs.get(i).success();
            if (failed && start < 0) {
                start = i;
            } else if (!failed && start >= 0) {
                boolean ongoing = i == runs.size();
                if (i - start >= min || ongoing) {
                    out.add(streak(runs.subList(start, i), ongoing));
                }
                start = -1;
            }
        }
        return out;
    }

    private static FailureStreak streak(List<JobRun> failed, boolean ongoing) {
        Map<String, Long> counts = new LinkedHashMap<>();
        failed.forEach(r -> counts.merge(r.message().orElse("(no message)"), 1L, Long::sum));
        List<MessageCount> messages = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new MessageCount(e.getKey(), e.getValue())).toList();
        return new FailureStreak(failed.get(0).at(), failed.get(failed.size() - 1).at(), failed.size(), ongoing, messages);
    }

    /** Alert events between two instants: all of them, and those naming {@code job}. */
    static long[] alerts(IncidentData data, String job, Instant from, Instant to) throws SQLException {
        if (EventInventory.of(data).count("alert") == 0) {
            return new long[] {0, 0};
        }
        Row r = data.db().first("SELECT count(*) AS n, count(*) FILTER (WHERE contains(lower(coalesce(__message, '') || ' ' "
                + "|| coalesce(" + EventInventory.attribute("name") + ", '') || ' ' || coalesce(__component, '')), lower(?)))"
                + " AS about FROM " + data.events().orElseThrow().view() + " WHERE __type = 'alert' AND __ts >= "
                + Sql.timestampParam() + " AND __ts <= " + Sql.timestampParam(), job, from.toEpochMilli() * 1000,
                to.toEpochMilli() * 1000).orElseThrow();
        return new long[] {r.lng("n"), r.lng("about")};
    }
}
