package dev.mlwb.app.main;

import dev.mlwb.app.detail.FindingDetailView;
import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.app.evidence.StandardViews;
import dev.mlwb.app.draft.DraftWindow;
import dev.mlwb.app.findings.FindingsView;
import dev.mlwb.app.live.LiveControls;
import dev.mlwb.app.live.LiveViewModel;
import dev.mlwb.app.settings.SettingsViewModel;
import dev.mlwb.app.nav.Place;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu, navigation bar and incident header; the findings list beside the current
 * place's view; load issues and the status bar below. Presentation mode hides the chrome and the
 * list, enlarges the type and switches to the high-contrast theme.
 */
public final class MainView {
    private final MainViewModel model;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final FindingsView findings;
    private final ContentView content;
    private final FileActions files;
    private final SplitPane split;
    private final LiveControls live;
    private final SettingsViewModel settings;
    private double divider = 0.28;

    public MainView(MainViewModel model, LiveViewModel live, SettingsViewModel settings, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.live = new LiveControls(live);
        this.settings = settings;
        this.findings = new FindingsView(model.findings());
        this.content = new ContentView(model, StandardViews.create());
        this.files = new FileActions(model, stage, this::open);
        this.split = new SplitPane(findings.root(), content.root());
        createView();
        model.presentationProperty().addListener((obs, was, is) -> present(is));
    }

