package dev.mlwb.analysis.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column or file name split into lower-case words, whatever the naming style: {@code eventTime},
 * {@code event_time}, {@code Event Time}, {@code event-time} and {@code EVENT.TIME} all give
 * {@code [event, time]}; {@code p99 latency (ms)} gives {@code [p99, latency, ms]}. Guesses read
 * these words, never the raw spelling.
 */
record Names(String raw, List<String> words) {

    Names {
        words = List.copyOf(words);
    }

    static Names of(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, out);
                continue;
            }
            if (word.length() > 0 && Character.isUpperCase(c)) {
                char prev = raw.charAt(i - 1);
                boolean nextLower = i + 1 < raw.length() && Character.isLowerCase(raw.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) && !isUnitSuffix(raw, i)
                        || Character.isUpperCase(prev) && nextLower) {
                    flush(word, out);
                }
            }
            word.append(Character.toLowerCase(c));
        }
        flush(word, out);
        return new Names(raw, out);
    }

    /** {@code 5XX} and {@code 7D} keep their letters with their digits. */
    private static boolean isUnitSuffix(String raw, int i) {
        int end = i;
        while (end < raw.length() && Character.isLetter(raw.charAt(end))) {
            end++;
        }
        return end - i <= 2;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /** Whether any word is one of {@code vocabulary}. */
    boolean any(Set<String> vocabulary) {
        return words.stream().anyMatch(vocabulary::contains);
    }

    /** How many words are in {@code vocabulary}. */
    int count(Set<String> vocabulary) {
        return (int) words.stream().filter(vocabulary::contains).count();
    }

    boolean has(String word) {
        return words.contains(word);
    }

    /** Whether the words hold {@code first} directly followed by {@code second} ({@code as of}). */
    boolean pair(String first, String second) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(first) && words.get(i + 1).equals(second)) {
                return true;
            }
        }
        return false;
    }

    /** The words outside {@code vocabulary}. */
    List<String> without(Set<String> vocabulary) {
        return words.stream().filter(w -> !vocabulary.contains(w)).toList();
    }

    /** Whether the two names share a word outside {@code ignored}. */
    boolean shares(Names other, Set<String> ignored) {
        return !Collections.disjoint(without(ignored), other.without(ignored));
    }

    /** A name for a dataset or source: the words joined with hyphens ({@code offline-recompute}). */
    String slug() {
        return words.isEmpty() ? raw.toLowerCase(Locale.ROOT) : String.join("-", words);
    }
}
