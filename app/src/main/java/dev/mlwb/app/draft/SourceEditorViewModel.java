package dev.mlwb.app.draft;

import dev.mlwb.analysis.bundle.ColumnKey;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.draft.DraftFile;
import dev.mlwb.analysis.draft.DraftSource;
import dev.mlwb.analysis.draft.ManifestDraft;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The selected file in the draft form: its role (any role the file could play, or left out), and how
 * its columns map, each key a choice among the file's real columns; metric kinds and slices for the
 * roles that have them; the dataset name; why the draft guessed so; and which checks it enables. Every
 * change becomes a new version of the file's source, handed to {@code edited}.
 */
public final class SourceEditorViewModel {
    /** The role choice that leaves a file out of the manifest. */
    public static final String LEAVE_OUT = "leave out";
    static final List<String> METRIC_KINDS = List.of("requests", "errors", "latency_p50_ms", "latency_p99_ms", "cpu_pct",
            "memory_pct", "impressions", "clicks", "conversions", "replicas");

    private final Consumer<DraftFile> edited;
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper("");
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final StringProperty role = new SimpleStringProperty(LEAVE_OUT);
    private final StringProperty dataset = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper hasDataset = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper tabular = new ReadOnlyBooleanWrapper();
    private final ObservableList<MappingRow> keys = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> metrics = FXCollections.observableArrayList();
    private final ObservableList<String> sliceChoices = FXCollections.observableArrayList();
    private final ObservableList<String> slices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper enables = new ReadOnlyStringWrapper("");
    private ManifestDraft draft;
    private DraftFile file;
    private boolean loading;

    SourceEditorViewModel(Consumer<DraftFile> edited) {
        this.edited = edited;
        role.addListener((obs, was, is) -> {
            if (!loading && is != null && !is.equals(was)) {
                changeRole(is);
            }
        });
        slices.addListener((ListChangeListener<String>) c -> {
            if (!loading) {
                source().ifPresent(s -> emit(s.withSlices(List.copyOf(slices))));
            }
        });
    }

    /** Shows a file of the draft, with the checks its source enables. */
    void show(ManifestDraft d, DraftFile f, List<String> enabled) {
        loading = true;
        try {
            draft = d;
            file = f;
            path.set(f.path());
            Optional<DraftSource> s = source();
            List<String> choices = new ArrayList<>();
            d.possibleRoles(f.path()).forEach(r -> choices.add(r.key()));
            s.ifPresent(x -> {
                if (!choices.contains(x.role().key())) {
                    choices.add(0, x.role().key());
                }
            });
            boolean table = !f.columns().isEmpty() && s.map(x -> x.format().plainFile()).orElse(true);
            if (table) {
                for (Role r : Role.values()) {
                    if (r.tabular() && !choices.contains(r.key())) {
                        choices.add(r.key());
                    }
                }
            }
            choices.add(LEAVE_OUT);
            roles.setAll(choices);
            role.set(s.map(x -> x.role().key()).orElse(LEAVE_OUT));
            tabular.set(table);
            dataset.set(s.flatMap(DraftSource::dataset).orElse(""));
            hasDataset.set(s.map(x -> x.role() == Role.FEATURES || x.role() == Role.PREDICTIONS).orElse(false));
            List<String> columns = new ArrayList<>(f.columns().keySet());
            keys.setAll(s.filter(x -> table).map(x -> keyRows(x, columns)).orElse(List.of()));
            metrics.setAll(s.filter(x -> table && x.role() == Role.METRICS).map(x -> metricRows(x, columns))
                    .orElse(List.of()));
            boolean sliced = s.map(x -> x.role() == Role.METRICS || x.role() == Role.PREDICTIONS
                    || x.role() == Role.FEATURES).orElse(false) && table;
            sliceChoices.setAll(sliced ? columns : List.of());
            slices.setAll(s.map(DraftSource::slices).orElse(List.of()));
            why.set(f.partOf().map(p -> "Read together with the other saved responses of its folder, as source " + p + ".")
                    .orElse(s.map(SourceEditorViewModel::explain).orElse(f.unplaced().map(u -> "Not placed: " + u)
                            .orElse(""))));
            enables.set(s.isEmpty() ? "" : enabled.isEmpty() ? "Enables no check on its own."
                    : "Enables " + String.join(", ", enabled) + ".");
        } finally {
            loading = false;
        }
    }

