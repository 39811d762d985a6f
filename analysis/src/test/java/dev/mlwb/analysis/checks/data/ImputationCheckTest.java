package dev.mlwb.analysis.checks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImputationCheckTest {
    private static final Instant DAY1 = Instant.parse("2026-01-14T02:00:00Z");
    private static final String[] CATEGORIES = {"grocery", "travel", "fuel", "dining"};

    @TempDir
    java.nio.file.Path dir;

    /** Serving rows over two nightly batches; rows in category "bnpl" (10%) and a random 1% get {@code filled}. */
    private static List<String> serving(long seed, int n, boolean concentrated, double filled, List<String> events) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(List.of("customer id,as of,txn category,merchant risk"));
        int[] imputed = new int[2];
        for (int i = 0; i < n; i++) {
            int batch = i < n / 2 ? 0 : 1;
            Instant t = DAY1.plusSeconds(86400L * batch);
            boolean bnpl = concentrated && r.nextDouble() < 0.10;
            String cat = bnpl ? "bnpl" : CATEGORIES[r.nextInt(4)];
            boolean impute = bnpl || r.nextDouble() < (concentrated ? 0.01 : 0.05);
            double risk = impute ? filled : 0.1 + 0.6 * r.nextDouble();
            if (impute) {
                imputed[batch]++;
                events.add("{\"ts\":\"" + t + "\",\"type\":\"imputation\",\"feature\":\"merchant risk\",\"record\":\"c" + i
                        + "\",\"value\":\"" + filled + "\",\"batch\":\"b" + batch + "\"}");
            }
            out.add("c" + i + "," + t + "," + cat + "," + risk);
        }
        for (int b = 0; b < 2; b++) {
            events.add("{\"ts\":\"" + DAY1.plusSeconds(86400L * b + 3600) + "\",\"type\":\"imputation_summary\","
                    + "\"feature\":\"merchant risk\",\"batch\":\"b" + b + "\",\"imputed\":" + imputed[b] + ",\"total\":"
                    + n / 2 + "}");
        }
        return out;
    }

    private static final String WITH_LOG = """
            sources:
              - {role: features, dataset: serving, path: serve.csv, entity: customer id, timestamp: as of}
              - {role: events, path: log.jsonl, timestamp: ts}
            """;

    @Test
    void loggedImputationsConcentratedInANewCategoryAreCritical() throws Exception {
        List<String> events = new ArrayList<>();
        List<String> rows = serving(1, 4000, true, 0.41, events);
        CheckResult r = TestBundle.in(dir).manifest(WITH_LOG).file("serve.csv", rows).file("log.jsonl", events)
                .run(new ImputationCheck());
        Finding f = TestBundle.findingAbout(r, "feature:merchant risk");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).startsWith("merchant risk imputed on ").endsWith(", concentrated in txn category bnpl");
        assertThat(f.subjects()).extracting(Object::toString).contains("slice:txn category=bnpl");
        assertThat(f.measures().get("imputation_rate")).isBetween(0.09, 0.13);
        assertThat(f.measures().get("concentrated_share")).isGreaterThan(0.85);
        assertThat(f.summary()).contains("2 batches, 2 of them above the 2.0% limit", "Value substituted: 0.41",
                "rows holding 0.41", "systematic, not random");
        ImputationBatches batches = (ImputationBatches) f.evidence().get(0);
        assertThat(batches.batches()).extracting(b -> b.batch()).containsExactly("b0", "b1");
        ImputationConcentration c = (ImputationConcentration) f.evidence().get(1);
        assertThat(c.dimension()).isEqualTo("txn category");
        assertThat(c.values().get(0).value()).isEqualTo("bnpl");
        assertThat(c.values().get(0).rate()).isEqualTo(1.0);
    }

    @Test
    void withoutAValueInTheEventsTheRecordsAreJoinedOnEntity() throws Exception {
        List<String> events = new ArrayList<>();
        List<String> rows = serving(1, 4000, true, 0.41, events);
        List<String> noValues = events.stream().map(e -> e.replace(",\"value\":\"0.41\"", "")).toList();
        CheckResult r = TestBundle.in(dir).manifest(WITH_LOG).file("serve.csv", rows).file("log.jsonl", noValues)
                .run(new ImputationCheck());
        Finding f = TestBundle.findingAbout(r, "feature:merchant risk");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.summary()).contains("imputation events joined on entity").doesNotContain("Value substituted");
        assertThat(f.measures().get("overall_rate")).isBetween(0.09, 0.13);
    }

    @Test
    void loggedImputationsSpreadAtRandomAreAWarning() throws Exception {
        List<String> events = new ArrayList<>();
        List<String> rows = serving(2, 4000, false, 0.41, events);
        CheckResult r = TestBundle.in(dir).manifest(WITH_LOG).file("serve.csv", rows).file("log.jsonl", events)
                .run(new ImputationCheck());
        Finding f = TestBundle.findingAbout(r, "feature:merchant risk");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.summary()).contains("roughly in proportion to their rows");
    }

    @Test
    void withoutLogsTheTrainingMeanSuddenlyOnManyRowsIsAProbableSilentImputation() throws Exception {
        Random rnd = new Random(3);
        List<String> train = new ArrayList<>(List.of("customer id,as of,txn category,merchant risk"));
        double sum = 0;
        double[] values = new double[3000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.1 + 0.6 * rnd.nextDouble();
            sum += values[i];
        }
        double mean = sum / values.length;
        for (int i = 0; i < values.length; i++) {
            train.add("t" + i + ",2025-12-01T00:00:00Z," + CATEGORIES[i % 4] + "," + values[i]);
        }
        List<String> serve = serving(4, 4000, true, mean, new ArrayList<>());
        CheckResult r = TestBundle.in(dir).manifest("""
                sources:
                  - {role: features, dataset: training, path: train.csv, entity: customer id, timestamp: as of}
                  - {role: features, dataset: serving, path: serve.csv, entity: customer id, timestamp: as of}
                """).file("train.csv", train).file("serve.csv", serve).run(new ImputationCheck());
        Finding f = TestBundle.findingAbout(r, "feature:merchant risk");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).startsWith("merchant risk probably imputed silently: ").contains("the training mean");
        assertThat(f.measures().get("reference_value_share")).isZero();
        assertThat(f.summary()).contains("no imputation events record it", "txn category bnpl");
    }

    @Test
    void noFindingWithoutImputation() throws Exception {
        Random rnd = new Random(5);
        List<String> a = new ArrayList<>(List.of("x,y"));
        List<String> b = new ArrayList<>(List.of("x,y"));
        for (int i = 0; i < 1000; i++) {
            a.add(rnd.nextGaussian() + "," + CATEGORIES[i % 4]);
            b.add(rnd.nextGaussian() + "," + CATEGORIES[i % 4]);
        }
        CheckResult r = TestBundle.in(dir).manifest("""
                sources:
                  - {role: features, dataset: training, path: a.csv}
                  - {role: features, dataset: serving, path: b.csv}
                """).file("a.csv", a).file("b.csv", b).run(new ImputationCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures().get("feature:x")).containsEntry("reference_value_share", 0.0)
                .containsKeys("top_value_share", "imputation_rate");
    }
}
