package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** A guess being built for one file in one role: the mapped keys, and why each was chosen. */
final class Mapping {
    final FileProfile file;
    final Role role;
    final Map<String, String> columns = new LinkedHashMap<>();
    final Map<String, String> metrics = new LinkedHashMap<>();
    final Map<String, String> featureTimestamps = new LinkedHashMap<>();
    final Map<String, String> why = new LinkedHashMap<>();
    final List<String> slices = new ArrayList<>();
    final Set<String> used = new HashSet<>();
    final List<String> notes = new ArrayList<>();
    Optional<List<String>> features = Optional.empty();
    Optional<String> dataset = Optional.empty();
    String comment = "";
    double score;

    Mapping(FileProfile file, Role role) {
        this.file = file;
        this.role = role;
    }

    void map(String key, ColumnProfile c, String reason) {
        columns.put(key, c.name());
        used.add(c.name());
        why.put(key, reason + "; " + Describe.values(c));
    }

    /** The unused column that scores best (at least {@code min}), if any. */
    Optional<ColumnProfile> best(ToDoubleFunction<ColumnProfile> trait, double min) {
        ColumnProfile best = null;
        double top = min;
        for (ColumnProfile c : file.columns()) {
            double s = used.contains(c.name()) ? 0 : trait.applyAsDouble(c);
            if (s >= top && (best == null || s > top)) {
                best = c;
                top = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Columns not mapped to anything. */
    List<ColumnProfile> unused() {
        return file.columns().stream().filter(c -> !used.contains(c.name())).toList();
    }

    DraftSource build(String name, SourceFormat format) {
        return new DraftSource(file.path(), role, format, name, dataset, columns, slices, metrics, featureTimestamps,
                features, comment, why, notes, Math.min(1, score / 4));
    }
}
