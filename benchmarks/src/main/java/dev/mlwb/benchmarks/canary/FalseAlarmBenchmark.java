package dev.mlwb.benchmarks.canary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The false-alarm benchmark: many generated healthy canaries (both arms from the same processes) and the same
 * canaries with one known fault each, through the full check suite. Prints the share of healthy canaries with any
 * critical finding (and which checks raised them) and the share of injected faults the expected check found.
 *
 * <p>Run (see {@code benchmarks/README.md}): {@code java -cp analysis/target/mlwb.jar:benchmarks/target/classes
 * dev.mlwb.benchmarks.canary.FalseAlarmBenchmark [HEALTHY] [FAULT_SEEDS] [FIRST_SEED] [FAULT_SCALE]}; a
 * {@code FAULT_SCALE} below 1 shrinks the injected faults, to see where detection ends.
 */
public final class FalseAlarmBenchmark {
    private FalseAlarmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int healthy = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int faultSeeds = args.length > 1 ? Integer.parseInt(args[1]) : healthy;
        long first = args.length > 2 ? Long.parseLong(args[2]) : 1;
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 1;
        Path work = Files.createTempDirectory("mlwb-false-alarms");
        long t = System.nanoTime();
        List<FalseAlarmRun.Outcome> outcomes = new ArrayList<>();
        for (long seed = first; seed < first + Math.max(healthy, faultSeeds); seed++) {
            for (Fault f : Fault.values()) {
                if (f == Fault.NONE ? seed < first + healthy : seed < first + faultSeeds) {
                    FalseAlarmRun.Outcome o = FalseAlarmRun.run(work, seed, f, scale);
                    outcomes.add(o);
                    progress(o);
                }
            }
        }
        Files.deleteIfExists(work);
        print("");
        print(String.format(Locale.ROOT, "Seeds %d to %d; fault sizes × %s.%n", first,
                first + Math.max(healthy, faultSeeds) - 1, scale));
        print(Report.of(outcomes).markdown(String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - t) / 1e9)));
    }

    private static void progress(FalseAlarmRun.Outcome o) {
        System.err.println(String.format(Locale.ROOT, "seed %4d %-18s %6.0f canary rpm %5d ms  critical %s  warning %s%s%s",
                o.seed(), o.fault(), o.canaryRequestsPerMinute(), o.millis(), o.criticalChecks(), o.warningChecks(),
                o.fault() == Fault.NONE ? "" : o.found() ? "  found (" + o.expected().get().key() + ")" : "  MISSED",
                o.failedChecks().isEmpty() ? "" : "  FAILED " + o.failedChecks()));
    }

    private static void print(String s) {
        System.out.println(s);
    }

    /** The figures of a run: healthy canaries with a critical, by check; faults found, by kind. */
    public record Report(List<FalseAlarmRun.Outcome> outcomes) {
        public static Report of(List<FalseAlarmRun.Outcome> outcomes) {
            return new Report(List.copyOf(outcomes));
        }

        public List<FalseAlarmRun.Outcome> healthy() {
            return outcomes.stream().filter(o -> o.fault() == Fault.NONE).toList();
        }

        public List<FalseAlarmRun.Outcome> faulty() {
            return outcomes.stream().filter(o -> o.fault() != Fault.NONE).toList();
        }

        /** Healthy canaries with at least one critical finding, as a share. */
        public double falseCriticalRate() {
            return share(healthy().stream().filter(FalseAlarmRun.Outcome::anyCritical).count(), healthy().size());
        }

        /** Injected faults found by their expected check (warning or critical), as a share. */
        public double detectionRate() {
            return share(faulty().stream().filter(FalseAlarmRun.Outcome::found).count(), faulty().size());
        }

        private static double share(long k, long n) {
            return n == 0 ? Double.NaN : (double) k / n;
        }

        private static Map<String, Integer> count(List<FalseAlarmRun.Outcome> os, boolean critical) {
            Map<String, Integer> out = new TreeMap<>();
            os.forEach(o -> (critical ? o.criticalChecks() : o.warningChecks()).forEach(c -> out.merge(c, 1, Integer::sum)));
            return out;
        }

        public String markdown(String wall) {
            List<FalseAlarmRun.Outcome> h = healthy();
            long thin = h.stream().filter(FalseAlarmRun.Outcome::thin).count();
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "Healthy canaries: %d (%d thin: under 100 canary requests a minute). "
                    + "With any critical: %d (%.1f %%); with any warning: %d (%.1f %%).%n%n", h.size(), thin,
                    h.stream().filter(FalseAlarmRun.Outcome::anyCritical).count(), 100 * falseCriticalRate(),
                    h.stream().filter(o -> !o.warningChecks().isEmpty()).count(),
                    100 * share(h.stream().filter(o -> !o.warningChecks().isEmpty()).count(), h.size())));
            s.append("| check | healthy canaries with a critical | with a warning |\n|---|---:|---:|\n");
            Map<String, Integer> crit = count(h, true);
            Map<String, Integer> warn = count(h, false);
            TreeMap<String, Integer> all = new TreeMap<>(crit);
            warn.keySet().forEach(k -> all.putIfAbsent(k, 0));
            if (all.isEmpty()) {
                s.append("| (none) | 0 | 0 |\n");
            }
            all.keySet().forEach(c -> s.append(String.format(Locale.ROOT, "| `%s` | %d (%.1f %%) | %d |%n", c,
                    crit.getOrDefault(c, 0), 100 * share(crit.getOrDefault(c, 0), h.size()), warn.getOrDefault(c, 0))));
            s.append(String.format(Locale.ROOT, "%nInjected faults: %d, found %d (%.1f %%).%n%n", faulty().size(),
                    faulty().stream().filter(FalseAlarmRun.Outcome::found).count(), 100 * detectionRate()));
            s.append("| fault | expected check | found | critical | warning | found in thin canaries |\n"
                    + "|---|---|---:|---:|---:|---:|\n");
            for (Fault f : Fault.values()) {
                if (f == Fault.NONE) {
                    continue;
                }
                List<FalseAlarmRun.Outcome> os = faulty().stream().filter(o -> o.fault() == f).toList();
                if (os.isEmpty()) {
                    continue;
                }
                long found = os.stream().filter(FalseAlarmRun.Outcome::found).count();
                long critical = os.stream().filter(o -> o.expected().filter(x -> x.key().equals("critical")).isPresent()).count();
                List<FalseAlarmRun.Outcome> thinOnes = os.stream().filter(FalseAlarmRun.Outcome::thin).toList();
                s.append(String.format(Locale.ROOT, "| %s | `%s` | %d / %d (%.1f %%) | %d | %d | %d / %d |%n",
                        f.description(), f.expectedCheck(), found, os.size(), 100 * share(found, os.size()), critical,
                        found - critical, thinOnes.stream().filter(FalseAlarmRun.Outcome::found).count(), thinOnes.size()));
            }
            List<String> missed = faulty().stream().filter(o -> !o.found()).map(o -> o.fault() + " seed " + o.seed()).toList();
            s.append(String.format(Locale.ROOT, "%nMissed: %s. Failed checks: %d. Wall time: %s for %d bundles.%n",
                    missed.isEmpty() ? "none" : String.join(", ", missed),
                    outcomes.stream().mapToLong(o -> o.failedChecks().size()).sum(), wall, outcomes.size()));
            return s.toString();
        }
    }
}
