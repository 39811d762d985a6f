package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.evidence.FailureStreak;
import dev.mlwb.analysis.evidence.JobHistory;
import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.analysis.evidence.MessageCount;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.LaneLayer;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A recurring job's runs on a time line (successes, failures, failure streaks) and its newest success's age. */
public final class JobHistoryViewModel {
    private final JobHistory j;

    public JobHistoryViewModel(JobHistory history) {
        this.j = history;
    }

    public String title() {
        return j.title();
    }

    public String caption() {
        String age = j.lastSuccess().map(t -> "newest success " + Times.minute(t) + ", "
                + Times.seconds(j.now().getEpochSecond() - t.getEpochSecond()) + " before the incident's now ("
                + Times.minute(j.now()) + ")").orElse("no successful run in the log");
        String usual = Double.isNaN(j.usualIntervalSeconds()) ? "" : "; usually every "
                + Times.seconds(j.usualIntervalSeconds());
        String alerts = Double.isNaN(j.alertsDuringStreak()) ? "" : " During the latest streak "
                + Fmt.count(j.alertsDuringStreak()) + " alerts fired, " + Fmt.count(j.alertsAboutJob())
                + " of them about this job.";
        return j.runs().size() + " runs, " + j.runs().stream().filter(r -> !r.success()).count() + " failed; " + age
                + usual + "." + alerts;
    }

    public List<String> lanes() {
        return List.of("succeeded", "failed");
    }

    public List<LaneLayer> layers() {
        List<LaneLayer.Point> ok = new ArrayList<>();
        List<LaneLayer.Point> failed = new ArrayList<>();
        for (JobRun r : j.runs()) {
            String label = Times.minute(r.at()) + ": " + r.status() + r.modelVersion().map(v -> ", " + v).orElse("")
                    + r.message().map(m -> ", " + m).orElse("");
            (r.success() ? ok : failed).add(new LaneLayer.Point(r.success() ? 0 : 1, Times.x(r.at()), label));
        }
        List<LaneLayer.Span> streaks = new ArrayList<>();
        for (FailureStreak s : j.streaks()) {
            streaks.add(new LaneLayer.Span(1, Times.x(s.start()), Times.x(s.end()), s.failures() + " failures in a row"
                    + (s.ongoing() ? " (ongoing)" : "")));
        }
        return List.of(LaneLayer.spans("failure streak", Palette.BAD, streaks),
                LaneLayer.points("success", Palette.GREEN, ok), LaneLayer.points("failure", Palette.BAD, failed));
    }

    public List<Mark> marks() {
        List<Mark> out = new ArrayList<>();
        j.lastSuccess().ifPresent(t -> out.add(Mark.xLine(Times.x(t), "last success", "mark-event")));
        out.add(Mark.xLine(Times.x(j.now()), "now", "mark-critical"));
        return out;
    }

    /** The newest runs first. */
    public List<JobRun> runs() {
        List<JobRun> out = new ArrayList<>(j.runs());
        java.util.Collections.reverse(out);
        return out;
    }

    public List<StreakItem> streaks() {
        return j.streaks().stream().map(StreakItem::new).toList();
    }

    public static Set<String> states(JobRun r) {
        return r.success() ? Set.of() : Set.of("bad");
    }

    /** A failure streak with its error messages in a line. */
    public record StreakItem(FailureStreak streak) {
        public String period() {
            return Times.minute(streak.start()) + " – " + Times.minute(streak.end());
        }

        public String messages() {
            return String.join("; ", streak.messages().stream().map(MessageCount::message).toList());
        }
    }
}
