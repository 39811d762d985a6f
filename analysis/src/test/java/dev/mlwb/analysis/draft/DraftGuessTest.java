package dev.mlwb.analysis.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guesses from names, types and values in naming styles the samples do not use. */
class DraftGuessTest {
    @TempDir
    Path tmp;

    private ManifestDraft draft() throws Exception {
        return Drafts.draft(tmp, Progress.NONE, Cancellation.none());
    }

    private static DraftSource source(ManifestDraft d, String path) {
        return d.file(path).orElseThrow().sources().get(0);
    }

    @Test
    void camelCasePredictionsWithControlAndTreatmentBuckets() throws Exception {
        Random r = new Random(1);
        List<String> rows = new ArrayList<>(List.of("eventTime,userId,bucket,deviceType,prob,y_true"));
        for (int i = 0; i < 600; i++) {
            double p = r.nextDouble();
            rows.add("2026-03-01T10:" + String.format("%02d", i % 60) + ":00Z,u" + i + "," + (i % 3 == 0 ? "treatment" : "control")
                    + "," + (i % 2 == 0 ? "ios" : "android") + "," + String.format(java.util.Locale.ROOT, "%.4f", p) + ","
                    + (r.nextDouble() < p ? 1 : 0));
        }
        TestBundle.in(tmp).file("scored/requests.csv", rows);
        ManifestDraft d = draft();
        DraftSource s = source(d, "scored/requests.csv");
        assertThat(s.role()).isEqualTo(Role.PREDICTIONS);
        assertThat(s.columns()).containsEntry("timestamp", "eventTime").containsEntry("entity", "userId")
                .containsEntry("arm", "bucket").containsEntry("score", "prob").containsEntry("label", "y_true");
        assertThat(s.slices()).containsExactly("deviceType");
        assertThat(d.arms()).hasValueSatisfying(a -> {
            assertThat(a.baseline()).isEqualTo("control");
            assertThat(a.canary()).isEqualTo("treatment");
            assertThat(a.why()).contains("control names a baseline");
        });
    }

    @Test
    void epochSecondMetricsWithAbArmsAndShortNames() throws Exception {
        List<String> rows = new ArrayList<>(List.of("ts,variant,cnt,failures,latencyP99,queue_depth"));
        for (int m = 0; m < 120; m++) {
            long t = 1_767_261_600L + 60L * m;
            rows.add(t + ",A," + (900 + m) + ",2,120.5," + m % 7);
            if (m % 2 == 0) {
                rows.add(t + ",B," + (100 + m) + ",1,130.5," + m % 5);
            }
        }
        TestBundle.in(tmp).file("prom-export/serving.csv", rows);
        DraftSource s = source(draft(), "prom-export/serving.csv");
        assertThat(s.role()).isEqualTo(Role.METRICS);
        assertThat(s.columns()).containsEntry("timestamp", "ts").containsEntry("arm", "variant");
        assertThat(s.metrics()).containsEntry("requests", "cnt").containsEntry("errors", "failures")
                .containsEntry("latency_p99_ms", "latencyP99").containsEntry("queue_depth", "queue_depth");
        assertThat(s.why().get("timestamp")).contains("epoch seconds");
    }

