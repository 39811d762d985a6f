package dev.mlwb.app.table;

import java.util.Comparator;
import dev.mlwb.analysis.check.Subject;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableRow;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Columns that show formatted text but sort by the raw value, link columns, row states, and copying rows as TSV. */
public final class Tables {
    private Tables() {
    }

    /** A column showing {@code text(row)} and sorting by {@code raw(row)} (NaN last). */
    public static <R> TableColumn<R, R> numberColumn(String title, Function<R, Double> raw, Function<R, String> text) {
        TableColumn<R, R> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparingDouble(r -> {
            double v = raw.apply(r);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        }));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        c.getStyleClass().add("number");
        c.setUserData(text);
        return c;
    }

    /** A text column, sorted alphabetically. */
    public static <R> TableColumn<R, String> textColumn(String title, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        c.setUserData(text);
        return c;
    }

    private static final String LINK_COLUMN = "link-column";

    /**
     * Sizes columns to their content: each column's preferred width follows its header and its
     * longest text among the first rows (in characters, capped), so a constrained table shares
     * its width in proportion to what the columns hold.
     */
    public static <R> void fitColumns(TableView<R> table, java.util.List<R> rows) {
        for (TableColumn<R, ?> c : table.getColumns()) {
            int chars = c.getText() == null ? 4 : c.getText().length() + 2;
            for (int i = 0; i < Math.min(rows.size(), 60); i++) {
                chars = Math.max(chars, cellText(c, rows.get(i)).length() + 1);
            }
            if (c.getStyleClass().contains(LINK_COLUMN)) {
                chars += 2; // a link's padding and focus border
            }
            c.setPrefWidth(Math.min(46, Math.max(5, chars)) * 8.0 + 14);
        }
    }

    /**
     * A text column whose cells are links (e.g. a feature that opens its page); sorts by the text.
     * Rows without a target show plain text.
     */
    public static <R> TableColumn<R, R> linkColumn(String title, Function<R, String> text,
                                                   Function<R, java.util.Optional<Subject>> target,
                                                   Consumer<Subject> open) {
        return actionColumn(title, text, r -> target.apply(r).map(s -> () -> open.accept(s)));
    }

    /** A text column whose cells are links running an action; rows without one show plain text. */
    public static <R> TableColumn<R, R> actionColumn(String title, Function<R, String> text,
                                                     Function<R, java.util.Optional<Runnable>> action) {
        TableColumn<R, R> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparing(text));
        c.getStyleClass().add(LINK_COLUMN);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                if (empty || item == null) {
                    return;
                }
                java.util.Optional<Runnable> a = action.apply(item);
                if (a.isPresent()) {
                    Hyperlink link = new Hyperlink(text.apply(item));
                    link.getStyleClass().add("subject-link");
                    link.setOnAction(e -> a.get().run());
                    setGraphic(link);
                } else {
                    setText(text.apply(item));
                }
            }
        });
        c.setUserData(text);
        return c;
    }

    /**
     * Marks rows with CSS pseudo-classes from the row's state, e.g. {@code bad} (breaks a rule,
     * drawn in vermillion with bold text), {@code doubtful} (muted), {@code good}, {@code focus}.
     */
    public static <R> void rowStates(TableView<R> table, Function<R, Set<String>> states) {
        table.setRowFactory(tv -> new TableRow<>() {
            private Set<String> applied = Set.of();

            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                applied.forEach(s -> pseudoClassStateChanged(PseudoClass.getPseudoClass(s), false));
                applied = empty || item == null ? Set.of() : states.apply(item);
                applied.forEach(s -> pseudoClassStateChanged(PseudoClass.getPseudoClass(s), true));
            }
        });
    }

    /** Adds "Copy as TSV" (context menu and Ctrl+C) copying the selected rows, or all rows, with headers. */
    public static <R> void enableCopy(TableView<R> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem copy = new MenuItem("Copy as TSV");
        copy.setOnAction(e -> copy(table));
        table.setContextMenu(new ContextMenu(copy));
        KeyCombination ctrlC = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> {
            if (ctrlC.match(e)) {
                copy(table);
                e.consume();
            }
        });
    }

    /** The rows (selected ones, or all) as tab-separated text with a header line. */
    public static <R> String tsv(TableView<R> table) {
        StringBuilder b = new StringBuilder();
        var columns = table.getVisibleLeafColumns();
        for (int i = 0; i < columns.size(); i++) {
            b.append(i == 0 ? "" : "\t").append(columns.get(i).getText());
        }
        b.append('\n');
        var rows = table.getSelectionModel().getSelectedItems().isEmpty() ? table.getItems()
                : table.getSelectionModel().getSelectedItems();
        for (R row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                b.append(i == 0 ? "" : "\t").append(cellText(columns.get(i), row));
            }
            b.append('\n');
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    static <R> String cellText(TableColumn<R, ?> column, R row) {
        if (column.getUserData() instanceof Function<?, ?> text) {
            return clean(((Function<R, String>) text).apply(row));
        }
        Object v = column.getCellObservableValue(row) == null ? null : column.getCellObservableValue(row).getValue();
        return v == null ? "" : clean(v.toString());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    private static <R> void copy(TableView<R> table) {
        ClipboardContent content = new ClipboardContent();
        content.putString(tsv(table));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
