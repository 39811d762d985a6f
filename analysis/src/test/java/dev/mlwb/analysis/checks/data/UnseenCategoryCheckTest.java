package dev.mlwb.analysis.checks.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.UnseenCategories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnseenCategoryCheckTest {
    @TempDir
    java.nio.file.Path dir;

    /** {@code n} rows of "txn category", "customer-ref", amount; the given share in category {@code extra}. */
    private static List<String> rows(int n, String extra, double extraShare, String idPrefix) {
        List<String> out = new ArrayList<>(List.of("txn category,customer-ref,amount"));
        String[] known = {"grocery", "travel", "fuel", "dining"};
        int extraRows = (int) Math.round(n * extraShare);
        for (int i = 0; i < n; i++) {
            String c = i < extraRows ? extra : known[i % known.length];
            out.add(c + "," + idPrefix + i + "," + (i % 17));
        }
        return out;
    }

    private TestBundle bundle(String vocabSource) {
        return TestBundle.in(dir).manifest("""
                sources:
                  - {role: features, dataset: training, path: train.csv}
                  - {role: features, dataset: serving, path: serve.csv}
                """ + vocabSource);
    }

    @Test
    void againstTheVocabularyANewCategoryOnSixPercentOfRowsIsCritical() throws Exception {
        CheckResult r = bundle("  - {role: vocabularies, path: vocab.json}\n")
                .file("train.csv", rows(1000, "grocery", 0, "a"))
                .file("serve.csv", rows(1000, "bnpl", 0.06, "a"))
                .text("vocab.json", "{\"txn category\": [\"grocery\", \"travel\", \"fuel\", \"dining\", \"rent\"]}")
                .run(new UnseenCategoryCheck());
        Finding f = TestBundle.findingAbout(r, "feature:txn category");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).isEqualTo("txn category has 1 category the encoder does not know (6.0% of serving rows)");
        assertThat(f.summary()).contains("bnpl (6.0%)", "vocab.json", "knows 5 categories");
        assertThat(f.measures()).containsEntry("unseen_share", 0.06).containsEntry("unseen_values", 1.0)
                .containsEntry("distinct_reference", 5.0);
        // the vocabulary lists only "txn category": the identifier column is compared with training
        assertThat(r.measures()).containsKey("feature:customer-ref");
    }

    @Test
    void againstTheReferenceASmallShareIsAWarningAndAnIdentifierIsSaidToBeOne() throws Exception {
        CheckResult r = bundle("")
                .file("train.csv", rows(2000, "grocery", 0, "a"))
                .file("serve.csv", rows(2000, "bnpl", 0.01, "b"))
                .run(new UnseenCategoryCheck());
        Finding txn = TestBundle.findingAbout(r, "feature:txn category");
        assertThat(txn.severity()).isEqualTo(Severity.WARNING);
        assertThat(txn.title()).contains("unseen in training");
        Finding id = TestBundle.findingAbout(r, "feature:customer-ref");
        assertThat(id.severity()).isEqualTo(Severity.INFO);
        assertThat(id.title()).startsWith("customer-ref looks like an identifier");
        UnseenCategories u = (UnseenCategories) id.evidence().get(0);
        assertThat(u.identifierLike()).isTrue();
        assertThat(u.distinctCurrent()).isEqualTo(2000);
    }

    @Test
    void noFindingWhenEveryCategoryIsKnown() throws Exception {
        CheckResult r = bundle("")
                .file("train.csv", rows(500, "grocery", 0, "a"))
                .file("serve.csv", rows(500, "travel", 0.2, "a"))
                .run(new UnseenCategoryCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures().get("feature:txn category")).containsEntry("unseen_share", 0.0);
    }

    @Test
    void aMalformedVocabularyNamesTheFileLineAndProblem() {
        TestBundle b = bundle("  - {role: vocabularies, path: vocab.json}\n")
                .file("train.csv", rows(10, "grocery", 0, "a"))
                .file("serve.csv", rows(10, "grocery", 0, "a"))
                .text("vocab.json", "{\n  \"txn category\": \"grocery\"\n}\n");
        assertThatThrownBy(() -> b.run(new UnseenCategoryCheck())).isInstanceOf(BundleException.class)
                .hasMessage("vocab.json: line 2, column 19: \"txn category\" must map to a list of categories, not text");
    }

    @Test
    void aDeclaredCategoricalFeatureThatLooksLikeAnIdentifierStillWarnsWhenItsValuesAreUnseen() throws Exception {
        // "merchant" has a value per row (identifier-like); 11% of serving rows hold merchants training never saw
        List<String> train = new ArrayList<>(List.of("merchant,amount"));
        List<String> serve = new ArrayList<>(List.of("merchant,amount"));
        for (int i = 0; i < 2000; i++) {
            train.add("m" + i + "," + (i % 17));
            serve.add((i < 220 ? "new" : "m") + i + "," + (i % 17));
        }
        String declared = """
                sources:
                  - {role: features, dataset: training, path: train.csv, categorical: [merchant]}
                  - {role: features, dataset: serving, path: serve.csv, categorical: [merchant]}
                """;
        Finding f = TestBundle.findingAbout(TestBundle.in(dir).manifest(declared).file("train.csv", train)
                .file("serve.csv", serve).run(new UnseenCategoryCheck()), "feature:merchant");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.title()).isEqualTo("merchant, a categorical feature that looks like an identifier: 11.0% of serving "
                + "rows hold values unseen before");
        assertThat(f.summary()).contains("looks like an identifier", "declares it a categorical feature",
                "cannot use values it never saw");

        java.nio.file.Path other = dir.resolve("undeclared");
        Finding info = TestBundle.findingAbout(TestBundle.in(other).manifest("""
                sources:
                  - {role: features, dataset: training, path: train.csv}
                  - {role: features, dataset: serving, path: serve.csv}
                """).file("train.csv", train).file("serve.csv", serve).run(new UnseenCategoryCheck()), "feature:merchant");
        assertThat(info.severity()).as("the same column, not declared categorical").isEqualTo(Severity.INFO);
    }
}