    private List<MappingRow> keyRows(DraftSource s, List<String> columns) {
        List<MappingRow> rows = new ArrayList<>();
        for (ColumnKey k : ColumnKey.of(s.role())) {
            rows.add(new MappingRow(k.key(), k.required(), columns, s.columns().getOrDefault(k.key(), MappingRow.NONE),
                    s.why().getOrDefault(k.key(), ""), this::setColumn));
        }
        return rows;
    }

    private List<MappingRow> metricRows(DraftSource s, List<String> columns) {
        Set<String> kinds = new LinkedHashSet<>(METRIC_KINDS);
        kinds.addAll(s.metrics().keySet());
        List<MappingRow> rows = new ArrayList<>();
        for (String kind : kinds) {
            rows.add(new MappingRow(kind, false, columns, s.metrics().getOrDefault(kind, MappingRow.NONE),
                    s.why().getOrDefault("metrics." + kind, ""), this::setMetric));
        }
        return rows;
    }

    private static String explain(DraftSource s) {
        StringBuilder b = new StringBuilder(Character.toUpperCase(s.comment().charAt(0)) + s.comment().substring(1) + ".");
        s.notes().forEach(n -> b.append(' ').append(Character.toUpperCase(n.charAt(0))).append(n.substring(1)).append('.'));
        if (s.confidence() < 0.5) {
            b.append(" A weak guess: check the mapping.");
        }
        return b.toString();
    }

    private Optional<DraftSource> source() {
        return file == null || file.sources().isEmpty() ? Optional.empty() : Optional.of(file.sources().get(0));
    }

    private void changeRole(String key) {
        if (key.equals(LEAVE_OUT)) {
            edited.accept(file.withSources(List.of()));
            return;
        }
        Role r = Role.fromKey(key).orElseThrow();
        Optional<DraftSource> guess = draft.guessAs(file.path(), r);
        DraftSource s = guess.orElseGet(() -> skeleton(r));
        edited.accept(file.withSources(List.of(s)));
    }

    /** A source of a role the file does not fit as it is: its keys left for the analyst to map. */
    private DraftSource skeleton(Role r) {
        String name = source().map(DraftSource::name).orElse(file.path().replaceAll(".*/|\\..*$", ""));
        Optional<String> ds = r == Role.FEATURES || r == Role.PREDICTIONS ? Optional.of(name) : Optional.empty();
        SourceFormat format = source().map(DraftSource::format).orElse(SourceFormat.fromFileName(file.path())
                .orElse(SourceFormat.CSV));
        return new DraftSource(file.path(), r, format, name, ds, Map.of(), List.of(), Map.of(), Map.of(),
                Optional.empty(), r.key() + ": chosen by hand; map its columns", Map.of(), List.of(), 0);
    }

    private void setColumn(String key, String column) {
        if (!loading) {
            source().ifPresent(s -> emit(s.withColumn(key, MappingRow.NONE.equals(column) ? Optional.empty()
                    : Optional.of(column))));
        }
    }

    private void setMetric(String kind, String column) {
        if (!loading) {
            source().ifPresent(s -> emit(s.withMetric(kind, MappingRow.NONE.equals(column) ? Optional.empty()
                    : Optional.of(column))));
        }
    }

    /** Renames the dataset (features and predictions); the form calls it when the field is left. */
    public void commitDataset() {
        String d = dataset.get() == null ? "" : dataset.get().trim();
        source().filter(s -> !d.isEmpty() && !s.dataset().orElse("").equals(d)).ifPresent(s -> emit(s.withDataset(d)));
    }

    private void emit(DraftSource s) {
        edited.accept(file.withSources(List.of(s)));
    }

    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    public ReadOnlyBooleanProperty hasDatasetProperty() {
        return hasDataset.getReadOnlyProperty();
    }

    /** Whether the file is a table whose columns can be mapped (documents and folders are not). */
    public ReadOnlyBooleanProperty tabularProperty() {
        return tabular.getReadOnlyProperty();
    }

    public ObservableList<MappingRow> keys() {
        return keys;
    }

    public ObservableList<MappingRow> metrics() {
        return metrics;
    }

    public ObservableList<String> sliceChoices() {
        return sliceChoices;
    }

    public ObservableList<String> slices() {
        return slices;
    }

    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enablesProperty() {
        return enables.getReadOnlyProperty();
    }
}
