package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.draft.ColumnProfile.ValueCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which value of an arm column is the baseline and which the canary: arm words first (control,
 * baseline / canary, treatment), then version order (the older version is the baseline), then
 * traffic (the arm with more rows is the baseline).
 *
 * @param why the rule that decided, for the manifest's comment
 */
public record ArmsGuess(String baseline, String canary, String why) {
    private static final Pattern NUMBERS = Pattern.compile("\\d+");

    static Optional<ArmsGuess> of(String column, String file, List<ValueCount> values) {
        List<ValueCount> top = values.stream().sorted(Comparator.comparingLong(ValueCount::count).reversed()).limit(2)
                .toList();
        if (top.size() < 2) {
            return Optional.empty();
        }
        String a = top.get(0).value();
        String b = top.get(1).value();
        String from = "values of \"" + column + "\" in " + file + (values.size() > 2 ? " (the two most frequent of "
                + values.size() + ")" : "");
        if (isWord(b, true) || isWord(a, false)) {
            return Optional.of(new ArmsGuess(b, a, from + ": " + b + " names a baseline"));
        }
        if (isWord(a, true) || isWord(b, false)) {
            return Optional.of(new ArmsGuess(a, b, from + ": " + a + " names a baseline"));
        }
        int order = compareVersions(a, b);
        if (order != 0) {
            String older = order < 0 ? a : b;
            String newer = order < 0 ? b : a;
            return Optional.of(new ArmsGuess(older, newer, from + ": " + older + " is the older version"));
        }
        return Optional.of(new ArmsGuess(a, b, from + ": " + a + " has more rows (" + top.get(0).count() + " against "
                + top.get(1).count() + " sampled), so it is taken as the baseline"));
    }

    private static boolean isWord(String value, boolean baseline) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (String w : Names.of(v).words()) {
            if (baseline ? Words.BASELINE_WORDS.contains(w) : Words.CANARY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Compares the numbers in two version-like values; 0 when they are not versions or are equal. */
    static int compareVersions(String a, String b) {
        if (!ColumnTraits.armValue(a) || !ColumnTraits.armValue(b)) {
            return 0;
        }
        List<Long> x = numbers(a);
        List<Long> y = numbers(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Long.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static List<Long> numbers(String v) {
        List<Long> out = new ArrayList<>();
        Matcher m = NUMBERS.matcher(v);
        while (m.find() && out.size() < 6) {
            String d = m.group();
            out.add(d.length() > 17 ? Long.MAX_VALUE : Long.parseLong(d));
        }
        return out;
    }
}
