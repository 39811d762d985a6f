package dev.mlwb.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.bundle.Role;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file serving several sources, and values a count or metric column cannot hold. */
class SourceLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void oneCsvOfFeaturesAndPredictionsServesBothRolesWithoutNamingThem() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - {role: predictions, path: scored.csv, entity: id, timestamp: ts, score: p, label: y, arm: arm}
                  - {role: features, path: scored.csv, dataset: serving, entity: id, timestamp: ts}
                """).file("scored.csv", List.of("id,ts,arm,amount,country,p,y",
                "1,2026-01-15T10:00:00Z,v1,12.5,de,0.2,0",
                "2,2026-01-15T10:01:00Z,v2,80.0,fr,0.9,1"));
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).isEmpty();
            assertThat(data.manifest().sources()).extracting(s -> s.name())
                    .containsExactly("scored.csv (predictions)", "scored.csv (features serving)");
            Table features = data.features("serving").orElseThrow();
            // the predictions' score, label and arm are not features of the same file
            assertThat(features.features()).extracting(FeatureColumn::name).containsExactly("amount", "country");
            Table predictions = data.tables(Role.PREDICTIONS).get(0);
            assertThat(predictions.has("label")).isTrue();
            assertThat(predictions.rows()).isEqualTo(2);
        }
    }

    @Test
    void nonFiniteCountsAndMetricsAreErrorsNamingFileRowAndColumn() throws Exception {
        TestBundle b = TestBundle.in(tmp).manifest("""
                sources:
                  - role: metrics
                    path: m.csv
                    timestamp: ts
                    arm: arm
                    slices: [os]
                    metrics: {requests: reqs, errors: errs, latency_p99_ms: p99}
                  - role: metrics
                    name: latency
                    path: l.csv
                    timestamp: ts
                    metrics: {latency_p99_ms: p99}
                  - {role: events, path: e.jsonl}
                """).file("m.csv", List.of("ts,arm,os,reqs,errs,p99",
                "2026-01-15T10:00:00Z,v1,ios,100,1,120",
                "2026-01-15T10:01:00Z,v1,ios,inf,1,120",
                "2026-01-15T10:02:00Z,v1,ios,-inf,1,120"))
                .file("l.csv", List.of("ts,p99", "2026-01-15T10:00:00Z,120", "2026-01-15T10:01:00Z,nan"))
                .file("e.jsonl", List.of("{\"timestamp\": \"2026-01-15T10:00:00Z\", \"type\": \"deploy\"}"));
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).extracting(LoadIssue::message).containsExactly(
                    "m.csv: row 2 (line 3), column \"reqs\": \"inf\" is not a finite number (write a missing value as "
                            + "an empty cell) (sources[0].metrics.requests; 2 values like this)",
                    "l.csv: row 2 (line 3), column \"p99\": \"nan\" is not a finite number (write a missing value as "
                            + "an empty cell) (sources[1].metrics.latency_p99_ms; 1 value like this)");
            assertThat(data.tables(Role.EVENTS)).hasSize(1);
        }
    }
}
