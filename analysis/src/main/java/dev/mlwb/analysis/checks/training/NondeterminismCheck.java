package dev.mlwb.analysis.checks.training;

import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.documents.BundleDocuments;
import dev.mlwb.analysis.data.documents.EnvironmentRun;
import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.EnvironmentField;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code training.nondeterminism}: runs that share code and data versions but differ in packages,
 * hardware, seed or artifact hash, and packages given as version ranges. Different packages or
 * hardware, or different artifacts from identical environments and seeds, are warnings; runs that
 * differ only in their seed are reported for information.
 */
public final class NondeterminismCheck implements Check {
    public static final String ID = "training.nondeterminism";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Same code and data, different environment or artifact";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.ENVIRONMENTS, Role.EVENTS);
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return data.documents(Role.ENVIRONMENTS).isEmpty() ? Optional.of("no environments source") : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws BundleException {
        List<EnvironmentRun> runs = BundleDocuments.environments(ctx.data());
        CheckResult.Builder result = CheckResult.builder();
        Map<String, Integer> peers = new HashMap<>();
        Map<String, Integer> differing = new HashMap<>();
        for (Map.Entry<List<String>, List<EnvironmentRun>> g : groups(runs).entrySet()) {
            List<EnvironmentRun> group = g.getValue();
            group.forEach(r -> peers.put(r.run(), group.size() - 1));
            if (group.size() < 2) {
                continue;
            }
            String code = g.getKey().get(0);
            String data = g.getKey().get(1);
            EnvironmentComparison cmp = EnvironmentTable.compare(group.size() + " runs of code " + code + " on data "
                    + data, code, data, group);
            result.evidence(cmp);
            long n = cmp.differing().stream().filter(NondeterminismCheck::aboutTheRun).count();
            group.forEach(r -> differing.put(r.run(), (int) n));
            divergence(cmp, group).ifPresent(result::finding);
        }
        Map<String, List<String>> unpinned = unpinned(runs);
        for (EnvironmentRun r : runs) {
            result.measures(Subject.run(r.run()), "peer_runs", peers.getOrDefault(r.run(), 0),
                    "differing_fields", differing.getOrDefault(r.run(), 0),
                    "unpinned_packages", unpinned.getOrDefault(r.run(), List.of()).size());
        }
        if (!unpinned.isEmpty()) {
            result.finding(unpinnedFinding(runs, unpinned));
        }
        return result.build();
    }

