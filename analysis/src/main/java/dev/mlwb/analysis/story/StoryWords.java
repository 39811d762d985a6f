package dev.mlwb.analysis.story;

import dev.mlwb.analysis.format.Fmt;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The story in words, the same in the app and the reports: when something started, when it was noticed. */
public final class StoryWords {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int ALERT_TEXT = 160;

    private StoryWords() {
    }

    /** A UTC time, to the second when {@code seconds}. */
    public static String time(Instant t, boolean seconds) {
        return seconds ? SECONDS.format(t) : Fmt.time(t);
    }

    /** {@code Jan 20 23:00 UTC (between Jan 20 00:00 and Jan 21 00:00)}; seconds when the interval is narrow. */
    public static String when(Onset o) {
        boolean seconds = o.uncertainty().toMinutes() < 5 && (offMinute(o.at()) || offMinute(o.earliest())
                || offMinute(o.latest()));
        String at = (o.censored() ? "at or before " : "") + time(o.at(), seconds) + " UTC";
        return o.earliest().equals(o.latest()) ? at
                : at + " (between " + time(o.earliest(), seconds) + " and " + time(o.latest(), seconds) + ")";
    }

    private static boolean offMinute(Instant t) {
        return t.getEpochSecond() % 60 != 0 || t.getNano() != 0;
    }

    /** How it was dated: {@code change-point: PSI of ... per 24 h window}. */
    public static String how(Onset o) {
        return o.method() + ": " + o.series();
    }

    /** {@code Started Jan 20 23:00 UTC (...)}, or that it is not dated. */
    public static String started(Optional<Onset> onset) {
        return onset.map(o -> "Started " + when(o)).orElse("Start not dated (no time series or window behind it)");
    }

    /** The first alert and the time to detect, or that no alert named the system after {@code what} began. */
    public static String detection(Optional<Onset> onset, Optional<AlertEvent> alert, Optional<Duration> ttd,
                                   String what) {
        if (alert.isEmpty()) {
            return "No alert in the log names the system after " + what + " began"
                    + (onset.isEmpty() ? " (its start is not dated)" : "") + ".";
        }
        AlertEvent a = alert.get();
        String text = a.text().length() > ALERT_TEXT ? a.text().substring(0, ALERT_TEXT - 1) + "…" : a.text();
        return "First alert " + time(a.at(), offMinute(a.at())) + " UTC, " + a.type() + a.level().map(l -> " (" + l + ")").orElse("")
                + ": “" + text + "” (names " + a.named() + ")"
                + ttd.map(d -> ". Time to detect: " + Fmt.duration(d) + ".").orElse(".");
    }

    /** The incident's headline: when the earliest root cause began and when it was noticed. */
    public static String headline(Story s) {
        return "Earliest root cause began " + s.earliestOnset().map(StoryWords::when).orElse("at a time no series dates")
                + ". " + detection(s.earliestOnset(), s.firstAlert(), s.timeToDetect(), "the earliest root cause");
    }
}
