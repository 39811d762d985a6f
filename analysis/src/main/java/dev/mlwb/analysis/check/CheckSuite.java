package dev.mlwb.analysis.check;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.Manifest;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a list of checks over one incident and records, per check, whether it ran (and how long it
 * took), was skipped (why) or failed (the error). A failing check never stops the others.
 */
public final class CheckSuite {
    private static final Logger LOG = LoggerFactory.getLogger(CheckSuite.class);

    private final List<Check> checks;
    private final List<Check> known;

    public CheckSuite(List<Check> checks) {
        this(checks, checks);
    }

    private CheckSuite(List<Check> checks, List<Check> known) {
        this.checks = List.copyOf(checks);
        this.known = List.copyOf(known);
        Map<String, Long> ids = checks.stream().collect(Collectors.groupingBy(Check::id, Collectors.counting()));
        ids.forEach((id, n) -> {
            if (n > 1) {
                throw new IllegalArgumentException("two checks share the id " + id);
            }
        });
    }

    public List<Check> checks() {
        return checks;
    }

    public Optional<Check> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A suite of only the checks with these ids. */
    public CheckSuite only(List<String> ids) {
        return new CheckSuite(checks.stream().filter(c -> ids.contains(c.id())).toList(), known);
    }

    /**
     * Manifest thresholds that name no check or no threshold of it, as load errors (checks left out
     * by {@link #only} still count as known).
     */
    public List<LoadIssue> validateThresholds(Manifest manifest) {
        List<LoadIssue> out = new ArrayList<>();
        Map<String, Check> all = new HashMap<>();
        known.forEach(c -> all.put(c.id(), c));
        manifest.thresholds().forEach((id, values) -> {
            Check c = all.get(id);
            if (c == null) {
                out.add(error(manifest, "thresholds." + id, "no check has this id; checks are "
                        + all.keySet().stream().sorted().collect(Collectors.joining(", "))));
                return;
            }
            List<String> known = c.thresholds().stream().map(ThresholdSpec::key).toList();
            values.keySet().stream().filter(k -> !known.contains(k)).forEach(k -> out.add(error(manifest,
                    "thresholds." + id + "." + k, id + " has no threshold \"" + k + "\"; its thresholds are "
                            + (known.isEmpty() ? "none" : String.join(", ", known)))));
        });
        return out;
    }

    private static LoadIssue error(Manifest manifest, String path, String problem) {
        return new LoadIssue(LoadIssue.Level.ERROR, manifest.file(), new BundleException(manifest.file(), path, problem).getMessage());
    }

    /**
     * Runs every check.
     *
     * @throws CancellationException if cancelled
     */
    public CheckReport run(IncidentData data, Progress progress, Cancellation cancel) {
        return run(data, progress, cancel, partial -> { });
    }

    /**
     * Runs every check, the ones that read the least data first, and hands the report so far to
     * {@code afterEach} each time a check is done (on the calling thread). The final report lists the
     * checks in the suite's order, whatever order they ran in.
     *
     * @throws CancellationException if cancelled
     */
    public CheckReport run(IncidentData data, Progress progress, Cancellation cancel, Consumer<CheckReport> afterEach) {
        List<LoadIssue> issues = new ArrayList<>(data.issues());
        issues.addAll(validateThresholds(data.manifest()));
        Map<String, CheckRun> runs = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Check> order = cheapestFirst(data);
        for (int i = 0; i < order.size(); i++) {
            cancel.throwIfCancelled();
            Check check = order.get(i);
            progress.update((double) i / order.size(), "Checking " + check.id() + " (" + (i + 1) + " of "
                    + order.size() + ")");
            runs.put(check.id(), runOne(check, data, cancel, findings));
            if (i < order.size() - 1) {
                afterEach.accept(report(data, issues, runs, findings));
            }
        }
        progress.update(1, findings.size() + " findings");
        CheckReport done = report(data, issues, runs, findings);
        afterEach.accept(done);
        return done;
    }

    /** The checks by how much data they read ({@link Check#cost}), least first; ties keep the suite's order. */
    List<Check> cheapestFirst(IncidentData data) {
        Map<String, Long> costs = new HashMap<>();
        checks.forEach(c -> costs.put(c.id(), c.cost(data)));
        return checks.stream().sorted(Comparator.comparingLong((Check c) -> costs.get(c.id()))).toList();
    }

    /** The report of the checks done so far: checks in the suite's order, findings most severe first. */
    private CheckReport report(IncidentData data, List<LoadIssue> issues, Map<String, CheckRun> runs,
                               List<Finding> findings) {
        List<LoadIssue> all = new ArrayList<>(issues);
        data.issues().stream().filter(x -> !all.contains(x)).forEach(all::add);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            order.put(checks.get(i).id(), i);
        }
        List<Finding> sorted = findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(f -> order.getOrDefault(f.check(), 0)))
                .toList();
        List<CheckRun> done = checks.stream().map(c -> runs.get(c.id())).filter(java.util.Objects::nonNull).toList();
        return new CheckReport(data.bundle().opened().toString(), data.manifest().title(),
                data.manifest().description(), done, sorted, all);
    }

    private static CheckRun runOne(Check check, IncidentData data, Cancellation cancel, List<Finding> findings) {
        Optional<String> skip;
        try {
            skip = check.skipReason(data);
        } catch (RuntimeException e) {
            LOG.warn("check {} could not decide whether to run", check.id(), e);
            return CheckRun.failed(check.id(), 0, describe(e));
        }
        if (skip.isPresent()) {
            return CheckRun.skipped(check.id(), skip.get());
        }
        long start = System.nanoTime();
        try {
            CheckResult result = check.run(new CheckContext(data, Thresholds.resolve(check, data.manifest()), cancel));
            findings.addAll(result.findings());
            return CheckRun.ran(check.id(), (System.nanoTime() - start) / 1_000_000, result);
        } catch (CancellationException e) {
            throw e;
        } catch (BundleException e) {
            data.report(new LoadIssue(LoadIssue.Level.ERROR, check.id(), e.getMessage()));
            return CheckRun.failed(check.id(), (System.nanoTime() - start) / 1_000_000, e.getMessage());
        } catch (SQLException | RuntimeException e) {
            if (cancel.isCancelled()) {
                throw new CancellationException("cancelled");
            }
            LOG.warn("check {} failed", check.id(), e);
            return CheckRun.failed(check.id(), (System.nanoTime() - start) / 1_000_000, describe(e));
        }
    }

    private static String describe(Exception e) {
        String msg = dev.mlwb.analysis.format.Fmt.firstLine(e, e.getClass().getSimpleName());
        return e instanceof SQLException ? "query failed: " + msg : msg;
    }
}
