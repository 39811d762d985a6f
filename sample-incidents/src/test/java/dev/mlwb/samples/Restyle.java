package dev.mlwb.samples;

import dev.mlwb.analysis.bundle.Manifest;
import dev.mlwb.analysis.bundle.ManifestParser;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.bundle.SourceSpec;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FileReaders;
import dev.mlwb.analysis.data.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Rewrites a copy of a sample with another team's column names: every column its manifest maps to
 * a key (times, identifiers, scores, labels, arms, event fields, metrics, slices, feature times) is
 * renamed in a naming style, through DuckDB, in the file's own format. Feature names stay (the
 * vocabularies and schemas name them).
 */
final class Restyle {
    /** Other words for the same things, as other teams write them; anything else becomes snake_case. */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("minute", "event_time"), Map.entry("minute (utc)", "ts"), Map.entry("ts_ms", "epoch_ms"),
            Map.entry("time", "ts"), Map.entry("timestamp", "event_time"), Map.entry("logged at", "created"),
            Map.entry("at", "when"), Map.entry("ts", "timestamp_utc"), Map.entry("predicted at", "prediction_ts"),
            Map.entry("scored at", "inference_time"), Map.entry("snapshot date", "as_of_date"),
            Map.entry("shown_at", "impression_ts"), Map.entry("conversion window end", "outcome_time"),
            Map.entry("model", "variant"), Map.entry("served by", "deployment"), Map.entry("variant", "bucket"),
            Map.entry("arm", "experiment_group"), Map.entry("churn score", "prob"), Map.entry("p_convert", "p_conversion"),
            Map.entry("fraud_prob", "y_score"), Map.entry("is_fraud", "y_true"), Map.entry("converted", "target"),
            Map.entry("churned", "label_churn"), Map.entry("req_count", "cnt"), Map.entry("requests", "request_count"),
            Map.entry("err_count", "error_cnt"), Map.entry("errors", "failures"), Map.entry("p99 latency (ms)", "latency p99"),
            Map.entry("p50 latency (ms)", "median_latency_ms"), Map.entry("p99_ms", "latency_99p"),
            Map.entry("p50_ms", "latency_median"), Map.entry("p99-ms", "p99_latency"), Map.entry("cpu-util", "cpu"),
            Map.entry("mem-util", "memory_used_pct"), Map.entry("imps", "views"), Map.entry("clicks", "clk"),
            Map.entry("convs", "purchases"), Map.entry("feed impressions", "impressions"),
            Map.entry("feed clicks", "clicks"), Map.entry("ready_replicas", "pods_ready"), Map.entry("type", "event_type"),
            Map.entry("kind", "action"), Map.entry("event", "event_name"), Map.entry("message", "msg"),
            Map.entry("detail", "body"), Map.entry("text", "description"), Map.entry("msg", "log_line"),
            Map.entry("level", "severity"), Map.entry("severity", "lvl"), Map.entry("user id", "uid"),
            Map.entry("account", "acct_id"), Map.entry("customer id", "cust_id"), Map.entry("request_id", "req_id"),
            Map.entry("item id", "sku"), Map.entry("user", "visitor"), Map.entry("slot", "rank"),
            Map.entry("clicked", "was_clicked"), Map.entry("os", "platform"), Map.entry("geo", "region"),
            Map.entry("user cohort", "segment"), Map.entry("device", "device_type"), Map.entry("plan", "tier"),
            Map.entry("region", "market"), Map.entry("engagement as of", "engagement_computed_at"),
            Map.entry("logins as of", "logins_asof"), Map.entry("as of", "snapshot_ts"), Map.entry("component", "service"));

    /** Naming styles: {@code userId}, {@code USER-ID}, other words in snake_case. */
    enum Style {
        CAMEL(name -> {
            List<String> w = words(name);
            StringBuilder b = new StringBuilder(w.get(0));
            w.subList(1, w.size()).forEach(x -> b.append(Character.toUpperCase(x.charAt(0))).append(x.substring(1)));
            return b.toString();
        }),
        SCREAMING_KEBAB(name -> String.join("-", words(name)).toUpperCase(Locale.ROOT)),
        OTHER_WORDS(name -> Restyle.SYNONYMS.getOrDefault(name.toLowerCase(Locale.ROOT), String.join("_", words(name))));

        final UnaryOperator<String> rename;

        Style(UnaryOperator<String> rename) {
            this.rename = rename;
        }
    }

    private Restyle() {
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out.isEmpty() ? List.of("x") : out;
    }

    /**
     * Renames the mapped columns of every table file of the bundle at {@code dir} (its manifest is
     * read, not changed) and returns how many columns were renamed.
     */
    static int apply(Path dir, Style style) throws Exception {
        Manifest manifest = ManifestParser.parse(dir.resolve("incident.yaml"));
        try (Database db = Database.inMemory()) {
            db.execute("SET TimeZone = 'UTC'");
            Set<String> done = new LinkedHashSet<>();
            int renamed = 0;
            for (SourceSpec s : manifest.sources()) {
                if (s.role().tabular() && s.format().plainFile() && done.add(s.path())) {
                    renamed += rewrite(db, dir.resolve(s.path()), s, style);
                }
            }
            return renamed;
        }
    }

    private static int rewrite(Database db, Path file, SourceSpec s, Style style) throws Exception {
        String reader = FileReaders.sql(s.format(), List.of(file), s.role() == Role.EVENTS || s.role() == Role.EXPOSURES);
        Set<String> columns = db.describe("(SELECT * FROM " + reader + ")").keySet();
        Set<String> mapped = new LinkedHashSet<>(s.columns().values());
        mapped.addAll(s.slices());
        mapped.addAll(s.metrics().values());
        mapped.addAll(s.featureTimestamps().values());
        if (s.role() == Role.EVENTS) {
            List.of("timestamp", "type", "level", "component", "message").stream().filter(columns::contains)
                    .forEach(mapped::add);
        }
        List<String> renames = new ArrayList<>();
        for (String c : mapped) {
            String to = style.rename.apply(c);
            if (columns.contains(c) && !to.equals(c) && !columns.contains(to)) {
                renames.add(Sql.ident(c) + " AS " + Sql.ident(to));
            }
        }
        if (renames.isEmpty()) {
            return 0;
        }
        String name = file.getFileName().toString();
        Path tmp = file.resolveSibling("restyled-" + name);
        String options = switch (s.format()) {
            case PARQUET -> "FORMAT parquet";
            case CSV -> "FORMAT csv, HEADER" + (name.endsWith(".gz") ? ", COMPRESSION gzip" : "");
            default -> "FORMAT json";
        };
        db.execute("COPY (SELECT * RENAME (" + String.join(", ", renames) + ") FROM " + reader + ") TO "
                + Sql.string(tmp.toString()) + " (" + options + ")");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        return renames.size();
    }
}
