package dev.mlwb.analysis.checks.canary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.notes.NotesFile;
import dev.mlwb.analysis.report.JsonReport;
import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slice values holding commas, equals signs, quotes, backticks and newlines (valid CSV) through checks, reports and notes. */
class SliceValuesTest {
    private static final String CITY = "Washington, D.C.\nnorth";
    private static final String ODD = "say \"hi\" = `x`";

    @TempDir
    Path tmp;

    private static String csv(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private TestBundle bundle() {
        List<String> rows = new ArrayList<>(List.of("ts,arm,city,reqs,imps,clicks"));
        Instant t0 = Instant.parse("2026-01-15T10:00:00Z");
        for (int m = 0; m < 60; m++) {
            String t = t0.plusSeconds(60L * m).toString();
            for (String arm : List.of("old", "new")) {
                boolean canary = arm.equals("new");
                rows.add(String.join(",", t, arm, csv(CITY), "1000", "8000", canary ? "240" : "320"));
                // the canary gets almost none of this slice's traffic
                rows.add(String.join(",", t, arm, csv(ODD), canary ? "5" : "1000", canary ? "40" : "8000",
                        canary ? "2" : "320"));
                rows.add(String.join(",", t, arm, "ios", "1000", "8000", "320"));
            }
        }
        return TestBundle.in(tmp).manifest("""
                arms: {baseline: old, canary: new}
                sources:
                  - role: metrics
                    path: m.csv
                    timestamp: ts
                    arm: arm
                    slices: [city]
                    metrics: {requests: reqs, impressions: imps, clicks: clicks}
                """).file("m.csv", rows);
    }

    @Test
    void slicesWithCommasQuotesAndNewlinesRoundTripThroughSubjectsReportsAndNotes() throws Exception {
        TestBundle b = bundle();
        try (Analysis.Result r = Analysis.run(b.dir(), CheckCatalog.standardSuite()
                .only(List.of(TrafficMixCheck.ID, SliceGuardCheck.ID)), Progress.NONE, Cancellation.none())) {
            CheckReport report = r.report();
            assertThat(report.checks()).extracting(CheckRun::status).containsOnly(CheckRun.Status.RAN);
            Finding guard = report.findings(SliceGuardCheck.ID).get(0);
            Finding mix = report.findings(TrafficMixCheck.ID).get(0);
            SliceKey city = SliceKey.of("city", CITY);
            SliceKey odd = SliceKey.of("city", ODD);
            assertThat(guard.subjects()).contains(Subject.slice(city));
            assertThat(mix.subjects()).contains(Subject.slice(odd));
            assertThat(Subject.slice(city).toString()).isEqualTo("slice:city=Washington\\, D.C.\\nnorth");
            assertThat(guard.title()).doesNotContain("\n").contains("Washington, D.C.\\nnorth");
            // measures are keyed by the same subjects
            assertThat(report.check(SliceGuardCheck.ID).orElseThrow().measures()).containsKey(Subject.slice(city).toString());

            // JSON: every subject parses back to the slice it names
            JsonNode json = JsonReport.mapper().readTree(ReportFormat.JSON.render(report, false));
            List<SliceKey> parsed = new ArrayList<>();
            for (JsonNode f : json.get("findings")) {
                for (JsonNode s : f.get("subjects")) {
                    Subject.parse(s.asText()).flatMap(Subject::slice).ifPresent(parsed::add);
                }
            }
            assertThat(parsed).contains(city, odd);

            // text, Markdown and HTML: each subject on one line, as written
            for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
                String out = format.render(report, false);
                assertThat(out).as(format.key()).contains("city=Washington\\, D.C.\\nnorth")
                        .doesNotContain("Washington, D.C.\nnorth");
            }
            assertThat(ReportFormat.MARKDOWN.render(report, false)).contains("`` slice:city=say \"hi\" \\= `x` ``");

            // notes: keyed by check and subjects, saved and read back
            FindingNotes notes = FindingNotes.NONE.with(guard, "checked with the D.C. team", Instant.now())
                    .with(mix, "load balancer rule", Instant.now());
            Path file = NotesFile.of(b.dir());
            NotesFile.write(file, notes);
            FindingNotes back = NotesFile.read(file);
            assertThat(back.text(guard)).isEqualTo("checked with the D.C. team");
            assertThat(back.text(mix)).isEqualTo("load balancer rule");
            assertThat(ReportFormat.TEXT.render(report, false, back)).contains("checked with the D.C. team");
        }
    }

    @Test
    void simpleSubjectsAreWrittenAsBefore() {
        assertThat(Subject.slice(SliceKey.of("os", "android")).toString()).isEqualTo("slice:os=android");
        assertThat(String.format(Locale.ROOT, "%s", Subject.slice(SliceKey.parse("a=x,b=y").orElseThrow())))
                .isEqualTo("slice:a=x,b=y");
    }
}
