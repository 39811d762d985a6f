package dev.mlwb.app.overview;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.nav.Navigation;
import dev.mlwb.app.nav.Place;
import dev.mlwb.app.story.FeatureMatrixView;
import dev.mlwb.app.story.FeatureMatrixViewModel;
import dev.mlwb.app.story.StoryView;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The overview: title and description, the story (likely root cause first, what it explains, when it
 * started, time to detect), counts per severity, the incident timeline (its zoom is the time range
 * filter), the feature health matrix, the findings grouped by severity as links, and every check with
 * why skipped ones were skipped.
 */
public final class OverviewView {
    private final OverviewViewModel model;
    private final Navigation navigation;
    private final TimelineView timeline;
    private final VBox content = new VBox(14);
    private final StoryView story;
    private final ScrollPane root = new ScrollPane(content);

    private final javafx.beans.value.ObservableBooleanValue presentation;

    public OverviewView(OverviewViewModel model, Navigation navigation,
                        javafx.beans.value.ObservableBooleanValue presentation) {
        this.model = model;
        this.presentation = presentation;
        this.navigation = navigation;
        this.timeline = new TimelineView(model);
        this.story = new StoryView(model.story(), navigation);
        content.getStyleClass().add("overview");
        content.setId("overview");
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
        // the findings list is drawn first; the overview fills in at the next pulse. While checks run, the
        // findings appear in the list as each check finishes and this page follows with its counts only: a page
        // rebuilt, or even refreshed, as checks finish stalled the window for a frame or two each time (the feature
        // grid alone is a few hundred cells). A new incident is built at once, scrolled to the top; a finished
        // report (or a live re-check) rebuilds the page in place.
        model.reportProperty().addListener((obs, was, is) -> {
            if (was == null || is == null || !was.bundle().equals(is.bundle())) {
                AfterPulse.run(() -> rebuild(true));
            } else if (model.inProgress()) {
                refreshTiles();
                if (checksSummary != null) {
                    checksSummary.setText(model.checksSummary());
                }
            } else {
                AfterPulse.run(() -> rebuild(false));
            }
        });
        rebuild(true);
    }

    private final java.util.Map<Severity, Label> tileLabels = new java.util.EnumMap<>(Severity.class);

    private void rebuild(boolean toTop) {
        double scrolled = root.getVvalue();
        CheckReport r = model.reportProperty().get();
        if (r == null) {
            Label empty = new Label("Open an incident bundle: File > Open, or drop a folder or .zip here.");
            empty.getStyleClass().add("caption");
            content.getChildren().setAll(empty);
            return;
        }
        Label title = new Label(model.title());
        title.getStyleClass().add("overview-title");
        title.setWrapText(true);
        // the incident header shows the title; presentation mode hides the header, so the page shows it then
        title.visibleProperty().bind(presentation);
        title.managedProperty().bind(title.visibleProperty());
        content.getChildren().setAll(title);
        if (!model.description().isBlank()) {
            Label d = new Label(model.description());
            d.getStyleClass().add("summary");
            d.setWrapText(true);
            d.setId("overview-description");
            content.getChildren().add(d);
        }
        content.getChildren().addAll(story.root(), tiles(), timelineSection());
        if (toTop) {
            matrixKey = null;
            checksSection = null;
        }
        matrixSection(model.matrix()).ifPresent(content.getChildren()::add);
        content.getChildren().addAll(findings(), checks());
        root.setVvalue(toTop ? 0 : scrolled);
    }

    /**
     * The feature health section; a page rebuilt for the same incident (a finished analysis, a live re-check) keeps
     * the grid when nothing in it changed (a grid of a few hundred cells is the page's costliest part).
     */
    private Optional<Node> matrixSection(FeatureMatrixViewModel matrix) {
        List<Object> key = List.of(matrix.columns(), matrix.rows(), matrix.hidden(), matrix.skipped());
        if (key.equals(matrixKey)) {
            return Optional.ofNullable(matrixSection);
        }
        matrixKey = key;
        matrixSection = null;
        if (!matrix.isEmpty()) {
            Label caption = new Label("Each feature against the data checks: the worst verdict and its number. A cell "
                    + "opens its evidence.   " + FeatureMatrixViewModel.LEGEND);
            caption.getStyleClass().add("caption");
            caption.setWrapText(true);
            VBox section = new VBox(6, heading("Feature health"), caption, new FeatureMatrixView(matrix, navigation).root());
            if (matrix.hidden() > 0) {
                Label more = new Label("And " + matrix.hidden() + " more features where no data check found anything "
                        + "(each data check's page lists every feature it examined, with its numbers).");
                more.getStyleClass().add("caption");
                more.setWrapText(true);
                section.getChildren().add(more);
            }
            if (!matrix.skipped().isEmpty()) {
                Label skipped = new Label(matrix.skipped());
                skipped.getStyleClass().add("caption");
                skipped.setWrapText(true);
                section.getChildren().add(skipped);
            }
            matrixSection = section;
        }
        return Optional.ofNullable(matrixSection);
    }

