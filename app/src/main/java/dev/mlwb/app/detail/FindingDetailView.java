package dev.mlwb.app.detail;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.EvidenceViews;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.notes.NotesViewModel;
import dev.mlwb.app.story.AttributionView;
import dev.mlwb.app.story.AttributionViewModel;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The selected finding. Its verdict and title stay on top while the rest scrolls: summary, when it
 * held, when it started and what explains it, subjects (links to everything about them), the evidence
 * views, what explains its window, remedy, the analyst's notes and measures.
 */
public final class FindingDetailView {
    private final FindingDetailViewModel model;
    private final NotesViewModel notes;
    private final EvidenceViews evidenceViews;
    private final Supplier<ViewContext> context;
    private final VBox content = new VBox(12);
    private final FlowPane subjects = new FlowPane(8, 6);
    private final FlowPane measures = new FlowPane(18, 6);
    private final VBox evidence = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(content);
    private final BorderPane root = new BorderPane();
    private static final int SUBJECTS_SHOWN = 6;

    private final ObservableBooleanValue presentation;
    private Node summaryBox;
    private Node subjectsBox;
    private Node remedyBox;
    private Node measuresBox;
    private Node notesBox;
    private final Node attribution;
    private Node storyBox;

    /**
     * @param presentation in presentation mode the evidence comes first, right under the sticky title
     *     and verdict, and the words follow
     */
    public FindingDetailView(FindingDetailViewModel model, NotesViewModel notes, EvidenceViews evidenceViews,
                             Supplier<ViewContext> context, ObservableBooleanValue presentation,
                             AttributionViewModel attribution) {
        this.model = model;
        this.attribution = new AttributionView(attribution).root();
        this.notes = notes;
        this.evidenceViews = evidenceViews;
        this.context = context;
        this.presentation = presentation;
        createView();
        initListeners();
        showSubjects();
        showMeasures();
        showEvidence();
    }

