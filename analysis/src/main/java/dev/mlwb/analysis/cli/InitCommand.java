package dev.mlwb.analysis.cli;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.draft.CheckCoverage;
import dev.mlwb.analysis.draft.DraftCoverage;
import dev.mlwb.analysis.draft.DraftFile;
import dev.mlwb.analysis.draft.DraftSource;
import dev.mlwb.analysis.draft.DraftYaml;
import dev.mlwb.analysis.draft.Drafts;
import dev.mlwb.analysis.draft.ManifestDraft;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlwb init FOLDER}: drafts {@code incident.yaml} from the folder's files, writes it
 * atomically (never over an existing manifest without {@code --force}), and says which checks the
 * draft enables and which it cannot, and why.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Draft FOLDER/incident.yaml from the CSV, Parquet and JSON files in FOLDER.",
        footer = {"", "Exit codes: 0 a draft was written; 2 no draft (the folder, an existing manifest, or no usable file)."})
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The folder holding the incident's files.")
    private Path folder;

    @Option(names = "--force", description = "Replace an existing incident.yaml.")
    private boolean force;

    @Option(names = {"-v", "--verbose"}, description = "Log what happens (to stderr), with stack traces.")
    private boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println("mlwb: " + folder + (Files.exists(folder) ? " is not a folder" : " does not exist"));
            return MlwbCli.UNUSABLE;
        }
        List<String> existing = Drafts.existingManifests(folder);
        if (!existing.isEmpty() && !(force && existing.equals(List.of(Drafts.MANIFEST)))) {
            err.println("mlwb: " + folder + " already has " + existing.get(0) + (existing.get(0).equals(Drafts.MANIFEST)
                    ? "; pass --force to replace it" : "; move it away to draft " + Drafts.MANIFEST));
            return MlwbCli.UNUSABLE;
        }
        try {
            ManifestDraft draft = Drafts.draft(folder, Progress.NONE, Cancellation.none());
            if (draft.sources().isEmpty()) {
                err.println("mlwb: " + folder + ": " + nothingPlaced(draft));
                return MlwbCli.UNUSABLE;
            }
            Path written = Drafts.write(folder, DraftYaml.render(draft), force);
            out.println("Wrote " + written + ": " + count(draft.sources().size(), "source") + " from "
                    + count(draft.files().size(), "file") + (draft.unplaced().isEmpty() ? ""
                    : " (" + draft.unplaced().size() + " not placed)") + ".");
            printSources(out, draft);
            printCoverage(out, err, DraftCoverage.of(BundleOpener.open(folder), Cancellation.none()));
            out.println("Review the guesses (each is commented in " + Drafts.MANIFEST + "), then run: mlwb check " + folder);
            out.flush();
            return 0;
        } catch (BundleException e) {
            err.println("mlwb: " + e.getMessage());
            return MlwbCli.UNUSABLE;
        } catch (IOException e) {
            err.println("mlwb: " + folder + ": " + MlwbCli.oneLine(e));
            return MlwbCli.UNUSABLE;
        } catch (SQLException e) {
            return MlwbCli.databaseFailed(err, e);
        }
    }

    private static String nothingPlaced(ManifestDraft draft) {
        if (draft.files().isEmpty()) {
            return "no CSV, Parquet, JSON or JSON-lines file found; nothing to draft";
        }
        DraftFile first = draft.files().get(0);
        return "none of its " + count(draft.files().size(), "file") + " could be placed (" + first.path() + ": "
                + first.unplaced().orElse("no role fits") + (draft.files().size() > 1 ? "; ..." : "") + ")";
    }

    private static void printSources(PrintWriter out, ManifestDraft draft) {
        for (DraftFile f : draft.files()) {
            for (DraftSource s : f.sources()) {
                List<String> keys = new ArrayList<>();
                s.dataset().ifPresent(d -> keys.add("dataset " + d));
                s.columns().forEach((k, v) -> keys.add(k + " " + v));
                if (!s.slices().isEmpty()) {
                    keys.add("slices " + String.join(", ", s.slices()));
                }
                if (!s.metrics().isEmpty()) {
                    keys.add("metrics " + String.join(", ", s.metrics().keySet()));
                }
                if (!s.featureTimestamps().isEmpty()) {
                    keys.add("feature times for " + s.featureTimestamps().size());
                }
                out.println(String.format(Locale.ROOT, "  %-12s %s%s", s.role().key(), f.path(),
                        keys.isEmpty() ? "" : "  [" + String.join(" · ", keys) + "]"));
            }
        }
        draft.arms().ifPresent(a -> out.println("  arms: baseline " + a.baseline() + ", canary " + a.canary()));
        for (DraftFile f : draft.unplaced()) {
            out.println("  not placed   " + f.path() + ": " + f.unplaced().orElse(""));
        }
    }

    private static void printCoverage(PrintWriter out, PrintWriter err, DraftCoverage coverage) {
        coverage.issues().stream().filter(LoadIssue::isError)
                .forEach(i -> err.println("mlwb: warning: the draft does not load " + i.source() + ": " + i.message()));
        List<CheckCoverage> on = coverage.enabled();
        out.println("Checks the draft enables (" + on.size() + " of " + coverage.checks().size() + "):");
        on.forEach(c -> out.println("  " + c.id() + (c.sources().isEmpty() ? "" : "  (needs " + String.join(", ",
                c.sources()) + ")")));
        List<CheckCoverage> off = coverage.skipped();
        out.println("Checks it cannot run (" + off.size() + "):");
        off.forEach(c -> out.println("  " + c.id() + ": " + c.reason().orElse("")));
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