    private void createView() {
        Node nav = new NavigationBar(model, live.toggle()).root();
        Node header = header();
        Node bar = presentationBar();
        Node banner = live.banner();
        root.setTop(new VBox(menu(), nav, header, banner, bar));
        divider = settings.findingsDivider().orElse(0.28);
        split.setDividerPositions(divider);
        // the list keeps its width when the window resizes: place the remembered divider once the split has its width
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number is) {
                if (is.doubleValue() > 0) {
                    o.removeListener(this);
                    split.setDividerPositions(divider);
                }
            }
        });
        split.getDividers().get(0).positionProperty().addListener((obs, was, is) -> {
            if (split.getItems().size() == 2) {
                divider = is.doubleValue();
            }
        });
        SplitPane.setResizableWithParent(findings.root(), false);
        root.setCenter(split);
        root.setBottom(new VBox(issues(), statusBar()));
        root.getStyleClass().add("workbench");
        for (Node chrome : new Node[] {root.getTop().lookup(".menu-bar"), nav, header, root.getBottom()}) {
            chrome.visibleProperty().bind(model.presentationProperty().not());
            chrome.managedProperty().bind(chrome.visibleProperty());
        }
        bar.visibleProperty().bind(model.presentationProperty());
        bar.managedProperty().bind(bar.visibleProperty());
    }

    private MenuBar menu() {
        MenuItem openFolder = item("Open Bundle Folder…", "Shortcut+O", files::chooseFolder);
        MenuItem openFile = item("Open .zip or Manifest…", "Shortcut+Shift+O", files::chooseFile);
        Menu export = new Menu("Export Report");
        for (ReportFormat f : ReportFormat.values()) {
            MenuItem i = item(f.key().toUpperCase(Locale.ROOT) + "…", null, () -> files.exportAs(f));
            i.disableProperty().bind(model.reportProperty().isNull());
            export.getItems().add(i);
        }
        MenuItem copyFinding = item("Copy Finding as Markdown", "Shortcut+Shift+C",
                () -> model.notes().markdown().ifPresent(FindingDetailView::copy));
        copyFinding.disableProperty().bind(model.detail().findingProperty().isNull());
        Menu file = new Menu("File", null, openFolder, openFile, new RecentMenu(settings, this::open).menu(), export,
                copyFinding, item("Quit", "Shortcut+Q", stage::close));
        Menu go = new Menu("Go", null,
                item("Back", "Alt+Left", () -> model.navigation().back()),
                item("Forward", "Alt+Right", () -> model.navigation().forward()),
                item("Overview", "Alt+Home", () -> model.navigation().go(Place.overview())),
                item("Next Finding", "Shortcut+Page Down", model::nextFinding),
                item("Previous Finding", "Shortcut+Page Up", model::previousFinding),
                item("Findings List", "Shortcut+L", findings::focus));
        Menu view = new Menu("View", null,
                item("Presentation Mode", "F5", model::togglePresentation),
                item("Clear Time Range", "Shortcut+Shift+R", () -> model.timeRangeProperty().set(null)));
        return new MenuBar(file, go, view);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private Region header() {
        Label title = new Label();
        title.setId("incident-title");
        title.getStyleClass().add("incident-title");
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("caption");
        subtitle.textProperty().bind(model.subtitleProperty());
        subtitle.setMinWidth(0);
        HBox header = new HBox(14, title, subtitle);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        header.getStyleClass().add("incident-header");
        return header;
    }

    /** In presentation mode: the incident's title and the keys, instead of the chrome. */
    private Region presentationBar() {
        Label title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("presentation-title");
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Label keys = new Label("PgDn next · PgUp previous · Esc exit");
        keys.getStyleClass().add("presentation-keys");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        Button exit = new Button("✕");
        exit.setTooltip(new javafx.scene.control.Tooltip("Leave presentation mode (F5 or Esc)"));
        exit.setId("presentation-exit");
        exit.setFocusTraversable(false);
        exit.setOnAction(e -> model.presentationProperty().set(false));
        HBox bar = new HBox(14, title, live.badge(), keys, exit);
        bar.getStyleClass().add("presentation-bar");
        bar.setId("presentation-bar");
        return bar;
    }

    private TitledPane issues() {
        ListView<IssueItem> list = new ListView<>(model.issues());
        list.setId("load-issues");
        list.setPrefHeight(110);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(IssueItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                getStyleClass().removeAll("issue-error", "issue-warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.error() ? "issue-error" : "issue-warning");
                }
            }
        });
        TitledPane pane = new TitledPane("", list);
        pane.setId("load-issues-pane");
        pane.textProperty().bind(Bindings.size(model.issues()).asString("Load issues (%d)"));
        pane.setExpanded(false);
        model.issues().addListener((javafx.collections.ListChangeListener<IssueItem>) c ->
                pane.setExpanded(model.issues().stream().anyMatch(IssueItem::error)));
        pane.visibleProperty().bind(Bindings.isNotEmpty(model.issues()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private Region statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(10, status, live.status(), gap, bar, cancel);
        bottom.getStyleClass().add("status-bar");
        return bottom;
    }

    private void present(boolean on) {
        if (on) {
            root.getStyleClass().add("presentation");
            split.getItems().remove(findings.root());
            // keys go to the page, not to a filter field that happens to be next in line
            content.root().requestFocus();
        } else {
            root.getStyleClass().remove("presentation");
            if (!split.getItems().contains(findings.root())) {
                split.getItems().add(0, findings.root());
                split.setDividerPositions(divider);
            }
            findings.focus();
        }
    }

    /** Installs window-wide behaviour: drops open bundles, keys navigate; focus starts in the findings. */
    public void install(Scene scene) {
        files.acceptDrops(scene);
        new WorkbenchKeys(model).install(scene);
        findings.focus();
    }

    /** Opens a bundle; a folder without a manifest gets the draft form instead, and opens once it is saved. */
    public void open(java.nio.file.Path bundle) {
        if (dev.mlwb.analysis.draft.Drafts.needsDraft(bundle)) {
            DraftWindow.open(stage, bundle, model::open);
        } else {
            model.open(bundle);
        }
    }

    /** Where the findings list ends, as a fraction of the window's width (remembered between runs). */
    public java.util.OptionalDouble findingsDivider() {
        return java.util.OptionalDouble.of(divider);
    }

    public BorderPane root() {
        return root;
    }

    public ContentView content() {
        return content;
    }
}
