package dev.mlwb.analysis.data.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlwb.analysis.bundle.BundleException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SchemaParserTest {
    private static final String GOOD = """
            {"models": [
               {"version": "v42", "deployed_at": "2026-01-15T09:00:00Z", "strict": true,
                "features": [{"name": "ctr_7d", "type": "double"}, {"name": "rt_dwell", "type": "double"}]},
               {"version": "v41", "deployed_at": "2026-01-02", "strict": true,
                "features": [{"name": "ctr_7d", "type": "double", "required": true},
                             {"name": "age", "type": "long", "required": false}]}],
             "payloads": [
               {"version": "p8", "used_since": 1768467600, "features": [{"name": "ctr_7d", "type": "double"}]},
               {"version": "p7", "used_since": "2026-01-02T10:00:00", "features": [{"name": "ctr_7d", "type": "DOUBLE"}]}]}
            """;

    @Test
    void readsModelsAndPayloadsInDeploymentOrder() throws BundleException {
        SchemaDocument d = SchemaParser.parse("schemas.json", GOOD, ZoneOffset.UTC);
        assertThat(d.models()).extracting(ModelSchema::version).containsExactly("v41", "v42");
        assertThat(d.payloads()).extracting(PayloadSchema::version).containsExactly("p7", "p8");
        ModelSchema v41 = d.models().get(0);
        assertThat(v41.strict()).isTrue();
        assertThat(v41.field("ctr_7d").orElseThrow().required()).isTrue();
        assertThat(v41.field("age").orElseThrow().required()).isFalse();
        assertThat(d.models().get(1).field("rt_dwell").orElseThrow().required()).as("required by default").isTrue();
        assertThat(d.payloads().get(1).usedSince()).contains(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(d.payloadAt(Instant.parse("2026-01-10T00:00:00Z")).orElseThrow().version()).isEqualTo("p7");
        assertThat(d.payloadAt(Instant.parse("2026-01-16T00:00:00Z")).orElseThrow().version()).isEqualTo("p8");
        assertThat(d.modelAt(Instant.parse("2026-01-16T00:00:00Z")).orElseThrow().version()).isEqualTo("v42");
        assertThat(d.earlierThan(d.models().get(1))).extracting(ModelSchema::version).containsExactly("v41");
    }

    @Test
    void undatedEntriesKeepTheFileOrder() throws BundleException {
        SchemaDocument d = SchemaParser.parse("s.json", """
                {"models": [{"version": "a", "features": []}, {"version": "b", "features": []}],
                 "payloads": [{"version": "p1", "features": []}, {"version": "p2", "features": []}]}""", ZoneOffset.UTC);
        assertThat(d.modelAt(Instant.EPOCH).orElseThrow().version()).isEqualTo("b");
        assertThat(d.payloadAt(Instant.EPOCH).orElseThrow().version()).isEqualTo("p2");
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> SchemaParser.parse("schemas.json", "{\"models\": [\n  {\"version\": \"v1\",,}\n]}",
                ZoneOffset.UTC))
                .isInstanceOf(BundleException.class)
                .hasMessageStartingWith("schemas.json: line 2, column 20: not valid JSON:");
    }

    @Test
    void badTypeNamesTheKeyPath() {
        String text = """
                {"models": [{"version": "v1", "features": [{"name": "a", "type": "double"}]},
                            {"version": "v2", "features": [{"name": "a", "type": "float64"}]}]}""";
        assertThatThrownBy(() -> SchemaParser.parse("schemas.json", text, ZoneOffset.UTC))
                .hasMessage("schemas.json: models[1].features[0].type: \"float64\" is not one of double, long, "
                        + "string, boolean, timestamp");
    }

    @Test
    void missingAndMistypedKeysAreNamed() {
        assertThatThrownBy(() -> SchemaParser.parse("s.json", "{\"models\": [{\"features\": []}]}", ZoneOffset.UTC))
                .hasMessage("s.json: models[0].version: is missing");
        assertThatThrownBy(() -> SchemaParser.parse("s.json", "{\"payloads\": {\"version\": \"p\"}}", ZoneOffset.UTC))
                .hasMessage("s.json: payloads: expected a list, found an object");
        assertThatThrownBy(() -> SchemaParser.parse("s.json",
                "{\"models\": [{\"version\": \"v\", \"strict\": \"yes\", \"features\": []}]}", ZoneOffset.UTC))
                .hasMessage("s.json: models[0].strict: expected true or false, found the text \"yes\"");
        assertThatThrownBy(() -> SchemaParser.parse("s.json",
                "{\"payloads\": [{\"version\": \"p\", \"used_since\": \"last tuesday\", \"features\": []}]}",
                ZoneOffset.UTC))
                .hasMessageStartingWith("s.json: payloads[0].used_since: \"last tuesday\" is not a timestamp");
        assertThatThrownBy(() -> SchemaParser.parse("s.json", "[1, 2]", ZoneOffset.UTC))
                .hasMessageStartingWith("s.json: expected an object");
    }

    @Test
    void duplicatesAreErrors() {
        assertThatThrownBy(() -> SchemaParser.parse("s.json", """
                {"models": [{"version": "v1", "features": [{"name": "a", "type": "long"}, {"name": "a", "type": "long"}]}]}""",
                ZoneOffset.UTC))
                .hasMessage("s.json: models[0].features[1].name: field \"a\" is listed twice (also at models[0].features[0])");
        assertThatThrownBy(() -> SchemaParser.parse("s.json", "{\"models\": [], \"models\": []}", ZoneOffset.UTC))
                .hasMessageContaining("line 1").hasMessageContaining("Duplicate field 'models'");
    }
}
