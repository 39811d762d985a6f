package dev.mlwb.analysis.live;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two runs of the checks on the same bundle: findings that appeared, findings
 * that cleared, and findings whose severity moved. A finding is the same finding when its check and
 * its set of subjects are ({@link #identity}): its title carries numbers that move with every new row,
 * and the order of its subjects follows those numbers too.
 *
 * @param changed the new version of findings whose severity changed
 */
public record FindingChanges(List<Finding> added, List<Finding> cleared, List<Finding> changed) {
    public FindingChanges {
        added = List.copyOf(added);
        cleared = List.copyOf(cleared);
        changed = List.copyOf(changed);
    }

    public static FindingChanges between(CheckReport before, CheckReport after) {
        Map<String, Finding> old = byKey(before);
        Map<String, Finding> now = byKey(after);
        List<Finding> added = new ArrayList<>();
        List<Finding> changed = new ArrayList<>();
        now.forEach((k, f) -> {
            Finding o = old.get(k);
            if (o == null) {
                added.add(f);
            } else if (o.severity() != f.severity()) {
                changed.add(f);
            }
        });
        List<Finding> cleared = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue)
                .toList();
        return new FindingChanges(added, cleared, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && cleared.isEmpty() && changed.isEmpty();
    }

    /** {@code 1 new finding, 2 cleared}, for a status line. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(added.size() + " new finding" + (added.size() == 1 ? "" : "s"));
        }
        if (!changed.isEmpty()) {
            parts.add(changed.size() + " changed severity");
        }
        if (!cleared.isEmpty()) {
            parts.add(cleared.size() + " cleared");
        }
        return parts.isEmpty() ? "no change in the findings" : String.join(", ", parts);
    }

    /** A finding's identity across runs: its check and its subjects, in any order. */
    public static String identity(Finding f) {
        return f.check() + " " + f.subjects().stream().map(Subject::toString).sorted().toList();
    }

    private static Map<String, Finding> byKey(CheckReport report) {
        Map<String, Finding> out = new LinkedHashMap<>();
        report.findings().forEach(f -> out.putIfAbsent(identity(f), f));
        return out;
    }
}
