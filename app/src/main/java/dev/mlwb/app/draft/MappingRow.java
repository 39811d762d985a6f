package dev.mlwb.app.draft;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One key of the form ({@code timestamp}, {@code arm}, or a metric kind) and the file's column it
 * maps to, chosen among the file's real columns ({@link #NONE} leaves it unmapped), with why the
 * draft guessed it.
 */
public final class MappingRow {
    /** The choice that leaves a key unmapped. */
    public static final String NONE = "(none)";

    private final String key;
    private final boolean required;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final StringProperty column = new SimpleStringProperty(NONE);
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");

    MappingRow(String key, boolean required, List<String> columns, String value, String reason,
               BiConsumer<String, String> changed) {
        this.key = key;
        this.required = required;
        choices.add(NONE);
        choices.addAll(columns);
        if (!choices.contains(value)) {
            choices.add(value);
        }
        column.set(value);
        why.set(reason);
        column.addListener((obs, was, is) -> {
            if (is != null && !is.equals(was)) {
                changed.accept(key, is);
            }
        });
    }

    public String key() {
        return key;
    }

    /** The key as the form labels it: {@code timestamp *} for a required one. */
    public String label() {
        return key.replace('_', ' ') + (required ? " *" : "");
    }

    public boolean required() {
        return required;
    }

    public ObservableList<String> choices() {
        return choices;
    }

    public StringProperty columnProperty() {
        return column;
    }

    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }
}
