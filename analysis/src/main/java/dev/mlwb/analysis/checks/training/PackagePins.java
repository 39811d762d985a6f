package dev.mlwb.analysis.checks.training;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells a pinned package version ({@code 1.24.1}) from a range or wildcard ({@code >=1.23}, {@code 1.*}, {@code latest}). */
final class PackagePins {
    private static final Pattern PINNED = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+!_-]*");

    private PackagePins() {
    }

    static boolean pinned(String version) {
        String v = version.trim();
        if (v.startsWith("==")) {
            v = v.substring(2).trim();
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("latest") || lower.equals("any") || lower.endsWith(".x")
                || lower.equals("x")) {
            return false;
        }
        return PINNED.matcher(v).matches();
    }
}
