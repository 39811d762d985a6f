package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.EnvironmentField;
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
        return (c.codeVersion().isEmpty() ? "" : "Code " + c.codeVersion() + ", ")
                + (c.dataVersion().isEmpty() ? "" : "data " + c.dataVersion() + ": ")
                + c.differing().size() + " of " + c.fields().size() + " fields differ between the runs (highlighted)"
                + (unpinned == 0 ? "." : "; " + unpinned + " packages are given as version ranges (unpinned).");
    }

    public List<String> runs() {
        return c.runs();
    }

    /** Every field, or only the differing and unpinned ones. */
    public List<EnvironmentField> rows() {
        return onlyDifferences.get() ? c.fields().stream().filter(f -> f.differs() || f.unpinned()).toList()
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
        if (f.differs()) {
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
