package dev.mlwb.benchmarks.canary;

import java.time.Instant;
import java.util.List;

/**
 * The parameters of one generated canary, drawn from its seed: how long it ran, how much traffic it took, its
 * slices and their rates, and the processes both arms share. A fault (drawn from the same seed) changes the canary
 * arm only.
 *
 * @param seed the seed everything is drawn from
 * @param start when the canary started
 * @param minutes how long it ran (2–6 hours)
 * @param requestsPerMinute all traffic, both arms (800–12,000, log-uniform)
 * @param canaryShare the canary's share of traffic (2–25 %)
 * @param errorRate the error rate of both arms (0.1–0.5 %)
 * @param impressionsPerRequest items shown per request (5–20)
 * @param conversionRate conversions per click (3–10 %)
 * @param platforms the platforms with their traffic share, CTR and p99
 * @param regions the regions with their traffic share and CTR multiplier
 * @param labelledRowsPerArm labelled predictions logged per arm (1,500–8,000, at most the arm's requests)
 */
record CanaryScenario(long seed, Instant start, int minutes, double requestsPerMinute, double canaryShare,
                      double errorRate, double impressionsPerRequest, double conversionRate, List<Platform> platforms,
                      List<Region> regions, int labelledRowsPerArm) {

    /** A platform: its traffic share, CTR, p99 latency (ms) and model score offset. */
    record Platform(String name, double share, double ctr, double p99, double scoreOffset) {
    }

    /** A region: its traffic share and CTR multiplier. */
    record Region(String name, double share, double ctrFactor) {
    }

    static final List<String> PLATFORM_NAMES = List.of("ios", "android", "web", "tv");
    static final List<String> REGION_NAMES = List.of("na", "eu", "apac", "latam");

    static CanaryScenario draw(long seed) {
        Draw d = new Draw(seed * 0x9E3779B97F4A7C15L + 17);
        Instant start = Instant.parse("2026-03-02T06:00:00Z").plusSeconds(60L * d.between(0, 60 * 24 * 6));
        int minutes = d.between(120, 360);
        double rpm = d.logUniform(800, 12_000);
        double share = d.uniform(0.02, 0.25);
        double errors = d.uniform(0.001, 0.005);
        int np = d.between(2, 4);
        int nr = d.between(2, 4);
        double[] ps = d.shares(np, 0.08);
        double[] rs = d.shares(nr, 0.08);
        List<Platform> platforms = new java.util.ArrayList<>();
        for (int i = 0; i < np; i++) {
            platforms.add(new Platform(PLATFORM_NAMES.get(i), ps[i], d.uniform(0.02, 0.08), d.uniform(80, 250),
                    d.uniform(-0.6, 0.6)));
        }
        List<Region> regions = new java.util.ArrayList<>();
        for (int i = 0; i < nr; i++) {
            regions.add(new Region(REGION_NAMES.get(i), rs[i], d.uniform(0.8, 1.2)));
        }
        double canaryRequests = rpm * share * minutes;
        int labelled = (int) Math.min(canaryRequests, d.uniform(1_500, 8_000));
        return new CanaryScenario(seed, start, minutes, rpm, share, errors, d.uniform(5, 20), d.uniform(0.03, 0.10),
                List.copyOf(platforms), List.copyOf(regions), labelled);
    }

    /** Whether the canary is thin: under 100 requests a minute. */
    boolean thin() {
        return requestsPerMinute * canaryShare < 100;
    }

    String baselineArm() {
        return "v" + (40 + seed % 50);
    }

    String canaryArm() {
        return "v" + (41 + seed % 50);
    }
}