    @Test
    void dottedEventFieldsInJsonLines() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] types = {"deploy", "job", "alert", "scale"};
        for (int i = 0; i < 40; i++) {
            lines.add("{\"@timestamp\": \"2026-02-01T0" + i % 10 + ":00:00Z\", \"event.type\": \"" + types[i % 4]
                    + "\", \"log.level\": \"" + (i % 5 == 0 ? "ERROR" : "INFO") + "\", \"msg\": \"something happened to "
                    + "worker " + i + "\", \"status\": \"success\", \"name\": \"train-x\"}");
        }
        TestBundle.in(tmp).file("audit/pipeline.ndjson", lines);
        DraftSource s = source(draft(), "audit/pipeline.ndjson");
        assertThat(s.role()).isEqualTo(Role.EVENTS);
        assertThat(s.columns()).containsEntry("timestamp", "@timestamp").containsEntry("type", "event.type")
                .containsEntry("level", "log.level").containsEntry("message", "msg");
        assertThat(s.columns()).doesNotContainValue("status").doesNotContainValue("name");
    }

    @Test
    void featureSnapshotsShareColumnsAndAreCompared() throws Exception {
        for (String set : List.of("train", "online", "backfill_recompute")) {
            List<String> rows = new ArrayList<>(List.of("customer_key,snapshot_ts,spend_30d,visits_7d,tier,feature_asof"));
            for (int i = 0; i < 300; i++) {
                rows.add("c" + i + ",2026-01-0" + (1 + i % 9) + "T06:00:00Z," + (i * 1.5) + "," + i % 11 + ","
                        + (i % 3 == 0 ? "gold" : "basic") + ",2026-01-0" + (1 + i % 9) + "T05:00:00Z");
            }
            TestBundle.in(tmp).file("fs/" + set + ".csv", rows);
        }
        ManifestDraft d = draft();
        assertThat(source(d, "fs/train.csv").dataset()).hasValue("training");
        assertThat(source(d, "fs/online.csv").dataset()).hasValue("serving");
        assertThat(source(d, "fs/backfill_recompute.csv").dataset()).hasValue("backfill-recompute");
        DraftSource train = source(d, "fs/train.csv");
        assertThat(train.columns()).containsEntry("entity", "customer_key").containsEntry("timestamp", "snapshot_ts");
        assertThat(train.featureTimestamps()).containsOnlyKeys("spend_30d", "visits_7d").containsValue("feature_asof");
        assertThat(d.comparisons()).extracting(c -> c.reference() + "→" + c.current())
                .containsExactly("training→serving", "backfill-recompute→serving");
    }

    @Test
    void versionedArmsOrderOlderFirstAndDocumentsAreRecognised() throws Exception {
        List<String> rows = new ArrayList<>(List.of("served_at,model_release,os,requests,errors,clicks,impressions"));
        for (int m = 0; m < 60; m++) {
            rows.add("2026-01-15 10:" + String.format("%02d", m) + ":00,ranker-v10.2,ios,500,1,20,400");
            rows.add("2026-01-15 10:" + String.format("%02d", m) + ":00,ranker-v9.7,android,800,1,30,600");
        }
        TestBundle.in(tmp).file("m.csv", rows)
                .file("schemas.json", "{\"models\": [], \"payloads\": []}")
                .file("vocab.json", "{\"tier\": [\"gold\", \"basic\"]}")
                .file("runs.jsonl", "{\"run\": \"r1\", \"packages\": {\"numpy\": \"1.24.1\"}}\n")
                .file("notes.md", "not data")
                .file("ids.csv", List.of("a,b", "x,y"));
        ManifestDraft d = draft();
        assertThat(d.arms()).hasValueSatisfying(a -> assertThat(a.baseline()).isEqualTo("ranker-v9.7"));
        assertThat(source(d, "schemas.json").role()).isEqualTo(Role.SCHEMAS);
        assertThat(source(d, "vocab.json").role()).isEqualTo(Role.VOCABULARIES);
        assertThat(source(d, "runs.jsonl").role()).isEqualTo(Role.ENVIRONMENTS);
        assertThat(d.file("notes.md").orElseThrow().unplaced()).hasValue("not a CSV, Parquet or JSON file");
        assertThat(d.file("ids.csv").orElseThrow().unplaced()).hasValueSatisfying(u -> assertThat(u).startsWith("no role fits"));
        String yaml = DraftYaml.render(d);
        assertThat(yaml).contains("#   notes.md: not a CSV, Parquet or JSON file").contains("#   ids.csv: no role fits");
    }

    @Test
    void namesWithQuotesColonsAndHashesSurviveTheYaml() throws Exception {
        List<String> rows = new ArrayList<>(List.of("\"when: utc\",\"model \"\"id\"\"\",\"#reqs\",\"err # count\""));
        for (int m = 0; m < 50; m++) {
            rows.add("2026-01-15T10:" + String.format("%02d", m) + ":00Z,v1,100,1");
            rows.add("2026-01-15T10:" + String.format("%02d", m) + ":00Z,v2,100,2");
        }
        TestBundle.in(tmp).file("odd names.csv", rows);
        ManifestDraft d = draft();
        Path written = Drafts.write(tmp, DraftYaml.render(d), false);
        DraftCoverage coverage = DraftCoverage.of(dev.mlwb.analysis.bundle.BundleOpener.open(tmp), Cancellation.none());
        assertThat(coverage.issues()).isEmpty();
        assertThat(coverage.enabled()).extracting(CheckCoverage::id).contains("canary.guardrail-fast");
        assertThat(coverage.checks().stream().filter(c -> c.id().equals("canary.guardrail-fast")).findFirst().orElseThrow()
                .sources()).containsExactly("odd-names");
        assertThat(java.nio.file.Files.readString(written)).contains("arm: \"model \\\"id\\\"\"");
        DraftSource s = source(d, "odd names.csv");
        assertThat(s.metrics()).containsEntry("requests", "#reqs").containsEntry("errors", "err # count");
        assertThat(d.guessAs("odd names.csv", Role.EVENTS)).isEqualTo(Optional.empty());
    }
}