    /** Runs by (code version, data version), for runs that give both. */
    private static Map<List<String>, List<EnvironmentRun>> groups(List<EnvironmentRun> runs) {
        Map<List<String>, List<EnvironmentRun>> out = new LinkedHashMap<>();
        for (EnvironmentRun r : runs) {
            if (r.codeVersion().isPresent() && r.dataVersion().isPresent()) {
                out.computeIfAbsent(List.of(r.codeVersion().get(), r.dataVersion().get()), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** Rows that describe how a run was made (environment, seed, artifact), not when or with what result. */
    private static boolean aboutTheRun(EnvironmentField f) {
        return EnvironmentTable.environmental(f) || f.field().equals("seed") || f.field().equals("artifact_sha256");
    }

    private static Optional<Finding> divergence(EnvironmentComparison cmp, List<EnvironmentRun> group) {
        List<EnvironmentField> env = cmp.differing().stream().filter(EnvironmentTable::environmental).toList();
        boolean seed = cmp.differing().stream().anyMatch(f -> f.field().equals("seed"));
        boolean artifact = cmp.differing().stream().anyMatch(f -> f.field().equals("artifact_sha256"));
        Severity severity;
        String what;
        if (!env.isEmpty()) {
            severity = Severity.WARNING;
            what = "differ in " + Fmt.and(env.stream().map(EnvironmentField::field).toList());
        } else if (artifact && !seed) {
            severity = Severity.WARNING;
            what = "have identical packages, hardware and seed but different artifacts";
        } else if (seed) {
            severity = Severity.INFO;
            what = "differ only in their random seed";
        } else {
            return Optional.empty();
        }
        List<String> ids = cmp.runs();
        String title = "Runs " + Fmt.and(ids.size() <= 4 ? ids : List.of(ids.get(0), "…", ids.get(ids.size() - 1)))
                + " share code " + cmp.codeVersion() + " and data " + cmp.dataVersion() + " but " + what;
        List<String> parts = new ArrayList<>();
        for (EnvironmentField f : cmp.differing()) {
            if (!f.field().equals("started_at") && !f.field().equals("model_version")) {
                parts.add(f.field() + ": " + values(f, ids));
            }
        }
        String summary = ids.size() + " training runs used the same code (" + cmp.codeVersion() + ") and data ("
                + cmp.dataVersion() + "), so they should have produced the same model. They differ: "
                + String.join("; ", parts) + ". "
                + (severity == Severity.WARNING ? "A model that cannot be rebuilt bit for bit breaks reproducibility "
                + "and makes a rollback or retrain land on a different model than the one validated."
                : "Different seeds make different models by design; fix the seed when runs must be comparable.");
        Finding.Builder b = Finding.builder(ID, severity, title).summary(summary)
                .remedy("Capture and pin the whole environment: a lock file with exact package versions (numpy==1.24.1, "
                        + "not >=1.23), a container image digest, the GPU type, and a fixed seed with deterministic "
                        + "kernels (e.g. torch.use_deterministic_algorithms, CUBLAS_WORKSPACE_CONFIG); retrain "
                        + "reproductions on the same hardware type.")
                .measure("runs", ids.size())
                .measure("differing_fields", cmp.differing().stream().filter(NondeterminismCheck::aboutTheRun).count())
                .evidence(cmp);
        ids.forEach(id -> b.subject(Subject.run(id)));
        window(group).ifPresent(b::window);
        return Optional.of(b.build());
    }

    /** {@code V100 (train-1) vs A100 (train-2)}: each distinct value with the runs that have it. */
    static String values(EnvironmentField f, List<String> runs) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            String v = f.values().get(i);
            byValue.computeIfAbsent(v.isEmpty() ? "(not given)" : shorten(f, v), k -> new ArrayList<>()).add(runs.get(i));
        }
        List<String> out = new ArrayList<>();
        byValue.forEach((v, rs) -> out.add(v + " (" + String.join(", ", rs) + ")"));
        return String.join(" vs ", out);
    }

    private static String shorten(EnvironmentField f, String v) {
        return f.field().equals("artifact_sha256") && v.length() > 12 ? v.substring(0, 12) + "…" : v;
    }

    private static Optional<TimeRange> window(List<EnvironmentRun> runs) {
        List<Instant> times = runs.stream().map(EnvironmentRun::startedAt).flatMap(Optional::stream).sorted().toList();
        if (times.isEmpty()) {
            return Optional.empty();
        }
        Instant last = times.get(times.size() - 1);
        return Optional.of(new TimeRange(times.get(0), last.equals(times.get(0)) ? last.plusSeconds(1) : last));
    }

    /** Run → its packages given as ranges ({@code numpy>=1.23}). */
    private static Map<String, List<String>> unpinned(List<EnvironmentRun> runs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (EnvironmentRun r : runs) {
            r.packages().forEach((name, version) -> {
                if (!PackagePins.pinned(version)) {
                    out.computeIfAbsent(r.run(), k -> new ArrayList<>()).add(name + (version.isBlank() || version.equals("*")
                            ? " (any version)" : Character.isDigit(version.charAt(0)) ? " " + version : version));
                }
            });
        }
        return out;
    }

    private static Finding unpinnedFinding(List<EnvironmentRun> runs, Map<String, List<String>> unpinned) {
        List<EnvironmentRun> affected = runs.stream().filter(r -> unpinned.containsKey(r.run())).toList();
        List<String> each = new ArrayList<>();
        unpinned.forEach((run, pkgs) -> each.add(run + ": " + String.join(", ", pkgs)));
        long distinct = unpinned.values().stream().flatMap(List::stream).distinct().count();
        EnvironmentComparison cmp = EnvironmentTable.compare("Packages of " + affected.size() + " runs with version ranges",
                "", "", affected);
        Finding.Builder b = Finding.builder(ID, Severity.WARNING, affected.size() + " environment"
                        + (affected.size() == 1 ? "" : "s") + " install packages from version ranges, not pinned versions")
                .summary("These runs and replicas name a range instead of an exact version, so the version installed "
                        + "depends on the day of the build: " + String.join("; ", each) + ". Two builds of the same "
                        + "code can then compute with different numerics (numpy 1.23 vs 1.24) and produce different "
                        + "models or predictions.")
                .remedy("Pin exact versions (a lock file: pip-compile, poetry.lock, conda-lock) and record the resolved "
                        + "versions in each run's environment fingerprint.")
                .measure("runs", affected.size())
                .measure("unpinned_packages", distinct)
                .evidence(cmp);
        affected.forEach(r -> b.subject(Subject.run(r.run())));
        window(affected).ifPresent(b::window);
        return b.build();
    }
}
