package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.draft.FileProfile.DocumentKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the profiled files into a draft: each table's best role, documents by their structure,
 * then what needs every file at once: distinct source and dataset names (files of one dataset with
 * the same columns stay one dataset), the arms, and which feature datasets to compare.
 */
final class DraftAssembler {
    private final String folder;
    private final List<FileProfile> profiles;
    private final Map<String, Mapping> guesses = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();

    DraftAssembler(String folder, List<FileProfile> profiles) {
        this.folder = folder;
        this.profiles = profiles;
    }

    ManifestDraft assemble() {
        for (FileProfile p : profiles) {
            if (p.problem().isEmpty() && p.document().isEmpty()) {
                TableGuesser.best(p).ifPresent(m -> guesses.put(p.path(), m));
            }
        }
        nameDatasets(Role.FEATURES);
        nameDatasets(Role.PREDICTIONS);
        List<DraftFile> files = new ArrayList<>();
        Map<String, FileProfile> byPath = new LinkedHashMap<>();
        Map<String, List<FileProfile>> prometheus = new LinkedHashMap<>();
        for (FileProfile p : profiles) {
            if (p.document().filter(k -> k == DocumentKind.PROMETHEUS).isPresent()) {
                prometheus.computeIfAbsent(folderOf(p.path()), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, String> groupName = new LinkedHashMap<>();
        for (FileProfile p : profiles) {
            byPath.put(p.path(), p);
            List<FileProfile> group = p.document().filter(k -> k == DocumentKind.PROMETHEUS).isPresent()
                    ? prometheus.get(folderOf(p.path())) : List.of();
            if (group.isEmpty()) {
                files.add(file(p));
            } else if (group.get(0) == p) {
                DraftSource s = PrometheusGuess.group(group, uniqueName(folderOf(p.path()).isEmpty() ? "prometheus"
                        : Names.of(folderOf(p.path())).slug()));
                groupName.put(folderOf(p.path()), s.name());
                files.add(new DraftFile(p.path(), p.rows(), columnsOf(p), List.of(s), Optional.empty()));
            } else {
                files.add(new DraftFile(p.path(), p.rows(), columnsOf(p), List.of(), Optional.empty(),
                        Optional.of(groupName.get(folderOf(p.path())))));
            }
        }
        List<DraftSource> sources = files.stream().flatMap(f -> f.sources().stream()).toList();
        Optional<ArmsGuess> arms = arms(sources, byPath);
        List<Comparison> comparisons = new ArrayList<>();
        String why = Comparisons.choose(sources, byPath, comparisons);
        return new ManifestDraft(folder, title(), "Drafted by mlwb init from the files in " + folder
                + ". Say what happened, when, and what changed.", arms, comparisons, why, files, byPath);
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static Map<String, String> columnsOf(FileProfile p) {
        Map<String, String> columns = new LinkedHashMap<>();
        p.columns().forEach(c -> columns.put(c.name(), c.type()));
        return columns;
    }

    private DraftFile file(FileProfile p) {
        Map<String, String> columns = columnsOf(p);
        if (p.problem().isPresent()) {
            return new DraftFile(p.path(), p.rows(), columns, List.of(), p.problem());
        }
        if (p.document().isPresent()) {
            return new DraftFile(p.path(), p.rows(), columns, List.of(document(p, p.document().get())), Optional.empty());
        }
        Mapping m = guesses.get(p.path());
        if (m == null) {
            return new DraftFile(p.path(), p.rows(), columns, List.of(), Optional.of(TableGuesser.unplaced(p)));
        }
        return new DraftFile(p.path(), p.rows(), columns, List.of(m.build(uniqueName(p.names().slug().isEmpty()
                ? "source" : Datasets.slug(p)), p.format().orElseThrow())), Optional.empty());
    }

    private DraftSource document(FileProfile p, DocumentKind kind) {
        Role role = switch (kind) {
            case SCHEMAS -> Role.SCHEMAS;
            case VOCABULARIES -> Role.VOCABULARIES;
            case ENVIRONMENTS, MLFLOW -> Role.ENVIRONMENTS;
            case OTLP_LOGS -> Role.EVENTS;
            case PROMETHEUS -> Role.METRICS;
        };
        SourceFormat format = switch (kind) {
            case OTLP_LOGS -> SourceFormat.OTLP;
            case MLFLOW -> SourceFormat.MLFLOW;
            case PROMETHEUS -> SourceFormat.PROMETHEUS;
            default -> p.format().orElse(SourceFormat.JSON);
        };
        String comment = switch (kind) {
            case SCHEMAS -> "schemas: feature schemas per model and payload version (models / payloads)";
            case VOCABULARIES -> "vocabularies: the categories the encoder knows, per feature";
            case ENVIRONMENTS -> "environments: one fingerprint per training run or replica";
            case MLFLOW -> "environments: the training runs of an MLflow tracking folder (runs also become job events)";
            case OTLP_LOGS -> "events: OpenTelemetry logs (OTLP JSON, as the collector's file exporter writes)";
            case PROMETHEUS -> "metrics: a saved Prometheus query_range response";
        };
        Map<String, String> metrics = new LinkedHashMap<>();
        if (kind == DocumentKind.PROMETHEUS) {
            metrics.put(MetricKinds.standard(Names.of(p.stem())).orElse(MetricKinds.custom(Names.of(p.stem()))), p.path());
        }
        return new DraftSource(p.path(), role, format, uniqueName(Datasets.slug(p)), Optional.empty(), Map.of(),
                List.of(), metrics, Map.of(), Optional.empty(), comment, Map.of(), List.of(), 0.9);
    }

    /** Features (or predictions) files named by their path; clashing names with different columns are told apart. */
    private void nameDatasets(Role role) {
        Map<String, List<Mapping>> byName = new LinkedHashMap<>();
        for (Mapping m : guesses.values()) {
            if (m.role == role) {
                Optional<String> standard = role == Role.FEATURES ? Datasets.features(m.file) : Datasets.predictions(m.file);
                byName.computeIfAbsent(standard.orElse(Datasets.slug(m.file)), k -> new ArrayList<>()).add(m);
            }
        }
        Set<String> taken = new HashSet<>(byName.keySet());
        for (Map.Entry<String, List<Mapping>> e : byName.entrySet()) {
            List<Mapping> group = e.getValue();
            Mapping widest = group.stream().max((a, b) -> Integer.compare(a.file.columns().size(),
                    b.file.columns().size())).orElseThrow();
            for (Mapping m : group) {
                boolean same = m.file.columns().equals(widest.file.columns()) || columnNames(m).equals(columnNames(widest));
                String name = m == widest || same ? e.getKey() : distinct(Datasets.slug(m.file), taken);
                taken.add(name);
                m.dataset = Optional.of(name);
                m.why.put("dataset", group.size() > 1 && same ? "files with the same columns are one dataset"
                        : name.equals(e.getKey()) && !name.equals(Datasets.slug(m.file)) ? "from the path" : "from the file name");
            }
        }
    }

    private static List<String> columnNames(Mapping m) {
        return m.file.columns().stream().map(ColumnProfile::name).toList();
    }

    private static String distinct(String name, Set<String> taken) {
        String n = name;
        for (int i = 2; taken.contains(n); i++) {
            n = name + "-" + i;
        }
        return n;
    }

    private String uniqueName(String base) {
        String n = distinct(base.isEmpty() ? "source" : base, names);
        names.add(n);
        return n;
    }

    private static Optional<ArmsGuess> arms(List<DraftSource> sources, Map<String, FileProfile> profiles) {
        for (Role role : List.of(Role.METRICS, Role.PREDICTIONS)) {
            for (DraftSource s : sources) {
                if (s.role() == role && s.columns().containsKey("arm")) {
                    String column = s.columns().get("arm");
                    Optional<ColumnProfile> c = profiles.get(s.path()).column(column);
                    if (c.isPresent()) {
                        return ArmsGuess.of(column, s.path(), c.get().top());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private String title() {
        Names n = Names.of(folder);
        String words = String.join(" ", n.words());
        return (words.isEmpty() ? "Incident" : Character.toUpperCase(words.charAt(0)) + words.substring(1))
                + " (draft)";
    }
}
