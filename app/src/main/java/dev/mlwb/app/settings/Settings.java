package dev.mlwb.app.settings;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the workbench remembers between runs: the bundles opened last (most recent first), the
 * window's place and size, and the width of the findings list.
 *
 * @param findingsDivider the split between the findings list and the content, as a fraction of the width
 */
public record Settings(List<String> recent, Optional<WindowGeometry> window, OptionalDouble findingsDivider) {
    public static final int RECENT_LIMIT = 10;
    public static final Settings DEFAULT = new Settings(List.of(), Optional.empty(), OptionalDouble.empty());

    public Settings {
        recent = List.copyOf(recent.subList(0, Math.min(recent.size(), RECENT_LIMIT)));
    }

    /** The window's place and size; {@code maximized} wins over the rest when set. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    }

    /** These settings with {@code bundle} first among the recent ones. */
    public Settings opened(String bundle) {
        List<String> r = new java.util.ArrayList<>(recent);
        r.remove(bundle);
        r.add(0, bundle);
        return new Settings(r, window, findingsDivider);
    }

    public Settings withRecent(List<String> newRecent) {
        return new Settings(newRecent, window, findingsDivider);
    }

    public Settings withWindow(WindowGeometry geometry) {
        return new Settings(recent, Optional.of(geometry), findingsDivider);
    }

    public Settings withFindingsDivider(double position) {
        return new Settings(recent, window, OptionalDouble.of(position));
    }
}
