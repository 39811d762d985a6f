package dev.mlwb.analysis.checks.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.data.TestBundle;
import dev.mlwb.analysis.evidence.SkewComparison;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkewCheckTest {
    private static final Instant T = Instant.parse("2026-01-14T00:00:00Z");

    @TempDir
    java.nio.file.Path dir;

    /** customer, as of, "spend 7d", country, "risk 'v2'"; the serving side drops late transactions from spend. */
    private static List<String> rows(boolean serving, int n) {
        Random r = new Random(11);
        List<String> out = new ArrayList<>(List.of("customer,as of,spend 7d,country,risk 'v2'"));
        for (int i = 0; i < n; i++) {
            double spend = Math.round(r.nextDouble() * 100000) / 100.0;
            double late = r.nextDouble() < 0.4 ? Math.round(r.nextDouble() * 5000) / 100.0 + 1 : 0;
            double risk = r.nextDouble();
            out.add("c" + i + "," + T.plusSeconds(86400L * (i % 3)) + "," + (serving ? spend - late : spend) + ","
                    + (i % 3 == 0 ? "de" : "fr") + "," + (serving ? risk * (1 + 1e-7) : risk));
        }
        return out;
    }

    @Test
    void aSystematicallyLowerServingValueOnFortyPercentOfRowsIsCritical() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest("""
                comparisons: [{reference: training-pipeline, current: serving}]
                sources:
                  - {role: features, dataset: training-pipeline, path: offline.csv, entity: customer, timestamp: as of}
                  - {role: features, dataset: serving, path: online.csv, entity: customer, timestamp: as of}
                """).file("offline.csv", rows(false, 2000)).file("online.csv", rows(true, 2000)).run(new SkewCheck());
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).matches("spend 7d differs between training-pipeline and serving on 39\\.4% of joined rows "
                + "\\(serving lower by [0-9.]+ on average\\)");
        assertThat(f.summary()).contains("Joined on entity and timestamp, 2,000 rows", "the differences go one way");
        assertThat(f.measures().get("mean_signed_diff")).isNegative();
        SkewComparison e = (SkewComparison) f.evidence().get(0);
        assertThat(e.examples()).hasSize(5);
        assertThat(e.examples().get(0).difference()).isLessThan(-40);
        assertThat(e.differences()).hasSize(20);
        assertThat(e.differences().stream().mapToLong(b -> b.rows()).sum()).isEqualTo(2000);
        assertThat(r.measures().get("feature:risk 'v2'")).containsEntry("mismatch_share", 0.0)
                .containsEntry("joined_rows", 2000.0);
        assertThat(r.measures().get("feature:country")).containsEntry("mismatch_share", 0.0);
    }

    @Test
    void withoutTimestampsUniqueEntitiesAreJoinedOnEntityAlone() throws Exception {
        List<String> a = rows(false, 300).stream().map(l -> l.replaceFirst(",[^,]*,", ",")).toList();
        List<String> b = new ArrayList<>(a);
        b.set(1, b.get(1).replace(",de,", ",DE,"));
        CheckResult r = TestBundle.in(dir).manifest("""
                sources:
                  - {role: features, dataset: training, path: a.csv, entity: customer}
                  - {role: features, dataset: serving, path: b.csv, entity: customer}
                """).file("a.csv", a).file("b.csv", b).run(new SkewCheck());
        Finding f = TestBundle.findingAbout(r, "feature:country");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.summary()).contains("Joined on entity, 300 rows", "c0: de in training, DE in serving");
    }

    @Test
    void rowsThatShareKeysButNotRequestsAreOneWarningAboutTheJoinNotSkewedFeatures() throws Exception {
        // same entities and timestamps on both sides, but every value drawn independently: the keys pair unrelated rows
        Random r = new Random(3);
        String[] segments = {"a", "b", "c", "d"};
        List<List<String>> sides = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<String> rows = new ArrayList<>(List.of("customer,as of,spend 7d,visits,segment"));
            for (int i = 0; i < 1500; i++) {
                rows.add("c" + i + "," + T.plusSeconds(3600L * (i % 48)) + "," + Math.round(r.nextDouble() * 100000) / 100.0
                        + "," + r.nextInt(1000) + "," + segments[r.nextInt(4)]);
            }
            sides.add(rows);
        }
        CheckResult res = TestBundle.in(dir).manifest("""
                sources:
                  - {role: features, dataset: training, path: a.csv, entity: customer, timestamp: as of}
                  - {role: features, dataset: serving, path: b.csv, entity: customer, timestamp: as of}
                """).file("a.csv", sides.get(0)).file("b.csv", sides.get(1)).run(new SkewCheck());
        assertThat(res.findings()).hasSize(1);
        Finding f = res.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.title()).isEqualTo("training and serving rows joined on entity and timestamp do not describe the "
                + "same requests");
        assertThat(f.summary()).contains("3 of the 3 features", "No feature agrees");
        assertThat(f.subjects()).extracting(Object::toString).containsExactly("source:training", "source:serving");
        assertThat(res.measures().get("feature:spend 7d").get("mismatch_share")).isGreaterThan(0.99);
        assertThat(Math.abs(res.measures().get("feature:spend 7d").get("value_correlation"))).isLessThan(0.1);
    }
}
