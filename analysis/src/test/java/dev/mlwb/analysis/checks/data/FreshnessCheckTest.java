package dev.mlwb.analysis.checks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.OpsBundle;
import dev.mlwb.analysis.evidence.IngestionHistory;
import dev.mlwb.analysis.evidence.SourceIngestion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshnessCheckTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static String ingestion(long minutes, String source, String status, String error) {
        return "\"" + T0.plusSeconds(60 * minutes) + "\",ingestion," + source + "," + status + "," + error;
    }

    /** 48 hours: clicks hourly, stopping after hour 30 (failed attempts after); catalog every 6 hours; a 6-hour gap in geo. */
    private static List<String> log(boolean clicksStop) {
        List<String> rows = new ArrayList<>(List.of("when,kind,source,status,error"));
        for (int h = 0; h <= 48; h++) {
            boolean down = clicksStop && h > 30;
            rows.add(ingestion(60L * h, "clicks-stream", down ? "failed" : "success", down ? "upstream bucket empty" : ""));
            if (h % 6 == 0) {
                rows.add(ingestion(60L * h + 5, "catalog", "success", ""));
            }
            if (h < 10 || h > 14) {
                rows.add(ingestion(60L * h + 2, "geo", "ok", ""));
            }
        }
        return rows;
    }

    private static final String MANIFEST = """
            sources:
              - {role: events, path: ingest.csv, timestamp: when, type: kind}
            """;

    @Test
    void aSourceSilentForEighteenIntervalsIsCritical(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("ingest.csv", log(true))) {
            CheckResult r = b.run(new FreshnessCheck());
            Finding f = r.findings().get(0);
            assertThat(r.findings()).hasSize(1);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).isEqualTo("Source clicks-stream stopped arriving: nothing for 18.1 h, 18.1× its usual "
                    + "interval of 60 min");
            assertThat(f.subjects()).containsExactly(Subject.source("clicks-stream"));
            assertThat(f.summary()).contains("The 18 attempts since then failed, most often with \"upstream bucket empty\"");
            assertThat(f.windows()).singleElement().satisfies(w -> {
                assertThat(w.start()).isEqualTo(T0.plusSeconds(3600L * 32));
                assertThat(w.end()).isEqualTo(T0.plusSeconds(3600L * 48 + 300));
            });
            IngestionHistory h = (IngestionHistory) r.evidence().get(0);
            assertThat(h.sources()).extracting(SourceIngestion::source).containsExactly("catalog", "clicks-stream", "geo");
            SourceIngestion geo = h.sources().get(2);
            assertThat(geo.stale()).isFalse();
            assertThat(geo.gaps()).singleElement().satisfies(g -> assertThat(g.duration().toHours()).isEqualTo(6));
            assertThat(r.measures().get("source:geo")).containsEntry("longest_gap_hours", 6.0);
            assertThat(r.measures().get("source:catalog")).containsEntry("usual_interval_hours", 6.0);
        }
    }

    @Test
    void aSourceALittleLateIsAWarningAndOnTimeSourcesRaiseNothing(@TempDir Path dir) throws Exception {
        List<String> rows = log(false);
        rows.add(ingestion(60L * 48 + 90, "dummy-clock", "running", ""));
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("ingest.csv", rows)) {
            assertThat(b.run(new FreshnessCheck()).findings()).isEmpty();
        }
        List<String> late = log(false);
        late.add("\"" + T0.plusSeconds(3600L * 48 + 150 * 60) + "\",deploy,,,");
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("ingest.csv", late)) {
            CheckResult r = b.run(new FreshnessCheck());
            assertThat(r.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.WARNING);
            assertThat(r.findings()).flatExtracting(Finding::subjects).containsExactly(Subject.source("clicks-stream"),
                    Subject.source("geo"));
            assertThat(r.findings().get(0).summary()).contains("No attempt was logged since then");
            assertThat(r.measures().get("source:catalog").get("staleness_ratio")).isLessThan(2.0);
        }
    }

    @Test
    void skipsWithoutIngestionEvents(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("ingest.csv", List.of("when,kind",
                "\"" + T0 + "\",deploy"))) {
            assertThat(new FreshnessCheck().skipReason(b.load())).contains("the events log has no ingestion events");
        }
    }
}
