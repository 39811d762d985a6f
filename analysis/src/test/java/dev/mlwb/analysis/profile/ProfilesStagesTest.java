package dev.mlwb.analysis.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.checks.data.TestBundle;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profiles' stages: categories are counted overall for every part first, then per window for the current
 * sides only; a part that is only ever a reference is never cut into windows; the counts agree between stages
 * and with the rows.
 */
class ProfilesStagesTest {
    private static final String[] DEVICES = {"ios", "android", "web"};

    @TempDir
    Path dir;

    /** {@code n} rows over seven days: entity, ts, device (cycling, {@code shift} moves the start), x. */
    private static List<String> rows(int n, int shift) {
        List<String> out = new ArrayList<>(List.of("entity,ts,device,x"));
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            out.add("e" + i + "," + start.plusSeconds(7L * 86_400 * i / n) + "," + DEVICES[(i + shift) % 3] + "," + (i % 11));
        }
        return out;
    }

    private IncidentData load() throws Exception {
        return TestBundle.in(dir).manifest("""
                comparisons:
                  - {reference: training, current: serving}
                  - {reference: serving, current: later}
                sources:
                  - {role: features, dataset: training, path: training.csv, entity: entity, timestamp: ts}
                  - {role: features, dataset: serving, path: serving.csv, entity: entity, timestamp: ts}
                  - {role: features, dataset: later, path: later.csv, entity: entity, timestamp: ts}
                """)
                .file("training.csv", rows(700, 0))
                .file("serving.csv", rows(701, 1))
                .file("later.csv", rows(702, 2))
                .load();
    }

    private static PartProfile part(Profiles p, IncidentData data, String dataset) {
        Table t = data.features(dataset).orElseThrow();
        return p.of(t).orElseThrow();
    }

    /** The rows per device of a dataset, counted here from the generator's rule. */
    private static Map<String, Long> expected(int n, int shift) {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.merge(DEVICES[(i + shift) % 3], 1L, Long::sum);
        }
        return out;
    }

    @Test
    void categoriesComeOverallFirstThenPerWindowForTheCurrentSidesOnly() throws Exception {
        try (IncidentData data = load()) {
            Profiles categories = Profiles.categorical(data);
            for (String d : List.of("training", "serving", "later")) {
                CategoricalProfile c = part(categories, data, d).categorical("device").orElseThrow();
                assertThat(c.windows()).as(d + ": the first stage counts overall").isEmpty();
            }
            assertThat(part(categories, data, "serving").categorical("device").orElseThrow().counts())
                    .isEqualTo(expected(701, 1));

            Profiles all = Profiles.of(data);
            PartProfile training = part(all, data, "training");
            assertThat(training.window()).as("training is only a reference").isEmpty();
            assertThat(training.categorical("device").orElseThrow().windows()).isEmpty();
            assertThat(training.numeric("x").orElseThrow().windows()).isEmpty();
            assertThat(training.categorical("device").orElseThrow().counts()).isEqualTo(expected(700, 0));
            assertThat(training.numeric("x").orElseThrow().nonNull()).isEqualTo(700);
            for (String d : List.of("serving", "later")) {
                PartProfile p = part(all, data, d);
                assertThat(p.window()).as(d + " is a current side").contains(Duration.ofDays(1));
                CategoricalProfile c = p.categorical("device").orElseThrow();
                assertThat(c.windows()).hasSize(7);
                assertThat(p.numeric("x").orElseThrow().windows()).hasSize(7);
                // the per-window counts add up to the overall ones, which equal the first stage's
                Map<String, Long> summed = new HashMap<>();
                c.windows().values().forEach(w -> w.counts().forEach((k, v) -> summed.merge(k, v, Long::sum)));
                assertThat(summed).isEqualTo(c.counts());
                assertThat(c.counts()).isEqualTo(part(categories, data, d).categorical("device").orElseThrow().counts());
            }
        }
    }

    @Test
    void theOverallCountsCanBeAskedForAfterTheWindowedOnes() throws Exception {
        try (IncidentData data = load()) {
            Profiles all = Profiles.of(data);
            Profiles categories = Profiles.categorical(data);
            assertThat(part(categories, data, "later").categorical("device").orElseThrow().counts())
                    .isEqualTo(expected(702, 2))
                    .isEqualTo(part(all, data, "later").categorical("device").orElseThrow().counts());
        }
    }
}