    private List<Object> matrixKey;
    private Node matrixSection;
    private VBox checksSection;
    private TablePane<CheckItem> checksTable;
    private Label checksSummary;

    private Node tiles() {
        HBox row = new HBox(12);
        row.setId("severity-tiles");
        tileLabels.clear();
        for (Severity s : Severity.values()) {
            Label n = new Label(OverviewViewModel.count(s, model.findings(s).size()));
            n.getStyleClass().addAll("tile", "badge");
            n.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.key()), true);
            tileLabels.put(s, n);
            row.getChildren().add(n);
        }
        return row;
    }

    /** The counts per severity, without rebuilding the page. */
    private void refreshTiles() {
        tileLabels.forEach((s, n) -> n.setText(OverviewViewModel.count(s, model.findings(s).size())));
    }

    private Node timelineSection() {
        Label range = new Label();
        range.getStyleClass().add("caption");
        range.setWrapText(true);
        range.textProperty().bind(model.rangeText());
        range.setId("range-text");
        HBox.setHgrow(range, Priority.ALWAYS);
        range.setMaxWidth(Double.MAX_VALUE);
        Button clear = new Button("Clear time range");
        clear.setId("clear-range");
        clear.disableProperty().bind(model.timeRangeProperty().isNull());
        clear.setOnAction(e -> model.clearRange());
        return new VBox(6, heading("Timeline"), timeline.root(), new HBox(10, range, clear));
    }

    private Node findings() {
        VBox box = new VBox(6, heading("Findings by severity"));
        box.setId("overview-findings");
        if (model.inProgress()) {
            Label checking = new Label("Checking: each check's findings appear in the list on the left as it finishes; "
                    + "this page (the story, feature health, findings by severity and the checks) is completed once "
                    + "every check is done.");
            checking.getStyleClass().add("summary");
            checking.setWrapText(true);
            checking.setId("overview-checking");
            box.getChildren().add(checking);
            return box;
        }
        for (Severity s : Severity.values()) {
            List<Finding> list = model.findings(s);
            if (list.isEmpty()) {
                continue;
            }
            Label h = new Label(OverviewViewModel.count(s, list.size()).toUpperCase(java.util.Locale.ROOT));
            h.getStyleClass().add("badge");
            h.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.key()), true);
            box.getChildren().add(h);
            for (Finding f : list) {
                Hyperlink link = new Hyperlink(f.title() + "  (" + f.check() + ")");
                link.getStyleClass().add("finding-link");
                link.setWrapText(true);
                link.setOnAction(e -> navigation.go(Place.finding(f)));
                box.getChildren().add(link);
            }
        }
        if (box.getChildren().size() == 1) {
            Label none = new Label("No findings: every check that ran found nothing. See the checks below for what "
                    + "was examined and what could not be.");
            none.getStyleClass().add("summary");
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        return box;
    }

    /** The checks table: built once per incident; a page rebuilt for the same incident replaces its rows. */
    private Node checks() {
        if (checksSection != null) {
            checksTable.setRows(model.checks());
            checksSummary.setText(model.checksSummary());
            return checksSection;
        }
        List<TableColumn<CheckItem, ?>> columns = List.of(
                Tables.actionColumn("Check", CheckItem::id, c -> Optional.of(() -> navigation.go(Place.check(c.id())))),
                Tables.textColumn("Outcome", CheckItem::outcome),
                Tables.textColumn("Why skipped / details", CheckItem::detail));
        columns.get(0).setPrefWidth(200);
        columns.get(1).setPrefWidth(120);
        columns.get(2).setPrefWidth(560);
        TablePane<CheckItem> table = new TablePane<>("checks-table", columns,
                c -> c.id() + " " + c.outcome() + " " + c.detail());
        table.setRows(model.checks());
        table.setVisibleRows(20);
        Tables.rowStates(table.table(), CheckItem::states);
        Label summary = new Label(model.checksSummary());
        summary.getStyleClass().add("caption");
        summary.setId("checks-summary");
        checksTable = table;
        checksSummary = summary;
        checksSection = new VBox(6, heading("Checks"), summary, table);
        return checksSection;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }

    public Node root() {
        return root;
    }

    /** The timeline chart, for tests and the screenshot tour. */
    public Optional<ChartPane> timelineChart() {
        return timeline.chartPane();
    }
}
