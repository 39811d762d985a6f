package dev.mlwb.app.findings;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The findings list: a severity badge (word and colour), the title and the check; arrow keys move through it. */
public final class FindingsView {
    private final FindingsViewModel model;
    private final VBox root = new VBox(6);
    private final ListView<FindingItem> list = new ListView<>();

    public FindingsView(FindingsViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        Label header = new Label("Findings");
        header.getStyleClass().add("pane-title");
        Label counts = new Label();
        counts.setId("finding-counts");
        counts.getStyleClass().add("counts");
        counts.textProperty().bind(model.countsProperty());
        Label filter = new Label();
        filter.setId("findings-filter");
        filter.getStyleClass().add("filter-note");
        filter.setWrapText(true);
        filter.textProperty().bind(model.filterNoteProperty());
        filter.visibleProperty().bind(model.filterNoteProperty().isNotEmpty());
        filter.managedProperty().bind(filter.visibleProperty());
        list.setId("findings-list");
        list.setItems(model.items());
        list.setCellFactory(l -> new FindingCell());
        list.setPlaceholder(new Label("No findings to show"));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(header, counts, filter, list);
        root.getStyleClass().add("findings-pane");
    }

    private void initListeners() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && is.finding() != model.selectedProperty().get()) {
                model.selectedProperty().set(is.finding());
            }
        });
        model.selectedProperty().addListener((obs, was, is) -> select(is));
        model.items().addListener((javafx.collections.ListChangeListener<FindingItem>) c -> select(model.selectedProperty().get()));
    }

    private void select(dev.mlwb.analysis.check.Finding f) {
        if (f == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < model.items().size(); i++) {
            if (model.items().get(i).finding() == f) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                    if (!visible(i)) {
                        list.scrollTo(i);
                    }
                }
                return;
            }
        }
    }

    /** Whether row {@code i} is on screen already (then selecting it must not scroll the list). */
    private boolean visible(int i) {
        if (!(list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)
                || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return false;
        }
        return i >= flow.getFirstVisibleCell().getIndex() && i <= flow.getLastVisibleCell().getIndex();
    }

    public Node root() {
        return root;
    }

    /** Focuses the list, for keyboard navigation. */
    public void focus() {
        list.requestFocus();
    }

    private static final class FindingCell extends ListCell<FindingItem> {
        private final Label badge = new Label();
        private final Label title = new Label();
        private final Label check = new Label();
        private final HBox box;

        FindingCell() {
            badge.getStyleClass().add("badge");
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            title.getStyleClass().add("finding-title");
            title.setWrapText(true);
            check.getStyleClass().add("finding-check");
            VBox text = new VBox(2, title, check);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            title.setMinWidth(0);
            box = new HBox(10, badge, text);
            // never wider than the list: titles wrap instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FindingItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            badge.setText(item.badge());
            for (String s : new String[] {"critical", "warning", "info"}) {
                badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(s), item.severity().key().equals(s));
            }
            title.setText(item.title());
            check.setText(item.check());
            setGraphic(box);
        }
    }
}
