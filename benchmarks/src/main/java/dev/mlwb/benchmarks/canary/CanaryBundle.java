package dev.mlwb.benchmarks.canary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes one generated canary as an incident bundle: per-minute serving metrics by arm × platform × region, a log
 * of labelled scored requests per arm (which is also each arm's features dataset), and the deployment events. The
 * healthy processes are the same in both arms; the fault (if any) changes the canary only. The same seed gives the
 * same files, byte for byte.
 */
public final class CanaryBundle {
    static final List<String> FEATURES = List.of("session_length", "items_viewed", "price_affinity", "device_tier");
    private static final List<String> TIERS = List.of("low", "mid", "high", "premium");
    private static final double[] TIER_SHARES = {0.35, 0.35, 0.2, 0.1};

    private final CanaryScenario s;
    private final FaultPlan fault;
    private final Draw d;

    private CanaryBundle(CanaryScenario s, FaultPlan fault) {
        this.s = s;
        this.fault = fault;
        this.d = new Draw(s.seed());
    }

    /** Writes the canary of {@code seed} with {@code fault} into {@code dir}, and returns its scenario. */
    public static CanaryScenario write(Path dir, long seed, Fault fault) {
        return write(dir, seed, fault, 1);
    }

    /** The same with the fault's size scaled (see {@link FaultPlan#draw(Fault, CanaryScenario, double)}). */
    public static CanaryScenario write(Path dir, long seed, Fault fault, double faultScale) {
        CanaryScenario s = CanaryScenario.draw(seed);
        CanaryBundle b = new CanaryBundle(s, FaultPlan.draw(fault, s, faultScale));
        try {
            Files.createDirectories(dir.resolve("metrics"));
            Files.createDirectories(dir.resolve("logs"));
            Files.createDirectories(dir.resolve("events"));
            Files.writeString(dir.resolve("metrics/serving_by_minute.csv"), b.metrics());
            Files.writeString(dir.resolve("logs/requests_baseline.csv"), b.requests(false));
            Files.writeString(dir.resolve("logs/requests_canary.csv"), b.requests(true));
            Files.writeString(dir.resolve("events/deploy.jsonl"), b.events());
            Files.writeString(dir.resolve("incident.yaml"), b.manifest(fault));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    private String manifest(Fault f) {
        return "format: mlwb-incident/1\n"
                + "title: Generated canary " + s.seed() + (f == Fault.NONE ? " (healthy)" : " (" + f.name().toLowerCase(Locale.ROOT) + ")") + "\n"
                + "arms: {baseline: " + s.baselineArm() + ", canary: " + s.canaryArm() + "}\n"
                + "sources:\n"
                + "  - role: metrics\n"
                + "    path: metrics/serving_by_minute.csv\n"
                + "    timestamp: minute\n"
                + "    arm: model_version\n"
                + "    slices: [platform, region]\n"
                + "    metrics: {requests: requests, errors: errors_5xx, latency_p99_ms: \"latency p99 (ms)\", "
                + "cpu_pct: cpu_util, memory_pct: mem_util, impressions: impressions, clicks: clicks, conversions: conversions}\n"
                + features("baseline") + features("canary")
                + "  - role: predictions\n"
                + "    path: logs/requests_*.csv\n"
                + "    dataset: production\n"
                + "    timestamp: ts\n"
                + "    entity: request_id\n"
                + "    arm: arm\n"
                + "    score: score\n"
                + "    label: label\n"
                + "    slices: [platform, region]\n"
                + "  - role: events\n"
                + "    path: events/deploy.jsonl\n";
    }

    private static String features(String arm) {
        return "  - role: features\n"
                + "    path: logs/requests_" + arm + ".csv\n"
                + "    dataset: " + arm + "\n"
                + "    timestamp: ts\n"
                + "    entity: request_id\n"
                + "    features: [" + String.join(", ", FEATURES) + "]\n"
                + "    slices: [platform, region]\n";
    }

    private String events() {
        return "{\"timestamp\": \"" + s.start().minusSeconds(300) + "\", \"type\": \"deploy\", \"component\": \"ranker\", "
                + "\"message\": \"deploy " + s.canaryArm() + "\"}\n"
                + "{\"timestamp\": \"" + s.start() + "\", \"type\": \"canary_start\", \"component\": \"ranker\", "
                + "\"message\": \"" + s.canaryArm() + " at " + Math.round(s.canaryShare() * 100) + "%\"}\n";
    }

    private double diurnal(int minute) {
        double hour = (s.start().getEpochSecond() / 60 + minute) % 1440 / 60.0;
        return 1 + 0.15 * Math.sin(2 * Math.PI * (hour - 9) / 24);
    }

    private String metrics() {
        StringBuilder out = new StringBuilder("minute,model_version,platform,region,requests,errors_5xx,latency p99 (ms),"
                + "cpu_util,mem_util,impressions,clicks,conversions\n");
        for (int m = 0; m < s.minutes(); m++) {
            Instant t = s.start().plusSeconds(60L * m);
            double load = diurnal(m) * (fault.surging(m) ? fault.surgeFactor() : 1);
            for (int arm = 0; arm < 2; arm++) {
                boolean canary = arm == 1;
                double armShare = canary ? s.canaryShare() : 1 - s.canaryShare();
                double cpu = Math.min(99, 45 * load + 4 * d.normal());
                double mem = 62 + 3 * d.normal();
                boolean slowMinute = d.chance(0.003);
                for (CanaryScenario.Platform p : s.platforms()) {
                    for (CanaryScenario.Region r : s.regions()) {
                        long requests = d.poisson(s.requestsPerMinute() * load * armShare * p.share() * r.share());
                        double errorRate = canary && m >= fault.errorStepMinute() ? fault.errorStepRate() : s.errorRate();
                        long errors = d.binomial(requests, errorRate);
                        double p99 = p99(p, requests, slowMinute, canary && fault.surging(m));
                        long impressions = d.poisson(requests * s.impressionsPerRequest());
                        double ctr = p.ctr() * r.ctrFactor() * (canary ? sliceFactor(p, r) : 1);
                        long clicks = d.binomial(impressions, ctr);
                        long conversions = d.binomial(clicks, s.conversionRate());
                        out.append(t).append(',').append(canary ? s.canaryArm() : s.baselineArm()).append(',')
                                .append(p.name()).append(',').append(r.name()).append(',').append(requests).append(',')
                                .append(errors).append(',').append(fmt(p99, 1)).append(',').append(fmt(cpu, 1)).append(',')
                                .append(fmt(mem, 1)).append(',').append(impressions).append(',').append(clicks).append(',')
                                .append(conversions).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A row's p99: the platform's p99 with noise that grows as the row thins (a p99 of few requests is their slowest
     * one), rare one-minute spikes of one row (0.05 %: a GC pause, a slow dependency call) and slow minutes of a
     * whole arm (0.3 %); under the latency fault, the canary's p99 during the surge.
     */
    private double p99(CanaryScenario.Platform p, long requests, boolean slowMinute, boolean overloaded) {
        double sigma = 0.05 + 0.5 / Math.sqrt(Math.max(1, requests));
        double v = p.p99() * Math.exp(sigma * d.normal());
        if (d.chance(0.0005)) {
            v *= d.uniform(2, 5);
        }
        if (slowMinute) {
            v *= d.uniform(1.5, 2.5);
        }
        if (overloaded) {
            v = Math.max(v, fault.surgeP99() * Math.exp(0.1 * d.normal()));
        }
        return v;
    }

    private double sliceFactor(CanaryScenario.Platform p, CanaryScenario.Region r) {
        if (fault.fault() != Fault.SLICE_CTR_DROP) {
            return 1;
        }
        boolean hit = fault.sliceDimension().equals("platform") ? s.platforms().indexOf(p) == fault.sliceIndex()
                : s.regions().indexOf(r) == fault.sliceIndex();
        return hit ? fault.ctrFactor() : 1;
    }

    /**
     * Labelled scored requests of one arm, spread over the canary: slices by their shares, four features, a true
     * probability from them, a label drawn from it, and the model's score (the true probability; shifted on the
     * logit scale in the canary under the calibration fault).
     */
    private String requests(boolean canary) {
        StringBuilder out = new StringBuilder("ts,request_id,arm,platform,region," + String.join(",", FEATURES)
                + ",score,label\n");
        double[] ps = s.platforms().stream().mapToDouble(CanaryScenario.Platform::share).toArray();
        double[] rs = s.regions().stream().mapToDouble(CanaryScenario.Region::share).toArray();
        int rows = (int) Math.min(s.labelledRowsPerArm(), s.requestsPerMinute() * s.minutes()
                * (canary ? s.canaryShare() : 1 - s.canaryShare()));
        for (int i = 0; i < rows; i++) {
            long second = (long) (d.uniform(0, 1) * s.minutes() * 60);
            CanaryScenario.Platform p = s.platforms().get(pick(ps));
            CanaryScenario.Region r = s.regions().get(pick(rs));
            double session = Math.exp(4 + 0.8 * d.normal());
            long viewed = d.poisson(6);
            double affinity = d.normal();
            int tier = pick(TIER_SHARES);
            double logit = -1.6 + 0.5 * (Math.log(session) - 4) / 0.8 + 0.15 * (viewed - 6) + 0.6 * affinity + 0.3 * tier
                    + p.scoreOffset();
            double truth = sigmoid(logit);
            int label = d.chance(truth) ? 1 : 0;
            double score = canary ? sigmoid(logit + fault.logitShift()) : truth;
            if (canary && fault.fault() == Fault.FEATURE_DRIFT) {
                switch (fault.driftFeature()) {
                    case 0 -> session *= Math.exp(0.8 * fault.driftSd());
                    case 1 -> viewed += Math.round(Math.sqrt(6) * fault.driftSd());
                    default -> affinity += fault.driftSd();
                }
            }
            out.append(s.start().plusSeconds(second)).append(',').append(canary ? "c" : "b").append(s.seed()).append('-')
                    .append(i).append(',').append(canary ? s.canaryArm() : s.baselineArm()).append(',').append(p.name())
                    .append(',').append(r.name()).append(',').append(fmt(session, 2)).append(',').append(viewed).append(',')
                    .append(fmt(affinity, 4)).append(',').append(TIERS.get(tier)).append(',').append(fmt(score, 5))
                    .append(',').append(label).append('\n');
        }
        return out.toString();
    }

    private int pick(double[] shares) {
        double u = d.uniform(0, 1);
        double c = 0;
        for (int i = 0; i < shares.length; i++) {
            c += shares[i];
            if (u < c) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static String fmt(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
