package dev.mlwb.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Reads the reference values that {@code src/test/resources/stats/generate_reference.py} wrote with scipy 1.10.1,
 * scikit-learn 1.2.1 and numpy 1.24.2, and compares numbers with a stated tolerance.
 */
final class ReferenceData {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private ReferenceData() {
    }

    /** The "cases" of {@code /stats/<file>}, optionally only those whose "kind" is {@code kind}. */
    static List<JsonNode> cases(String file, String kind) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/stats/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /stats/" + file);
            }
            JsonNode root = MAPPER.readTree(in);
            List<JsonNode> cases = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                if (kind == null || kind.equals(c.path("kind").asText())) {
                    cases.add(c);
                }
            }
            assertThat(cases).as("cases of kind %s in %s", kind, file).isNotEmpty();
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> cases(String file) {
        return cases(file, null);
    }

    static double[] doubles(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).mapToDouble(JsonNode::asDouble).toArray();
    }

    static long[] longs(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).mapToLong(JsonNode::asLong).toArray();
    }

    static Map<String, Long> countMap(JsonNode object) {
        Map<String, Long> map = new LinkedHashMap<>();
        object.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }

    /** Asserts {@code |actual − expected| <= max(absolute, relative · |expected|)}; NaN and infinity must match. */
    static void assertClose(double actual, double expected, double relative, double absolute, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
            return;
        }
        if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        double tolerance = Math.max(absolute, relative * Math.abs(expected));
        assertThat(Math.abs(actual - expected))
                .as("%s: actual %s, expected %s, tolerance %s", what, actual, expected, tolerance)
                .isLessThanOrEqualTo(tolerance);
    }

    /** Relative and absolute tolerance 1e-12, for methods identical to the reference's. */
    static void assertSame(double actual, double expected, String what) {
        assertClose(actual, expected, 1e-12, 1e-12, what);
    }
}
