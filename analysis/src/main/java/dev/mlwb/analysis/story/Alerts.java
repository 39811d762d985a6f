package dev.mlwb.analysis.story;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.timeline.EventInventory;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The alerts of the events log that point at the system: events of type {@code alert}, or of level alert, error,
 * critical or fatal, whose type, component, message or attributes name something the findings are about (a
 * feature, slice value, replica, model version, job, metric). One query per question, the matching done in SQL.
 */
public final class Alerts {
    /** Levels that make any event an alert. */
    static final String LEVELS = "'alert', 'error', 'critical', 'fatal', 'emergency'";
    private static final int MIN_TOKEN = 3;
    /** At most this many words are matched (a finding about thousands of items names the first of them). */
    private static final int MAX_TOKENS = 64;

    private Alerts() {
    }

    /**
     * The first alert at or after {@code notBefore} that names one of {@code tokens}, if any.
     *
     * @param tokens words that identify the system (compared case-insensitively, as whole words)
     */
    public static Optional<AlertEvent> first(IncidentData data, Instant notBefore, Collection<String> tokens)
            throws SQLException {
        Optional<Table> log = data.events();
        List<String> patterns = patterns(tokens);
        if (log.isEmpty() || patterns.isEmpty()) {
            return Optional.empty();
        }
        String text = "lower(concat_ws(' ', __type, __component, __message, CAST(__attrs AS VARCHAR)))";
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < patterns.size(); i++) {
            match.append(i == 0 ? "" : " OR ").append("regexp_matches(").append(text).append(", ?)");
        }
        List<Object> params = new ArrayList<>();
        params.add(notBefore.getEpochSecond() * 1_000_000L + notBefore.getNano() / 1000);
        params.addAll(patterns);
        String sql = "SELECT " + Sql.epochMicros("__ts") + " AS at, __source AS src, __type AS type, __level AS level, "
                + "__component AS component, __message AS message, " + EventInventory.attribute("name") + " AS name, "
                + "CAST(__attrs AS VARCHAR) AS attrs, "
                + patterns.size() + " AS n FROM " + log.get().view() + " WHERE __ts IS NOT NULL AND __ts >= "
                + Sql.timestampParam() + " AND (lower(coalesce(__type, '')) = 'alert' OR lower(coalesce(__level, '')) IN ("
                + LEVELS + ")) AND (" + match + ") ORDER BY __ts, __message LIMIT 1";
        Optional<Row> r = data.db().first(sql, params.toArray());
        if (r.isEmpty()) {
            return Optional.empty();
        }
        Row row = r.get();
        String all = (row.str("type", "") + " " + row.str("component", "") + " " + row.str("message", "") + " "
                + row.str("name", "") + " " + row.str("attrs", "")).toLowerCase(Locale.ROOT);
        String named = tokens.stream().filter(t -> patterns(List.of(t)).stream()
                .anyMatch(p -> java.util.regex.Pattern.compile(p).matcher(all).find())).findFirst().orElse("an attribute");
        return Optional.of(new AlertEvent(row.instant("at").orElseThrow(), row.str("src", ""), row.str("type", ""),
                row.text("level"), row.text("component"), row.text("message"), row.text("name"), named));
    }

    /** Whole-word, case-insensitive patterns for the tokens long enough to mean something. */
    static List<String> patterns(Collection<String> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens) {
            String s = t.strip().toLowerCase(Locale.ROOT);
            if (s.length() >= MIN_TOKEN) {
                out.add("(^|[^a-z0-9])\\Q" + s.replace("\\E", "\\E\\\\E\\Q") + "\\E($|[^a-z0-9])");
            }
        }
        return out.stream().limit(MAX_TOKENS).toList();
    }
}
