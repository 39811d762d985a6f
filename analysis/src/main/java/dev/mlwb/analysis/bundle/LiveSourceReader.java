package dev.mlwb.analysis.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlwb.analysis.time.TimeParsing;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a source's {@code prometheus:} and {@code mlflow:} blocks, and checks the roles and keys the
 * formats that are not plain files need ({@code prometheus}, {@code otlp}, {@code mlflow}).
 */
final class LiveSourceReader {
    private static final Set<String> PROMETHEUS_KEYS = Set.of("url", "start", "end", "last", "step", "bearer_token_env",
            "refresh");
    private static final Set<String> MLFLOW_KEYS = Set.of("url", "experiments", "bearer_token_env");
    private static final Duration DEFAULT_STEP = Duration.ofMinutes(1);
    private static final Duration DEFAULT_REFRESH = Duration.ofSeconds(15);

    private final ManifestParser parser;
    private final String at;

    LiveSourceReader(ManifestParser parser, String at) {
        this.parser = parser;
        this.at = at;
    }

    static Set<String> keys() {
        return Set.of("prometheus", "mlflow");
    }

    Optional<PrometheusServer> prometheus(JsonNode node, Role role) throws BundleException {
        JsonNode p = node.get("prometheus");
        if (p == null || p.isNull()) {
            return Optional.empty();
        }
        String path = at + ".prometheus";
        parser.requireObject(p, path, "{url: ..., last: 1h, step: 1m}");
        if (role != Role.METRICS) {
            throw parser.error(path, "only a metrics source can query Prometheus, not " + a(role.key()) + " source");
        }
        warnUnknown(p, path, PROMETHEUS_KEYS);
        URI url = url(p, path);
        Optional<Instant> start = instant(p, "start", path);
        Optional<Instant> end = instant(p, "end", path);
        Optional<Duration> last = duration(p, "last", path);
        if (last.isPresent() && (start.isPresent() || end.isPresent())) {
            throw parser.error(path + ".last", "give either last (a duration back from now) or start/end, not both");
        }
        if (end.isPresent() && start.isEmpty()) {
            throw parser.error(path + ".start", "is required with end");
        }
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            throw parser.error(path + ".end", "is not after start");
        }
        Duration step = duration(p, "step", path).orElse(DEFAULT_STEP);
        Duration refresh = duration(p, "refresh", path).orElse(DEFAULT_REFRESH);
        return Optional.of(new PrometheusServer(url, start, end, last, step,
                parser.optText(p, "bearer_token_env", path + ".bearer_token_env"), refresh));
    }

    Optional<MlflowTracking> mlflow(JsonNode node, Role role, SourceFormat format) throws BundleException {
        JsonNode m = node.get("mlflow");
        if ((m == null || m.isNull()) && format != SourceFormat.MLFLOW) {
            return Optional.empty();
        }
        String path = at + ".mlflow";
        if (role != Role.ENVIRONMENTS) {
            throw parser.error(m == null ? at + ".format" : path, "MLflow runs are an environments source (their runs "
                    + "also become training job events), not " + a(role.key()) + " source");
        }
        if (m == null || m.isNull()) {
            return Optional.of(MlflowTracking.FOLDER);
        }
        parser.requireObject(m, path, "{url: ..., experiments: [...]}");
        warnUnknown(m, path, MLFLOW_KEYS);
        Optional<URI> url = m.has("url") ? Optional.of(url(m, path)) : Optional.empty();
        return Optional.of(new MlflowTracking(url, parser.optTextList(m, "experiments", path + ".experiments"),
                parser.optText(m, "bearer_token_env", path + ".bearer_token_env")));
    }

    /** The checks a source's format needs beyond its role's: Prometheus metrics are queries or files, OTLP is events. */
    void check(Role role, SourceFormat format, Map<String, String> metrics, boolean server) throws BundleException {
        if (format == SourceFormat.OTLP && role != Role.EVENTS) {
            throw parser.error(at + ".format", "OTLP logs are an events source, not " + a(role.key()) + " source");
        }
        if (format == SourceFormat.PROMETHEUS && role != Role.METRICS) {
            throw parser.error(at + ".format", "saved Prometheus responses are a metrics source, not " + a(role.key())
                    + " source");
        }
        if (format == SourceFormat.PROMETHEUS && !server) {
            for (Map.Entry<String, String> e : metrics.entrySet()) {
                SourceReader.checkPath(parser, at + ".metrics." + e.getKey(), e.getValue());
            }
        }
    }

    private static String a(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private URI url(JsonNode block, String path) throws BundleException {
        String text = parser.requireText(block, "url", path + ".url");
        try {
            URI u = new URI(text.trim());
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                throw parser.error(path + ".url", "\"" + text + "\" is not an http(s) URL such as http://prometheus:9090");
            }
            return u;
        } catch (URISyntaxException e) {
            throw parser.error(path + ".url", "\"" + text + "\" is not a URL: " + e.getReason());
        }
    }

    private Optional<Instant> instant(JsonNode block, String key, String path) throws BundleException {
        JsonNode v = block.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        Optional<Instant> t = v.isNumber() ? Optional.of(TimeParsing.fromEpoch(v.asDouble()))
                : TimeParsing.parse(v.asText(), ZoneOffset.UTC);
        return Optional.of(t.orElseThrow(() -> parser.error(path + "." + key, "\"" + v.asText()
                + "\" is not a timestamp (ISO-8601 such as 2026-01-15T10:00:00Z, or epoch seconds)")));
    }

    private Optional<Duration> duration(JsonNode block, String key, String path) throws BundleException {
        Optional<String> text = parser.optText(block, key, path + "." + key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Durations.parse(text.get()).orElseThrow(() -> parser.error(path + "." + key, "\""
                + text.get() + "\" is not a duration (write e.g. 30s, 5m, 6h, 2d)")));
    }

    private void warnUnknown(JsonNode block, String path, Set<String> known) {
        block.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                parser.warn(path + "." + k + ": unknown key, ignored (known: " + String.join(", ",
                        ManifestParser.sorted(known)) + ")");
            }
        });
    }
}
