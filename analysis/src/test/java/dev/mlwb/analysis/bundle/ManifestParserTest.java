package dev.mlwb.analysis.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManifestParserTest {
    private static Manifest yaml(String text) throws BundleException {
        return ManifestParser.parse("incident.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Manifest json(String text) throws BundleException {
        return ManifestParser.parse("incident.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String HEAD = "format: mlwb-incident/1\ntitle: t\n";

    @Test
    void readsEveryTopLevelKey() throws Exception {
        Manifest m = yaml(HEAD + """
                description: d
                timezone: Europe/Berlin
                window: {start: 2026-01-15T00:00:00Z, end: "2026-01-16"}
                arms: {baseline: v41, canary: v42}
                thresholds: {data.drift: {psi_critical: 0.25}}
                comparisons: [{reference: training, current: serving}]
                critical_slices: ["user_cohort=new", "platform=android,region=eu"]
                production_dataset: prod
                sources:
                  - {role: features, path: f.csv, dataset: training, entity: id, slices: [platform]}
                """);
        assertThat(m.timezone().getId()).isEqualTo("Europe/Berlin");
        assertThat(m.window().orElseThrow().start()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        // a date without offset is midnight in the manifest's time zone
        assertThat(m.window().orElseThrow().end()).isEqualTo(Instant.parse("2026-01-15T23:00:00Z"));
        assertThat(m.arms()).isEqualTo(new Arms("v41", "v42"));
        assertThat(m.thresholds().get("data.drift")).containsEntry("psi_critical", 0.25);
        assertThat(m.comparisons()).containsExactly(new Comparison("training", "serving"));
        assertThat(m.comparisonsGiven()).isTrue();
        assertThat(m.criticalSlices()).extracting(SliceKey::toString)
                .containsExactly("user_cohort=new", "platform=android,region=eu");
        assertThat(m.productionDataset()).isEqualTo("prod");
        SourceSpec s = m.sources().get(0);
        assertThat(s.role()).isEqualTo(Role.FEATURES);
        assertThat(s.format()).isEqualTo(SourceFormat.CSV);
        assertThat(s.name()).isEqualTo("f.csv");
        assertThat(s.column("entity")).contains("id");
        assertThat(s.slices()).containsExactly("platform");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void defaultsApplyWhenKeysAreLeftOut() throws Exception {
        Manifest m = yaml(HEAD + "sources: [{role: events, path: log.jsonl}]\n");
        assertThat(m.timezone().getId()).isEqualTo("Z");
        assertThat(m.arms()).isEqualTo(Arms.DEFAULT);
        assertThat(m.comparisons()).isEqualTo(Manifest.DEFAULT_COMPARISONS);
        assertThat(m.comparisonsGiven()).isFalse();
        assertThat(m.productionDataset()).isEqualTo("production");
        assertThat(m.sources().get(0).format()).isEqualTo(SourceFormat.JSONL);
    }

    @Test
    void missingFormatIsNamed() {
        assertThatThrownBy(() -> yaml("title: t\nsources: []\n"))
                .hasMessage("incident.yaml: format: is required");
    }

    @Test
    void wrongFormatVersionIsNamed() {
        assertThatThrownBy(() -> yaml("format: mlwb-incident/9\ntitle: t\n"))
                .hasMessageContaining("format: is \"mlwb-incident/9\"; this version reads \"mlwb-incident/1\"");
    }

    @Test
    void unknownRoleListsTheRoles() {
        assertThatThrownBy(() -> yaml(HEAD + "sources:\n  - {role: metrics, path: m.csv, timestamp: t, metrics: {requests: r}}\n"
                + "  - {role: featurez, path: f.csv}\n"))
                .hasMessageStartingWith("incident.yaml: sources[1].role: unknown role \"featurez\"; roles are features, labels");
    }

    @Test
    void badYamlNamesLineAndColumn() {
        assertThatThrownBy(() -> yaml(HEAD + "sources:\n  - role: features\n    path: [unclosed\n"))
                .isInstanceOf(BundleException.class)
                .hasMessageMatching("incident\\.yaml: line \\d+, column \\d+: not valid YAML: .*");
    }

    @Test
    void badJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> json("{\n  \"format\": \"mlwb-incident/1\",\n  \"title\": \"t\"\n  \"sources\": []\n}"))
                .hasMessageStartingWith("incident.json: line 4, column 3: not valid JSON: ");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> json("{\"format\": \"mlwb-incident/1\", \"title\": \"a\", \"title\": \"b\"}"))
                .hasMessageContaining("not valid JSON: Duplicate field 'title'");
    }

    @Test
    void pathsMayNotLeaveTheBundle() {
        assertThatThrownBy(() -> yaml(HEAD + "sources: [{role: events, path: ../secret/log.jsonl}]\n"))
                .hasMessage("incident.yaml: sources[0].path: \"../secret/log.jsonl\" leaves the bundle (..); keep files inside the bundle folder");
        assertThatThrownBy(() -> yaml(HEAD + "sources: [{role: events, path: /etc/passwd.jsonl}]\n"))
                .hasMessageContaining("sources[0].path: \"/etc/passwd.jsonl\" is absolute");
    }

    @Test
    void roleSpecificRequirementsAreChecked() {
        assertThatThrownBy(() -> yaml(HEAD + "sources: [{role: features, path: f.csv}]\n"))
                .hasMessageStartingWith("incident.yaml: sources[0].dataset: is required for a features source");
        assertThatThrownBy(() -> yaml(HEAD + "sources: [{role: metrics, path: m.csv, timestamp: ts}]\n"))
                .hasMessageStartingWith("incident.yaml: sources[0].metrics: is required for a metrics source");
        assertThatThrownBy(() -> yaml(HEAD + "sources: [{role: schemas, path: s.csv}]\n"))
                .hasMessage("incident.yaml: sources[0].format: a schemas source must be JSON, not csv");
    }

    @Test
    void valuesOfTheWrongShapeAreNamed() {
        assertThatThrownBy(() -> yaml(HEAD + "thresholds: {data.drift: {psi_critical: high}}\nsources: [{role: events, path: e.jsonl}]\n"))
                .hasMessage("incident.yaml: thresholds.data.drift.psi_critical: must be a number, not the text \"high\"");
        assertThatThrownBy(() -> yaml(HEAD + "critical_slices: [android]\nsources: [{role: events, path: e.jsonl}]\n"))
                .hasMessage("incident.yaml: critical_slices[0]: \"android\" is not a slice; write column=value or a=x,b=y");
        assertThatThrownBy(() -> yaml(HEAD + "timezone: Mars/Olympus\nsources: [{role: events, path: e.jsonl}]\n"))
                .hasMessageContaining("timezone: \"Mars/Olympus\" is not a time zone");
        assertThatThrownBy(() -> yaml(HEAD + "sources: [{role: events, path: log.txt.bak}]\n"))
                .hasMessageContaining("sources[0].format: cannot tell the format of \"log.txt.bak\"");
    }

    @Test
    void unknownKeysAreWarnedAboutNotRejected() throws Exception {
        Manifest m = yaml(HEAD + "owner: sre\nsources: [{role: labels, path: l.csv, entity: id, label: y, timestmp: t}]\n");
        assertThat(m.warnings()).anySatisfy(w -> assertThat(w).startsWith("incident.yaml: owner: unknown key, ignored"));
        assertThat(m.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("incident.yaml: sources[0].timestmp: unknown key for a labels source, ignored"));
    }

    @Test
    void twoSourcesMayNotBeGivenTheSameName() {
        assertThatThrownBy(() -> yaml(HEAD + "sources: [{role: events, path: a/log.jsonl, name: log}, "
                + "{role: events, path: b/log.jsonl, name: log}]\n"))
                .hasMessageContaining("sources[1].name: \"log\" names two sources");
    }

    @Test
    void unnamedSourcesGetDistinctNames() throws Exception {
        // same file name in two folders: the paths; one file in two roles (features and predictions in one CSV,
        // a common layout): path and role; twice as features: path, role and dataset
        Manifest m = yaml(HEAD + """
                sources:
                  - {role: events, path: a/log.jsonl}
                  - {role: events, path: b/log.jsonl}
                  - {role: predictions, path: scored.csv, score: p}
                  - {role: features, path: scored.csv, dataset: serving}
                  - {role: features, path: x/scored.csv, dataset: canary}
                  - {role: features, path: x/scored.csv, dataset: baseline}
                  - {role: labels, path: labels.csv, entity: id, label: y}
                  - {role: metrics, path: m.csv, name: scored.csv, timestamp: t, metrics: {requests: r}}
                """);
        assertThat(m.sources()).extracting(SourceSpec::name).containsExactly("a/log.jsonl", "b/log.jsonl",
                "scored.csv (predictions)", "scored.csv (features serving)", "x/scored.csv (features canary)",
                "x/scored.csv (features baseline)", "labels.csv", "scored.csv");
    }
}
