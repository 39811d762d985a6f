package dev.mlwb.app.evidence;

import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;

/** Maps each kind of evidence to the view that draws it. */
public final class EvidenceViews {
    private final Map<Class<? extends Evidence>, Function<Evidence, Node>> factories = new LinkedHashMap<>();

    /** The registry with every view the workbench has. */
    public static EvidenceViews standard() {
        EvidenceViews v = new EvidenceViews();
        v.register(SliceBreakdown.class, e -> new SliceBreakdownView(new SliceBreakdownViewModel(e)).root());
        v.register(MetricSeries.class, e -> new MetricSeriesView(new MetricSeriesViewModel(e)).root());
        return v;
    }

    public <E extends Evidence> void register(Class<E> kind, Function<E, Node> factory) {
        factories.put(kind, e -> factory.apply(kind.cast(e)));
    }

    /** A new view of the evidence, if there is a view for its kind. */
    public Optional<Node> create(Evidence e) {
        Function<Evidence, Node> f = factories.get(e.getClass());
        return f == null ? Optional.empty() : Optional.of(f.apply(e));
    }
}
