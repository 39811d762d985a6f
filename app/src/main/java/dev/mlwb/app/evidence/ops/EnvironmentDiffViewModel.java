package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.EnvironmentField;
import dev.mlwb.analysis.evidence.EnvironmentField.Role;
import dev.mlwb.analysis.format.Fmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Runs side by side, one row per environment field, differing and unpinned rows highlighted. */
public final class EnvironmentDiffViewModel {
    private final EnvironmentComparison c;
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty(false);

    public EnvironmentDiffViewModel(EnvironmentComparison comparison) {
        this.c = comparison;
    }

    public String title() {
        return "Environment diff: " + c.title();
    }

    public String caption() {
        long unpinned = c.fields().stream().filter(EnvironmentField::unpinned).count();
        List<String> env = differing(Role.ENVIRONMENT, Role.SEED, Role.OTHER);
        List<String> outcome = differing(Role.OUTCOME);
        List<String> expected = differing(Role.METADATA);
        String differ = env.isEmpty() && outcome.isEmpty() ? "the runs agree on every environment field"
                : (env.isEmpty() ? "the environment is the same" : "the runs differ in " + Fmt.and(env))
                + (outcome.isEmpty() ? "" : (env.isEmpty() ? " but the results differ: " : ", and so do their results: ")
                + Fmt.and(outcome)) + " (highlighted)";
        return (c.codeVersion().isEmpty() ? "" : "Code " + c.codeVersion() + ", ")
                + (c.dataVersion().isEmpty() ? "" : "data " + c.dataVersion() + ": ")
                + differ
                + (expected.isEmpty() ? "" : "; " + Fmt.and(expected) + " differ as expected")
                + (unpinned == 0 ? "." : "; " + unpinned + " packages are given as version ranges (unpinned).");
    }

    private List<String> differing(Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return c.differing().stream().filter(f -> wanted.contains(f.role())).map(EnvironmentField::field).toList();
    }

    /** The last column: why the row is highlighted, if it is. */
    public static String verdict(EnvironmentField f) {
        if (f.differs()) {
            return switch (f.role()) {
                case METADATA -> "expected";
                case OUTCOME -> "result differs";
                default -> "differs";
            };
        }
        return f.unpinned() ? "unpinned" : "";
    }

    public List<String> runs() {
        return c.runs();
    }

    /** Every field, or only the ones that differ unexpectedly or are unpinned. */
    public List<EnvironmentField> rows() {
        return onlyDifferences.get() ? c.fields().stream().filter(f -> !states(f).isEmpty()).toList()
                : c.fields();
    }

    public BooleanProperty onlyDifferencesProperty() {
        return onlyDifferences;
    }

    /** The value of a field in the i-th run (long hashes shortened, a dash when the run does not give it). */
    public static String value(EnvironmentField f, int run) {
        String v = run < f.values().size() ? f.values().get(run) : "";
        if (v.isEmpty()) {
            return "—";
        }
        return v.matches("[0-9a-f]{40,}") ? v.substring(0, 12) + "…" : v;
    }

    public static Set<String> states(EnvironmentField f) {
        Set<String> s = new HashSet<>();
        if (f.differs() && f.role() != Role.METADATA) {
            s.add("bad");
        }
        if (f.unpinned()) {
            s.add("warn");
        }
        return s;
    }

    public static String searchText(EnvironmentField f) {
        return f.field() + " " + String.join(" ", f.values());
    }
}
