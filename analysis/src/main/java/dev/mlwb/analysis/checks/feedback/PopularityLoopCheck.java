package dev.mlwb.analysis.checks.feedback;

import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ItemShare;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.PopularityWindow;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code feedback.popularity-loop}: exposure concentrates on already-popular items over time. Per
 * exposures source and time window: the Gini coefficient of item exposures, catalog coverage and
 * the top-1 % share. A warning when the Gini coefficient rises over at least three consecutive
 * windows while coverage falls.
 */
public final class PopularityLoopCheck implements Check {
    public static final String ID = "feedback.popularity-loop";
    private static final int MIN_WINDOWS = 4;
    private static final int FALLBACK_WINDOWS = 8;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Exposure concentrates on already-popular items over time";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.EXPOSURES);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("window_hours", 168, "window length; with fewer than 4 such windows the span is cut into 8"),
                new ThresholdSpec("consecutive_windows", 3, "this many consecutive rises of the Gini coefficient are a trend"),
                new ThresholdSpec("min_gini_rise", 0.005,
                        "a window's Gini must exceed the previous one's by this much to count"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return data.tables(Role.EXPOSURES).isEmpty() ? Optional.of("no exposures source") : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        Duration preferred = Duration.ofSeconds(Math.max(60, Math.round(ctx.threshold("window_hours") * 3600)));
        int needed = (int) Math.max(1, Math.round(ctx.threshold("consecutive_windows")));
        for (Table t : ctx.data().tables(Role.EXPOSURES)) {
            ctx.cancellation().throwIfCancelled();
            ExposureWindows w = ExposureWindows.query(ctx.db(), t, preferred, MIN_WINDOWS, FALLBACK_WINDOWS);
            int[] run = longestRise(w.windows(), ctx.threshold("min_gini_rise"));
            Optional<TimeRange> rising = run[1] > 0 ? Optional.of(new TimeRange(w.windows().get(run[0]).start(),
                    w.windows().get(run[0] + run[1]).end())) : Optional.empty();
            PopularityTrend trend = new PopularityTrend("Exposure concentration of " + t.name() + " in "
                    + windows(w.window().toSeconds()), t.name(), w.window().toSeconds(), w.catalog(), w.windows(),
                    w.topItems(), rising);
            result.evidence(trend);
            record(result, t.name(), w, run[1]);
            if (run[1] >= needed) {
                PopularityWindow a = w.windows().get(run[0]);
                PopularityWindow b = w.windows().get(run[0] + run[1]);
                if (b.coverage() < a.coverage()) {
                    result.finding(finding(trend, a, b, run[1]));
                }
            }
        }
        return result.build();
    }

    /** Start index and number of rises of the longest stretch of consecutive Gini rises. */
    static int[] longestRise(List<PopularityWindow> windows, double minRise) {
        int bestStart = 0;
        int best = 0;
        int start = 0;
        for (int i = 1; i < windows.size(); i++) {
            if (!(windows.get(i).gini() - windows.get(i - 1).gini() > minRise)) {
                start = i;
            } else if (i - start > best) {
                best = i - start;
                bestStart = start;
            }
        }
        return new int[] {bestStart, best};
    }

    private static void record(CheckResult.Builder result, String source, ExposureWindows w, int rises) {
        if (w.windows().isEmpty()) {
            return;
        }
        PopularityWindow first = w.windows().get(0);
        PopularityWindow last = w.windows().get(w.windows().size() - 1);
        result.measures(Subject.source(source), "gini_first", first.gini(), "gini_last", last.gini(),
                "coverage_first", first.coverage(), "coverage_last", last.coverage(),
                "top1pct_share_first", first.top1PctShare(), "top1pct_share_last", last.top1PctShare(),
                "rising_windows", rises, "windows", w.windows().size(), "catalog_items", w.catalog());
        for (ItemShare i : w.topItems()) {
            result.measures(Subject.item(i.item()), "share_first", i.firstShare(), "share_last", i.lastShare());
        }
    }

    /** {@code weekly windows}, {@code daily windows}, or {@code windows of 3.5 h}. */
    static String windows(long seconds) {
        if (seconds == 7 * 86400L) {
            return "weekly windows";
        }
        if (seconds == 86400L) {
            return "daily windows";
        }
        if (seconds == 3600L) {
            return "hourly windows";
        }
        return "windows of " + Fmt.duration(Duration.ofSeconds(seconds));
    }

    private static Finding finding(PopularityTrend trend, PopularityWindow a, PopularityWindow b, int rises) {
        String title = "Recommendations concentrate on fewer items: Gini " + Fmt.num(a.gini(), 2) + " → "
                + Fmt.num(b.gini(), 2) + " over " + rises + " consecutive " + windows(trend.windowSeconds())
                + ", coverage " + Fmt.pct(a.coverage()) + " → " + Fmt.pct(b.coverage());
        StringBuilder s = new StringBuilder("From ").append(Fmt.period(new TimeRange(a.start(), b.end())))
                .append(", the Gini coefficient of item exposures in ").append(trend.source()).append(" rose in ")
                .append(rises).append(" consecutive windows, from ").append(Fmt.num(a.gini(), 3)).append(" to ")
                .append(Fmt.num(b.gini(), 3)).append(", while catalog coverage fell from ").append(Fmt.pct(a.coverage()))
                .append(" to ").append(Fmt.pct(b.coverage())).append(" of ").append(Fmt.count(trend.catalogItems()))
                .append(" items and the top 1% of items went from ").append(Fmt.pct(a.top1PctShare())).append(" to ")
                .append(Fmt.pct(b.top1PctShare())).append(" of all exposures. ");
        if (!trend.topItems().isEmpty()) {
            ItemShare top = trend.topItems().get(0);
            s.append("The most shown item, ").append(top.item()).append(", went from ").append(Fmt.pct(top.firstShare()))
                    .append(" to ").append(Fmt.pct(top.lastShare())).append(" of exposures. ");
        }
        s.append("Recommending what is already popular makes it more popular; a model retrained on these logs "
                + "learns the bias and amplifies it.");
        Finding.Builder f = Finding.builder(ID, Severity.WARNING, title).summary(s.toString())
                .remedy("Break the loop: reserve a share of slots for exploration (randomised or bandit), train with "
                        + "position and propensity debiasing (inverse propensity weighting), add diversity or "
                        + "popularity penalties to the ranking, and track Gini and coverage for every release.")
                .subject(Subject.source(trend.source()))
                .measure("gini_first", a.gini()).measure("gini_last", b.gini())
                .measure("coverage_first", a.coverage()).measure("coverage_last", b.coverage())
                .measure("top1pct_share_first", a.top1PctShare()).measure("top1pct_share_last", b.top1PctShare())
                .measure("rising_windows", rises)
                .evidence(trend)
                .window(new TimeRange(a.start(), b.end()));
        trend.topItems().stream().limit(3).forEach(i -> f.subject(Subject.item(i.item())));
        return f.build();
    }
}
