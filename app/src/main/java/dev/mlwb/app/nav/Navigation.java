package dev.mlwb.app.nav;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The current place with a browser-like history: {@link #go} records where the analyst was,
 * {@link #back} and {@link #forward} walk the history. Going to the current place again is a no-op.
 */
public final class Navigation {
    private static final int LIMIT = 200;

    private final ReadOnlyObjectWrapper<Place> current = new ReadOnlyObjectWrapper<>(Place.overview());
    private final Deque<Place> back = new ArrayDeque<>();
    private final Deque<Place> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();

    /** Goes to a place, remembering the current one for {@link #back}; clears the forward history. */
    public void go(Place place) {
        if (place.equals(current.get())) {
            return;
        }
        back.push(current.get());
        while (back.size() > LIMIT) {
            back.removeLast();
        }
        forward.clear();
        current.set(place);
        update();
    }

    public void back() {
        if (!back.isEmpty()) {
            forward.push(current.get());
            current.set(back.pop());
            update();
        }
    }

    public void forward() {
        if (!forward.isEmpty()) {
            back.push(current.get());
            current.set(forward.pop());
            update();
        }
    }

    /** Starts over at a place with no history (a new incident was opened). */
    public void reset(Place place) {
        back.clear();
        forward.clear();
        current.set(place);
        update();
    }

    /**
     * Replaces places in the history and the current place by what {@code map} makes of them, without
     * going anywhere (the incident was checked again: a finding's place becomes its new version's).
     */
    public void remap(java.util.function.UnaryOperator<Place> map) {
        java.util.List<Place> b = back.stream().map(map).toList();
        java.util.List<Place> f = forward.stream().map(map).toList();
        back.clear();
        back.addAll(b);
        forward.clear();
        forward.addAll(f);
        Place now = map.apply(current.get());
        if (!now.equals(current.get())) {
            current.set(now);
        }
        update();
    }

    /** Follows the findings of the incident checked again: each finding's place becomes its new version's. */
    public void follow(java.util.List<dev.mlwb.analysis.check.Finding> findings) {
        java.util.Map<String, dev.mlwb.analysis.check.Finding> byKey = new java.util.HashMap<>();
        findings.forEach(f -> byKey.putIfAbsent(dev.mlwb.analysis.live.FindingChanges.identity(f), f));
        remap(p -> p instanceof Place.FindingPlace fp ? java.util.Optional.ofNullable(byKey.get(
                dev.mlwb.analysis.live.FindingChanges.identity(fp.finding()))).map(Place::finding).orElse(p) : p);
    }

    private void update() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    public ReadOnlyObjectProperty<Place> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Place current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
