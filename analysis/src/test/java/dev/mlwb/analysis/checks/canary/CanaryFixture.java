package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.TestBundle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Per-minute serving metrics by arm and platform, written as a small bundle for the canary checks. */
final class CanaryFixture {
    static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

    /** One row's values. */
    record Cell(String arm, String platform, long requests, long errors, double p99, long impressions, long clicks) {
    }

    /** Produces the cells of one minute. */
    @FunctionalInterface
    interface Minute {
        List<Cell> cells(int minute);
    }

    private CanaryFixture() {
    }

    static TestBundle write(Path dir, int minutes, Minute minute, String extraManifest, List<String> events) {
        List<String> rows = new ArrayList<>();
        rows.add("ts,variant,platform,reqs,errs,p99 ms,imps,clicks");
        for (int m = 0; m < minutes; m++) {
            for (Cell c : minute.cells(m)) {
                rows.add(String.join(",", T0.plusSeconds(60L * m).toString(), c.arm(), c.platform(),
                        Long.toString(c.requests()), Long.toString(c.errors()), String.format(Locale.ROOT, "%.1f", c.p99()),
                        Long.toString(c.impressions()), Long.toString(c.clicks())));
            }
        }
        TestBundle b = TestBundle.in(dir).manifest("""
                arms: {baseline: old, canary: new}
                """ + extraManifest + """
                sources:
                  - role: metrics
                    path: m.csv
                    timestamp: ts
                    arm: variant
                    slices: [platform]
                    metrics: {requests: reqs, errors: errs, latency_p99_ms: p99 ms, impressions: imps, clicks: clicks}
                """ + (events.isEmpty() ? "" : "  - {role: events, path: e.jsonl}\n")).file("m.csv", rows);
        if (!events.isEmpty()) {
            b.file("e.jsonl", events);
        }
        return b;
    }

    static String event(int minute, String type) {
        return "{\"timestamp\": \"" + T0.plusSeconds(60L * minute) + "\", \"type\": \"" + type + "\"}";
    }

    /** A healthy cell: 1000 requests, 0.1% errors, p99 100 ms, 8 impressions a request, CTR {@code ctr}. */
    static Cell cell(String arm, String platform, long requests, double ctr) {
        long imps = requests * 8;
        return new Cell(arm, platform, requests, requests / 1000, 100, imps, Math.round(imps * ctr));
    }
}
