package dev.mlwb.app.findings;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.live.FindingChanges;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;

/**
 * Patches the findings list to a new run's findings with as few changes as possible, matching rows
 * by finding (check and subjects, {@link FindingChanges#identity}): a row that stays is replaced in place, so the list keeps its scroll
 * position and the rows around the selection do not move.
 */
final class FindingsPatch {
    private FindingsPatch() {
    }

    static boolean sameFinding(Finding a, Finding b) {
        return FindingChanges.identity(a).equals(FindingChanges.identity(b));
    }

    static void apply(ObservableList<FindingItem> items, List<Finding> shown) {
        Set<String> keep = shown.stream().map(FindingChanges::identity).collect(Collectors.toSet());
        for (int i = items.size() - 1; i >= 0; i--) {
            if (!keep.contains(FindingChanges.identity(items.get(i).finding()))) {
                items.remove(i);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            Finding f = shown.get(i);
            int at = indexOf(items, f, i);
            if (at == i) {
                if (items.get(i).finding() != f) {
                    items.set(i, new FindingItem(f));
                }
            } else if (at > i) {
                items.remove(at);
                items.add(i, new FindingItem(f));
            } else {
                items.add(i, new FindingItem(f));
            }
        }
        if (items.size() > shown.size()) {
            items.remove(shown.size(), items.size());
        }
    }

    private static int indexOf(ObservableList<FindingItem> items, Finding f, int from) {
        for (int j = from; j < items.size(); j++) {
            if (sameFinding(items.get(j).finding(), f)) {
                return j;
            }
        }
        return -1;
    }
}
