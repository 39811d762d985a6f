package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.ColumnKey;
import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.bundle.Manifest;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.format.Fmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a draft as {@code incident.yaml}: every value quoted (users' column names hold spaces,
 * colons and quotes), and beside each guess a comment saying why it was made; files that could not
 * be placed are listed at the end with the reason.
 */
public final class DraftYaml {
    private final StringBuilder out = new StringBuilder();

    private DraftYaml() {
    }

    public static String render(ManifestDraft d) {
        return new DraftYaml().write(d);
    }

    private String write(ManifestDraft d) {
        line("# Drafted by `mlwb init` from the names, types and values of the files in " + d.folder() + ".");
        line("# Each guess says why beside it: review them (and give the incident a real title), then run");
        line("# `mlwb check` on this folder. Guesses marked REVIEW are the least certain.");
        line("format: " + Manifest.FORMAT);
        line("title: " + q(d.title()));
        line("description: " + q(d.description()));
        line("timezone: UTC" + comment("timestamps without an offset are read as UTC; name your zone if they are local"));
        d.arms().ifPresent(a -> line("arms: {baseline: " + q(a.baseline()) + ", canary: " + q(a.canary()) + "}"
                + comment(a.why())));
        Set<String> slices = new LinkedHashSet<>();
        d.sources().forEach(s -> slices.addAll(s.slices()));
        if (!slices.isEmpty()) {
            line("# critical_slices: [\"" + slices.iterator().next().replace("\"", "'") + "=...\"]"
                    + comment("slices that must never degrade; slice columns: " + String.join(", ", slices)));
        }
        if (!d.comparisons().isEmpty()) {
            line("comparisons:" + comment(d.comparisonsWhy()));
            for (Comparison c : d.comparisons()) {
                line("  - {reference: " + q(c.reference()) + ", current: " + q(c.current()) + "}");
            }
        }
        line("sources:");
        for (DraftFile f : d.files()) {
            for (DraftSource s : f.sources()) {
                source(f, s);
            }
        }
        List<DraftFile> unplaced = d.unplaced();
        if (!unplaced.isEmpty()) {
            line("# Files not placed (map them by hand if they matter):");
            unplaced.forEach(f -> line("#   " + clean(f.path()) + ": " + clean(f.unplaced().orElse("no role fits"))));
        }
        return out.toString();
    }

    private void source(DraftFile f, DraftSource s) {
        String rows = f.rows() >= 0 ? " (" + Fmt.count(f.rows()) + " rows)" : "";
        line("  # " + clean(f.path()) + rows + ": " + clean(s.comment()) + (s.confidence() < 0.5 ? ". REVIEW: a weak guess" : ""));
        line("  - role: " + s.role().key());
        line("    name: " + q(s.name()));
        if (s.format() != SourceFormat.PROMETHEUS) {
            line("    path: " + q(s.path()));
        }
        if (!s.format().plainFile() || SourceFormat.fromFileName(s.path()).filter(x -> x == s.format()).isEmpty()) {
            line("    format: " + s.format().key());
        }
        s.dataset().ifPresent(v -> line("    dataset: " + q(v) + why(s, "dataset")));
        for (ColumnKey key : ColumnKey.of(s.role())) {
            String col = s.columns().get(key.key());
            if (col != null) {
                line("    " + key.key() + ": " + q(col) + why(s, key.key()));
            }
        }
        if (!s.slices().isEmpty()) {
            line("    slices: " + list(s.slices()) + why(s, "slices"));
        }
        if (!s.metrics().isEmpty()) {
            line("    metrics:");
            for (Map.Entry<String, String> m : s.metrics().entrySet()) {
                line("      " + m.getKey() + ": " + q(m.getValue()) + why(s, "metrics." + m.getKey()));
            }
        }
        if (!s.featureTimestamps().isEmpty()) {
            line("    feature_timestamps:" + why(s, "feature_timestamps"));
            for (Map.Entry<String, String> e : s.featureTimestamps().entrySet()) {
                line("      " + q(e.getKey()) + ": " + q(e.getValue()));
            }
        }
        s.features().ifPresent(fs -> line("    features: " + list(fs)));
        s.notes().forEach(n -> line("    # " + clean(n)));
    }

    private static String why(DraftSource s, String key) {
        String w = s.why().get(key);
        return w == null ? "" : comment(w);
    }

    private static String comment(String text) {
        return "  # " + clean(text);
    }

    private static String list(List<String> items) {
        return items.stream().map(DraftYaml::q).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar: backslashes, quotes and control characters escaped. */
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** One line of comment text: line breaks and control characters become spaces. */
    private static String clean(String text) {
        List<String> parts = new ArrayList<>();
        for (String p : text.split("[\\p{Cntrl}]+")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return String.join(" ", parts);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
