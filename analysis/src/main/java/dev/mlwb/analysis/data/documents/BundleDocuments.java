package dev.mlwb.analysis.data.documents;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.data.DocumentSource;
import dev.mlwb.analysis.data.IncidentData;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed {@code schemas} and {@code environments} documents of an incident, parsed once and
 * shared by every check that reads them. A malformed document fails every time it is asked for,
 * with the same {@link BundleException}.
 */
public final class BundleDocuments {
    private BundleDocuments() {
    }

    /** Every {@code schemas} source together; empty lists when there is none. */
    public static SchemaDocument schemas(IncidentData data) throws BundleException {
        return shared(data, ParsedSchemas.class, ParsedSchemas::parse).get();
    }

    /** Every run of every {@code environments} source, in file order. */
    public static List<EnvironmentRun> environments(IncidentData data) throws BundleException {
        return shared(data, ParsedEnvironments.class, ParsedEnvironments::parse).get();
    }

    private static <T extends Parsed<?>> T shared(IncidentData data, Class<T> type, IncidentData.SharedValue<T> parse)
            throws BundleException {
        try {
            return data.shared(type, parse);
        } catch (SQLException e) {
            throw new BundleException("environments", "", "the MLflow runs cannot be read back: " + e.getMessage(), e);
        }
    }

    private interface Parsed<T> {
        T get() throws BundleException;
    }

    private record ParsedSchemas(Optional<SchemaDocument> value, Optional<BundleException> error)
            implements Parsed<SchemaDocument> {
        static ParsedSchemas parse(IncidentData data) {
            List<Path> files = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            collect(data, Role.SCHEMAS, files, shown);
            try {
                return new ParsedSchemas(Optional.of(SchemaParser.parse(files, shown, zone(data))), Optional.empty());
            } catch (BundleException e) {
                return new ParsedSchemas(Optional.empty(), Optional.of(e));
            }
        }

        @Override
        public SchemaDocument get() throws BundleException {
            if (error.isPresent()) {
                throw error.get();
            }
            return value.orElseThrow();
        }
    }

    private record ParsedEnvironments(Optional<List<EnvironmentRun>> value, Optional<BundleException> error)
            implements Parsed<List<EnvironmentRun>> {
        static ParsedEnvironments parse(IncidentData data) throws SQLException {
            List<Path> files = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            List<EnvironmentRun> tracked = new ArrayList<>();
            for (DocumentSource d : data.documents(Role.ENVIRONMENTS)) {
                if (d.table().isPresent()) {
                    tracked.addAll(MlflowEnvironments.read(data.db(), d.table().get(), d.spec().name()));
                } else {
                    files.addAll(d.files());
                    shown.addAll(d.shownFiles());
                }
            }
            try {
                List<EnvironmentRun> runs = new ArrayList<>(EnvironmentParser.parse(files, shown, zone(data)));
                runs.addAll(tracked);
                return new ParsedEnvironments(Optional.of(runs), Optional.empty());
            } catch (BundleException e) {
                return new ParsedEnvironments(Optional.empty(), Optional.of(e));
            }
        }

        @Override
        public List<EnvironmentRun> get() throws BundleException {
            if (error.isPresent()) {
                throw error.get();
            }
            return value.orElseThrow();
        }
    }

    private static void collect(IncidentData data, Role role, List<Path> files, List<String> shown) {
        for (DocumentSource d : data.documents(role)) {
            files.addAll(d.files());
            shown.addAll(d.shownFiles());
        }
    }

    private static ZoneId zone(IncidentData data) {
        return data.manifest().timezone();
    }
}
