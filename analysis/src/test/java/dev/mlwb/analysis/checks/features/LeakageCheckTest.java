package dev.mlwb.analysis.checks.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.data.TestBundle;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeakageCheckTest {
    private static final Instant JAN10 = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant BACKFILL = Instant.parse("2026-01-20T23:00:00Z");

    @TempDir
    java.nio.file.Path dir;

    /** Rows from Jan 10 to 15; every third row's engagement was backfilled on Jan 20 when {@code leak}. */
    private static List<String> features(boolean leak) {
        List<String> out = new ArrayList<>(List.of("user,predicted at,sessions (7d),sessions as-of,country"));
        for (int i = 0; i < 600; i++) {
            Instant t = JAN10.plusSeconds(600L * i);
            Instant asOf = leak && i % 3 == 0 ? BACKFILL : t.minusSeconds(1800);
            out.add("u" + i + "," + t + "," + (i % 9) + "," + asOf + ",de");
        }
        return out;
    }

    private static final String MANIFEST = """
            sources:
              - role: features
                dataset: training
                path: train.csv
                entity: user
                timestamp: predicted at
                feature_timestamps: {"sessions (7d)": sessions as-of}
            """;

    @Test
    void valuesBackfilledAfterThePredictionTimeAreCritical() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest(MANIFEST).file("train.csv", features(true)).run(new LeakageCheck());
        Finding f = TestBundle.findingAbout(r, "feature:sessions (7d)");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).isEqualTo("sessions (7d) in training was computed after the time it predicts, on 33.3% of "
                + "rows (up to 11 days later)");
        assertThat(f.summary()).contains("200 of 600 rows", "all their feature values were computed at Jan 20 23:00",
                "one backfill");
        assertThat(f.measures()).containsEntry("violations", 200.0);
        assertThat(f.measures().get("max_lookahead_hours")).isCloseTo(263.0, org.assertj.core.api.Assertions.within(1e-9));
        LeakageTimeline l = (LeakageTimeline) f.evidence().get(0);
        assertThat(l.examples()).hasSize(5);
        assertThat(l.examples().get(0).entity()).hasValue("u0");
        assertThat(l.distribution()).extracting(b -> b.label()).containsExactly("at or before", "up to 1 h later",
                "1–6 h later", "6–24 h later", "24 h–3 days later", "3–7 days later", "7–30 days later",
                "more than 30 days later");
        assertThat(l.distribution().get(0).rows()).isEqualTo(400);
        assertThat(l.distribution().stream().filter(b -> b.violating()).mapToLong(b -> b.rows()).sum()).isEqualTo(200);
    }

    @Test
    void featuresComputedBeforeThePredictionRaiseNothing() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest(MANIFEST).file("train.csv", features(false)).run(new LeakageCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures().get("feature:sessions (7d)")).containsEntry("violations", 0.0)
                .containsEntry("violation_share", 0.0).containsEntry("max_lookahead_hours", -0.5);
    }

    @Test
    void withoutARowTimestampTheLabelTimeIsTheLimit() throws Exception {
        List<String> feats = new ArrayList<>(List.of("user,clicks,clicks as-of"));
        List<String> labels = new ArrayList<>(List.of("user,churned,churned at"));
        for (int i = 0; i < 100; i++) {
            Instant label = JAN10.plusSeconds(3600L * i);
            feats.add("u" + i + "," + i + "," + (i < 10 ? label.plusSeconds(7200) : label.minusSeconds(60)));
            labels.add("u" + i + "," + (i % 2) + "," + label);
        }
        CheckResult r = TestBundle.in(dir).manifest("""
                sources:
                  - {role: features, dataset: training, path: f.csv, entity: user, feature_timestamps: {clicks: clicks as-of}}
                  - {role: labels, path: l.csv, entity: user, label: churned, timestamp: churned at}
                """).file("f.csv", feats).file("l.csv", labels).run(new LeakageCheck());
        Finding f = TestBundle.findingAbout(r, "feature:clicks");
        assertThat(f.measures()).containsEntry("violations", 10.0).containsEntry("max_lookahead_hours", 2.0);
        assertThat(f.summary()).contains("after the label's timestamp");
    }

    @Test
    void isSkippedWithoutFeatureTimestamps() throws Exception {
        try (IncidentData data = TestBundle.in(dir).manifest("""
                sources:
                  - {role: features, dataset: training, path: train.csv, timestamp: predicted at}
                """).file("train.csv", features(true)).load()) {
            assertThat(new LeakageCheck().skipReason(data)).hasValueSatisfying(s -> assertThat(s).contains("feature_timestamps"));
        }
    }
}