    private void createView() {
        Label verdict = new Label();
        verdict.setId("detail-verdict");
        verdict.getStyleClass().add("verdict");
        verdict.textProperty().bind(model.verdictProperty());
        Label title = wrapped("detail-title", "detail-title");
        title.textProperty().bind(model.titleProperty());
        Button copy = new Button("Copy as Markdown");
        copy.setId("detail-copy");
        copy.getStyleClass().add("wb-chart-button");
        copy.setFocusTraversable(false);
        copy.setTooltip(new Tooltip("The finding and your note as Markdown, for the incident channel or the review (Ctrl+Shift+C)"));
        copy.setOnAction(e -> notes.markdown().ifPresent(FindingDetailView::copy));
        copy.visibleProperty().bind(javafx.beans.binding.Bindings.not(presentation));
        copy.managedProperty().bind(copy.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox header = new VBox(2, new HBox(8, verdict, gap, copy), title);
        header.getStyleClass().add("page-header");
        header.setId("detail-header");
        Label summary = wrapped("detail-summary", "summary");
        summary.textProperty().bind(model.summaryProperty());
        Label when = wrapped("detail-when", "caption");
        when.textProperty().bind(model.whenProperty());
        when.visibleProperty().bind(model.whenProperty().isNotEmpty());
        when.managedProperty().bind(when.visibleProperty());
        Label remedy = wrapped("detail-remedy", "remedy");
        remedy.textProperty().bind(model.remedyProperty());
        subjects.setId("detail-subjects");
        measures.setId("detail-measures");
        evidence.setId("detail-evidence");
        summaryBox = new VBox(6, summary, when);
        storyBox = storyLine();
        subjectsBox = labelled("Subjects", subjects);
        remedyBox = labelled("Remedy", remedy);
        measuresBox = labelled("Measures", measures);
        notesBox = labelled("Your notes", notesEditor());
        arrange();
        content.getStyleClass().add("detail");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        root.setTop(header);
        root.setCenter(scroll);
        root.visibleProperty().bind(model.findingProperty().isNotNull());
    }

    /** When it started, and what explains it (a link) with the reason, or that it is a root cause. */
    private Node storyLine() {
        Label started = wrapped("detail-started", "story-when");
        started.textProperty().bind(model.startedProperty());
        Hyperlink parent = new Hyperlink();
        parent.setId("detail-explained-by");
        parent.getStyleClass().add("finding-link");
        parent.setWrapText(true);
        parent.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.explainedByProperty()
                .get() == null ? "" : "Explained by: " + model.explainedByProperty().get().title(),
                model.explainedByProperty()));
        parent.visibleProperty().bind(model.explainedByProperty().isNotNull());
        parent.managedProperty().bind(parent.visibleProperty());
        parent.setOnAction(e -> {
            if (model.explainedByProperty().get() != null) {
                context.get().navigation().go(dev.mlwb.app.nav.Place.finding(model.explainedByProperty().get()));
            }
        });
        Label why = wrapped("detail-explained-why", "story-why");
        why.textProperty().bind(model.explainedWhyProperty());
        return new VBox(2, started, parent, why);
    }

    /** The analyst's note: saved by itself shortly after typing stops; the line below says where and when. */
    private Node notesEditor() {
        TextArea area = new TextArea();
        area.setId("detail-notes");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText("What you found, who owns it, what was done. Saved with the bundle; exports include it.");
        area.textProperty().bindBidirectional(notes.textProperty());
        area.disableProperty().bind(notes.editableProperty().not());
        area.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                notes.save();
            }
        });
        Label status = wrapped("detail-notes-status", "caption");
        status.textProperty().bind(notes.statusProperty());
        return new VBox(4, area, status);
    }

    /** Puts text on the system clipboard. */
    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Label wrapped(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private static Node labelled(String name, Node value) {
        Label l = new Label(name);
        l.getStyleClass().add("field-name");
        return new VBox(4, l, value);
    }

    private void arrange() {
        if (presentation.get()) {
            content.getChildren().setAll(evidence, storyBox, attribution, summaryBox, remedyBox, notesBox, subjectsBox,
                    measuresBox);
        } else {
            content.getChildren().setAll(summaryBox, storyBox, subjectsBox, evidence, attribution, remedyBox, notesBox,
                    measuresBox);
        }
        scrollToTop();
    }

    private void initListeners() {
        presentation.addListener((obs, was, is) -> arrange());
        model.subjects().addListener((ListChangeListener<Subject>) c -> showSubjects());
        model.measures().addListener((ListChangeListener<MeasureItem>) c -> showMeasures());
        model.evidence().addListener((ListChangeListener<Evidence>) c -> showEvidence());
    }

    private void showSubjects() {
        showSubjects(SUBJECTS_SHOWN);
    }

    /** The first subjects as links, and a link showing the rest when there are many. */
    private void showSubjects(int limit) {
        ViewContext ctx = context.get();
        subjects.getChildren().setAll(model.subjects().stream().limit(limit)
                .map(s -> (Node) EvidencePane.link(s, s.kind() + ": " + s.value(), ctx)).toList());
        subjects.getChildren().forEach(n -> n.getStyleClass().add("chip"));
        int more = model.subjects().size() - limit;
        if (more > 0) {
            Hyperlink all = new Hyperlink("and " + more + " more…");
            all.setId("detail-more-subjects");
            all.setOnAction(e -> showSubjects(Integer.MAX_VALUE));
            subjects.getChildren().add(all);
        }
    }

    private void showMeasures() {
        measures.getChildren().setAll(model.measures().stream().map(m -> {
            Label name = new Label(m.name());
            name.getStyleClass().add("measure-name");
            Label value = new Label(m.value());
            value.getStyleClass().add("measure-value");
            return (Node) new HBox(6, name, value);
        }).toList());
    }

    private void showEvidence() {
        double at = scroll.getVvalue();
        double top = at * scrollRange();
        evidence.getChildren().setAll(evidenceViews.create(model.evidence(), context.get()));
        if (model.keepsPlace()) {
            // the same finding checked again: stay at the same height, although the content's height may change
            scroll.setVvalue(at);
            javafx.application.Platform.runLater(() -> {
                double range = scrollRange();
                scroll.setVvalue(range > 0 ? Math.min(1, top / range) : 0);
            });
        } else {
            scrollToTop();
        }
    }

    /** How many pixels the page can scroll. */
    private double scrollRange() {
        return Math.max(0, content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight());
    }

    /** Back to the top, now and after the new content's first layout (which may scroll to a focused table). */
    private void scrollToTop() {
        scroll.setVvalue(0);
        javafx.application.Platform.runLater(() -> scroll.setVvalue(0));
    }

    public Node root() {
        return root;
    }
}
