package dev.mlwb.analysis.checks.feedback;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ItemShare;
import dev.mlwb.analysis.evidence.PopularityWindow;
import dev.mlwb.analysis.stats.Gini;
import dev.mlwb.analysis.stats.TopShare;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exposures source cut into equal windows from its first exposure. SQL reduces each window to
 * its frequency of frequencies (how many items were shown n times); the concentration statistics
 * are computed from those counts, with never-shown catalog items as zeros. A last window covering
 * less than half its length is left out, so that a partial window does not fake a trend.
 *
 * @param catalog distinct items of the whole source
 */
record ExposureWindows(Duration window, long catalog, List<PopularityWindow> windows, List<ItemShare> topItems) {
    private static final int TOP_ITEMS = 5;
    private static final double TOP_FRACTION = 0.01;

    /**
     * @param preferred the window length asked for
     * @param minWindows with fewer windows of {@code preferred} length, the span is cut into {@code fallbackWindows}
     */
    static ExposureWindows query(Database db, Table t, Duration preferred, int minWindows, int fallbackWindows)
            throws SQLException {
        Row span = db.first("SELECT " + Sql.epochMicros("min(__ts)") + " AS lo, " + Sql.epochMicros("max(__ts)")
                + " AS hi, count(DISTINCT __item) AS items FROM " + t.view() + " WHERE __ts IS NOT NULL AND __item IS NOT NULL")
                .orElseThrow();
        if (span.isNull("lo")) {
            return new ExposureWindows(preferred, 0, List.of(), List.of());
        }
        Instant lo = span.instant("lo").orElseThrow();
        Duration length = Duration.between(lo, span.instant("hi").orElseThrow()).plusSeconds(1);
        Duration window = preferred;
        if (length.toMillis() < preferred.toMillis() * minWindows) {
            window = Duration.ofSeconds(Math.max(60, (long) Math.ceil(length.toSeconds() / (double) fallbackWindows)));
        }
        // whole days (hours) start at midnight (on the hour), UTC: "Jan 5 – Jan 12", not "Jan 5 00:02 – ..."
        Instant origin = window.toSeconds() % 86_400 == 0 ? lo.truncatedTo(ChronoUnit.DAYS)
                : window.toSeconds() % 3_600 == 0 ? lo.truncatedTo(ChronoUnit.HOURS) : lo;
        long catalog = span.lng("items");
        String bucket = "time_bucket(to_seconds(CAST(? AS BIGINT)), __ts, make_timestamp(CAST(? AS BIGINT)))";
        String filtered = "SELECT " + bucket + " AS w, __item AS item, __ts FROM " + t.view()
                + " WHERE __ts IS NOT NULL AND __item IS NOT NULL";
        Object[] params = {window.toSeconds(), origin.toEpochMilli() * 1000};
        Map<Long, long[]> cover = new LinkedHashMap<>();
        for (Row r : db.query("SELECT " + Sql.epochMicros("w") + " AS w, count(*) AS n, count(DISTINCT item) AS shown, "
                + Sql.epochMicros("max(__ts)") + " AS last FROM (" + filtered + ") GROUP BY w ORDER BY w", params)) {
            cover.put(r.instant("w").orElseThrow().toEpochMilli(), new long[] {r.lng("n"), r.lng("shown"),
                    r.instant("last").orElseThrow().toEpochMilli()});
        }
        Map<Long, List<long[]>> freq = new LinkedHashMap<>();
        for (Row r : db.query("SELECT " + Sql.epochMicros("w") + " AS w, n, count(*) AS items FROM (SELECT w, item, "
                + "count(*) AS n FROM (" + filtered + ") GROUP BY w, item) GROUP BY w, n ORDER BY w, n", params)) {
            freq.computeIfAbsent(r.instant("w").orElseThrow().toEpochMilli(), k -> new ArrayList<>())
                    .add(new long[] {r.lng("n"), r.lng("items")});
        }
        List<PopularityWindow> windows = new ArrayList<>();
        List<Long> starts = new ArrayList<>(cover.keySet());
        for (int i = 0; i < starts.size(); i++) {
            long start = starts.get(i);
            long[] c = cover.get(start);
            boolean last = i == starts.size() - 1;
            if (last && i > 0 && c[2] - start < window.toMillis() / 2) {
                continue;
            }
            long[] counts = expand(freq.get(start), catalog);
            windows.add(new PopularityWindow(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start).plus(window), c[0],
                    c[1], Gini.of(counts), (double) c[1] / catalog, TopShare.of(counts, TOP_FRACTION)));
        }
        return new ExposureWindows(window, catalog, windows, top(db, filtered, params, windows));
    }

    /** One count per catalog item: the window's counts, then zeros for items it did not show. */
    private static long[] expand(List<long[]> frequencies, long catalog) {
        long[] out = new long[Math.toIntExact(catalog)];
        int k = 0;
        for (long[] f : frequencies) {
            for (long j = 0; j < f[1]; j++) {
                out[k++] = f[0];
            }
        }
        return out;
    }

    /** The most-shown items of the last window, with their shares there and in the first window. */
    private static List<ItemShare> top(Database db, String filtered, Object[] params, List<PopularityWindow> windows)
            throws SQLException {
        if (windows.size() < 2) {
            return List.of();
        }
        PopularityWindow first = windows.get(0);
        PopularityWindow last = windows.get(windows.size() - 1);
        List<Object> p = new ArrayList<>(List.of(first.start().toEpochMilli() * 1000, last.start().toEpochMilli() * 1000));
        p.addAll(List.of(params));
        List<ItemShare> out = new ArrayList<>();
        for (Row r : db.query("SELECT item, count(*) FILTER (WHERE w = " + Sql.timestampParam() + ") AS f, "
                + "count(*) FILTER (WHERE w = " + Sql.timestampParam() + ") AS l FROM (" + filtered + ") GROUP BY item "
                + "ORDER BY l DESC, item LIMIT " + TOP_ITEMS, p.toArray())) {
            out.add(new ItemShare(r.str("item", ""), (double) r.lng("f") / first.exposures(),
                    (double) r.lng("l") / last.exposures()));
        }
        return out;
    }
}
