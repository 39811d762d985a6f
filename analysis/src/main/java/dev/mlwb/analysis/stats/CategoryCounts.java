package dev.mlwb.analysis.stats;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Aligns two category-to-count maps on one list of categories: every category of the reference in its
 * iteration order, then the categories only the current dataset has. A category missing from one side counts 0.
 */
final class CategoryCounts {
    private final long[] reference;
    private final long[] current;

    private CategoryCounts(long[] reference, long[] current) {
        this.reference = reference;
        this.current = current;
    }

    static <K> CategoryCounts align(Map<K, Long> reference, Map<K, Long> current) {
        Map<K, Long> ref = ArgumentChecks.countMap(reference, "reference");
        Map<K, Long> cur = ArgumentChecks.countMap(current, "current");
        Set<K> categories = new LinkedHashSet<>(ref.keySet());
        categories.addAll(cur.keySet());
        long[] r = new long[categories.size()];
        long[] c = new long[categories.size()];
        int i = 0;
        for (K category : categories) {
            r[i] = ref.getOrDefault(category, 0L);
            c[i] = cur.getOrDefault(category, 0L);
            i++;
        }
        return new CategoryCounts(r, c);
    }

    long[] reference() {
        return reference;
    }

    long[] current() {
        return current;
    }
}
