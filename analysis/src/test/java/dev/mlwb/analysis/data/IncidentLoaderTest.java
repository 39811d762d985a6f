package dev.mlwb.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.bundle.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentLoaderTest {
    @TempDir
    Path tmp;

    private static List<Instant> timestamps(IncidentData data, Table t) throws Exception {
        return data.db().query("SELECT " + Sql.epochMicros("__ts") + " AS t FROM " + t.view()).stream()
                .map(r -> r.instant("t").orElse(null)).toList();
    }

    @Test
    void csvWithHyphensSpacesAndQuotesInColumnNames() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - role: metrics
                    path: m.csv
                    timestamp: "event time"
                    arm: "arm-name"
                    slices: ['the "os"']
                    metrics: {requests: "req count", clicks: "clicks-total"}
                """).file("m.csv", List.of(
                "event time,arm-name,\"the \"\"os\"\"\",req count,clicks-total",
                "2026-01-15T10:00:00Z,v41,ios,100,4",
                "2026-01-15T10:01:00Z,v42,android,80,2"));
        try (IncidentData data = b.load()) {
            Table m = data.metrics().get(0);
            assertThat(m.slices()).containsExactly("the \"os\"");
            assertThat(m.metricKinds()).containsExactlyInAnyOrder("requests", "clicks");
            Row r = data.db().first("SELECT sum(" + m.metric("requests") + ") AS req, max(" + Sql.ident("the \"os\"")
                    + ") AS os, count(DISTINCT " + m.col("arm") + ") AS arms FROM " + m.view()).orElseThrow();
            assertThat(r.dbl("req")).isEqualTo(180.0);
            assertThat(r.str("os", "")).isEqualTo("ios");
            assertThat(r.lng("arms")).isEqualTo(2);
            assertThat(m.rows()).isEqualTo(2);
        }
    }

    @Test
    void theFourTimestampFormsBecomeUtc() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                timezone: America/New_York
                sources:
                  - {role: labels, name: iso-offset, path: a.csv, entity: id, label: y, timestamp: t}
                  - {role: labels, name: iso-local, path: b.csv, entity: id, label: y, timestamp: t}
                  - {role: labels, name: dates, path: c.csv, entity: id, label: y, timestamp: t}
                  - {role: labels, name: epoch, path: d.csv, entity: id, label: y, timestamp: t}
                  - {role: labels, name: mixed-text, path: e.jsonl, entity: id, label: y, timestamp: t}
                """)
                .file("a.csv", List.of("id,y,t", "1,1,2026-01-15T10:00:00+02:00", "2,0,2026-01-15T10:00:00Z"))
                .file("b.csv", List.of("id,y,t", "1,1,2026-01-15 10:00:00"))
                .file("c.csv", List.of("id,y,t", "1,1,2026-01-15"))
                .file("d.csv", List.of("id,y,t", "1,1,1768471200", "2,1,1768471200000"))
                .file("e.jsonl", List.of("{\"id\": 1, \"y\": true, \"t\": \"2026-01-15T10:00:00Z\"}",
                        "{\"id\": 2, \"y\": false, \"t\": \"1768471200\"}",
                        "{\"id\": 3, \"y\": true, \"t\": \"2026-01-15 05:00:00\"}"));
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).isEmpty();
            List<Table> labels = data.tables(Role.LABELS);
            assertThat(timestamps(data, labels.get(0))).containsExactly(
                    Instant.parse("2026-01-15T08:00:00Z"), Instant.parse("2026-01-15T10:00:00Z"));
            // without an offset: the manifest's time zone (New York, UTC-5 in January)
            assertThat(timestamps(data, labels.get(1))).containsExactly(Instant.parse("2026-01-15T15:00:00Z"));
            assertThat(timestamps(data, labels.get(2))).containsExactly(Instant.parse("2026-01-15T05:00:00Z"));
            // epoch seconds and epoch milliseconds, told apart by magnitude
            assertThat(timestamps(data, labels.get(3))).containsExactly(
                    Instant.parse("2026-01-15T10:00:00Z"), Instant.parse("2026-01-15T10:00:00Z"));
            assertThat(timestamps(data, labels.get(4))).containsExactly(Instant.parse("2026-01-15T10:00:00Z"),
                    Instant.parse("2026-01-15T10:00:00Z"), Instant.parse("2026-01-15T10:00:00Z"));
            assertThat(data.db().query("SELECT __label FROM " + labels.get(4).view()).stream().map(r -> r.lng(0)))
                    .containsExactly(1L, 0L, 1L);
        }
    }

    @Test
    void parquetAndJsonLinesLoadLikeCsv() throws Exception {
        Path parquet = tmp.resolve("preds.parquet");
        try (Database db = Database.inMemory()) {
            db.execute("COPY (SELECT i AS \"request-id\", i / 10.0 AS \"p(click)\", i % 2 = 0 AS \"clicked?\" "
                    + "FROM range(10) t(i)) TO " + Sql.string(parquet.toString()) + " (FORMAT parquet)");
        }
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - {role: predictions, path: preds.parquet, dataset: production, entity: request-id,
                     score: "p(click)", label: "clicked?"}
                  - {role: events, path: log.jsonl}
                """).file("log.jsonl", List.of(
                "{\"timestamp\": \"2026-01-15T10:00:00Z\", \"type\": \"replica_ready\", \"replica\": \"r-1\"}",
                "{\"timestamp\": \"2026-01-15T10:00:05Z\", \"type\": \"scale\", \"from\": 2, \"to\": 20}"));
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).isEmpty();
            Table p = data.predictions("production").orElseThrow();
            Row r = data.db().first("SELECT avg(__score) AS s, sum(__label) AS pos, count(*) AS n FROM " + p.view())
                    .orElseThrow();
            assertThat(r.dbl("s")).isEqualTo(0.45, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(r.lng("pos")).isEqualTo(5);
            Table e = data.events().orElseThrow();
            assertThat(data.db().query("SELECT json_extract_string(__attrs, '$.replica') AS r, "
                    + "json_extract_string(__attrs, '$.to') AS t FROM " + e.view() + " ORDER BY __ts").stream()
                    .map(x -> x.str("r", "-") + "/" + x.str("t", "-"))).containsExactly("r-1/-", "-/20");
        }
    }

    @Test
    void aBadValueNamesFileRowColumnAndKey() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - {role: labels, path: l.csv, entity: id, label: y, timestamp: when}
                  - {role: events, path: e.jsonl}
                """).file("l.csv", List.of("id,y,when", "1,1,2026-01-15", "2,0,yesterday", "3,1,tomorrow"))
                .file("e.jsonl", "{\"timestamp\": \"2026-01-15T10:00:00Z\", \"type\": \"deploy\"}\n");
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).singleElement().satisfies(i -> {
                assertThat(i.isError()).isTrue();
                assertThat(i.message()).isEqualTo("l.csv: row 2 (line 3), column \"when\": \"yesterday\" is not a "
                        + "timestamp (ISO-8601 with or without offset, a date, or epoch seconds/milliseconds) "
                        + "(sources[0].timestamp; 2 values like this)");
            });
            // the other source still loads
            assertThat(data.events()).isPresent();
            assertThat(data.tables(Role.LABELS)).isEmpty();
        }
    }

    @Test
    void aMissingColumnListsTheColumnsThere() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - {role: metrics, path: metrics/minute.csv, timestamp: ts, metrics: {requests: req, clicks: p_click}}
                """).file("metrics/minute.csv", List.of("ts,arm,req,Clicks", "2026-01-15T10:00:00Z,a,1,0"));
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).singleElement().extracting(LoadIssue::message).isEqualTo(
                    "incident.yaml: sources[0].metrics.clicks: column \"p_click\" not found in metrics/minute.csv; "
                            + "columns are: ts, arm, req, Clicks");
        }
    }

    @Test
    void keysLeftOutMapToColumnsOfTheSameName() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - {role: predictions, path: p.csv, dataset: production}
                  - {role: labels, path: l.csv}
                """).file("p.csv", List.of("entity,score,timestamp", "a,0.9,2026-01-15T10:00:00Z", "b,0.2,2026-01-15T10:00:00Z"))
                .file("l.csv", List.of("entity,label", "a,1", "b,0"));
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).isEmpty();
            Table p = data.predictions("production").orElseThrow();
            assertThat(p.keys()).contains("entity", "score", "timestamp", "label");
            // predictions without a label get the labels source's, joined by entity
            assertThat(data.db().query("SELECT __entity, __label FROM " + p.view() + " ORDER BY 1").stream()
                    .map(r -> r.str(0) + "=" + r.lng(1))).containsExactly("a=1", "b=0");
        }
    }

    @Test
    void featuresDefaultToEveryUnmappedColumnAndKnowTheirKind() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - {role: features, path: train.csv, dataset: training, entity: id, timestamp: ts, slices: [region],
                     categorical: [zip], feature_timestamps: {ctr_7d: ctr computed at}}
                """).file("train.csv", List.of("id,ts,region,ctr_7d,ctr computed at,zip,merchant-type",
                "1,2026-01-15,eu,0.1,2026-01-14,10115,grocery"));
        try (IncidentData data = b.load()) {
            Table t = data.features("training").orElseThrow();
            assertThat(t.features()).extracting(FeatureColumn::name).containsExactly("ctr_7d", "zip", "merchant-type");
            assertThat(t.feature("ctr_7d").orElseThrow().numeric()).isTrue();
            assertThat(t.feature("zip").orElseThrow().numeric()).isFalse();
            assertThat(t.featureTimestamps()).containsEntry("ctr_7d", "__fts_ctr_7d");
            assertThat(data.db().first("SELECT " + Sql.epochMicros(Sql.ident("__fts_ctr_7d")) + " AS t FROM " + t.view())
                    .orElseThrow().instant("t")).contains(Instant.parse("2026-01-14T00:00:00Z"));
        }
    }

    @Test
    void twoSourcesOfOneDatasetAreOneTable() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - {role: features, name: day1, path: s1.csv, dataset: serving}
                  - {role: features, name: day2, path: s2.csv, dataset: serving}
                """).file("s1.csv", List.of("x", "1", "2")).file("s2.csv", List.of("x", "3"));
        try (IncidentData data = b.load()) {
            Table t = data.features("serving").orElseThrow();
            assertThat(t.rows()).isEqualTo(3);
            assertThat(data.db().scalar("SELECT sum(x) FROM " + t.view())).isEqualTo(6.0);
        }
    }

    @Test
    void malformedCsvNamesTheLine() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("sources: [{role: labels, path: l.csv, entity: id, label: y}]\n")
                .file("l.csv", csvWithABadLine());
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).singleElement().satisfies(i ->
                    assertThat(i.message()).startsWith("l.csv: line 42: ").contains("cannot be read as csv"));
        }
    }

    private static List<String> csvWithABadLine() {
        List<String> lines = new java.util.ArrayList<>(List.of("id,y"));
        for (int i = 1; i <= 60; i++) {
            lines.add(i == 41 ? i + ",1,extra,fields" : i + "," + (i % 2));
        }
        return lines;
    }
}
