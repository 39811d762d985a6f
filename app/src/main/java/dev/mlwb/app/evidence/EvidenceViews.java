package dev.mlwb.app.evidence;

import dev.mlwb.analysis.evidence.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Maps each kind of evidence to the view that draws it. A view receives every piece of its kind
 * that a finding (or a subject, or a check) carries, so that e.g. the reliability curves of both
 * arms share one diagram; a companion kind (drift over time) is drawn by its owner's view (the
 * drift view) when both are present.
 */
public final class EvidenceViews {
    /** Creates the view of all the evidence of one kind. */
    @FunctionalInterface
    public interface Factory<E extends Evidence> {
        Node create(List<E> evidence, ViewContext context);
    }

    private final Map<Class<? extends Evidence>, Factory<Evidence>> factories = new LinkedHashMap<>();
    private final Map<Class<? extends Evidence>, Class<? extends Evidence>> companions = new LinkedHashMap<>();

    public <E extends Evidence> EvidenceViews register(Class<E> kind, Factory<E> factory) {
        factories.put(kind, (list, ctx) -> factory.create(list.stream().map(kind::cast).toList(), ctx));
        return this;
    }

    /** Leaves {@code kind} to the view of {@code owner} when the same list holds both. */
    public EvidenceViews companion(Class<? extends Evidence> kind, Class<? extends Evidence> owner) {
        companions.put(kind, owner);
        return this;
    }

    /** One view per kind of evidence, in the order the kinds first appear. */
    public List<Node> create(List<Evidence> evidence, ViewContext context) {
        Map<Class<? extends Evidence>, List<Evidence>> byKind = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byKind.computeIfAbsent(e.getClass(), k -> new ArrayList<>()).add(e);
        }
        List<Node> views = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            Class<? extends Evidence> owner = companions.get(kind);
            if (owner != null && byKind.containsKey(owner)) {
                return;
            }
            views.add(Optional.ofNullable(factories.get(kind)).map(f -> f.create(list, context))
                    .orElseGet(() -> new Label("(no view for " + list.get(0).type() + ")")));
        });
        return views;
    }

    public boolean has(Class<? extends Evidence> kind) {
        return factories.containsKey(kind);
    }
}
