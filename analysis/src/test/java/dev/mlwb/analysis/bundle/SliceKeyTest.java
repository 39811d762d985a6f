package dev.mlwb.analysis.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Subject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SliceKeyTest {
    private static Map<String, String> pairs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void simpleSlicesReadAndWriteExactlyAsBefore() {
        assertThat(SliceKey.of("os", "android").toString()).isEqualTo("os=android");
        assertThat(SliceKey.of(pairs("platform", "android", "region", "eu")).toString()).isEqualTo("platform=android,region=eu");
        assertThat(SliceKey.of("user cohort", "new (30 d)").toString()).isEqualTo("user cohort=new (30 d)");
        assertThat(SliceKey.of("q", "say \"hi\": o'clock").toString()).isEqualTo("q=say \"hi\": o'clock");
        assertThat(SliceKey.parse("a=x, b=y").orElseThrow().values()).isEqualTo(pairs("a", "x", "b", "y"));
        assertThat(SliceKey.parse("expr=a=b").orElseThrow().values()).isEqualTo(pairs("expr", "a=b"));
        // a backslash that starts no escape is kept (\\t would be a tab)
        assertThat(SliceKey.parse("path=C:\\data").orElseThrow().values()).isEqualTo(pairs("path", "C:\\data"));
        assertThat(SliceKey.parse("android")).isEmpty();
        assertThat(SliceKey.parse("=x")).isEmpty();
        assertThat(SliceKey.parse("a=x,a=y")).isEmpty();
        assertThat(SliceKey.parse("a=x,")).isEmpty();
    }

    @Test
    void anyColumnAndValueRoundTripsThroughTheTextForm() {
        List<Map<String, String>> cases = List.of(
                pairs("city", "Washington, D.C."),
                pairs("city", "Washington, D.C.\nnorth", "os", "ios"),
                pairs("a=b", "c=d", "e,f", "g,h"),
                pairs("q", "\"quoted, with comma\"", "r", "it's"),
                pairs("path", "C:\\temp\\new", "tab", "a\tb\r\n"),
                pairs("pad", "  two spaces around  ", "blank", " "),
                pairs("empty", "", "nbsp", "\u00a0x\u2003"),
                pairs("bell", "\u0007", "escape-looking", "\\n is not a newline \\u0041"),
                pairs(" col ", "v"));
        for (Map<String, String> c : cases) {
            SliceKey k = SliceKey.of(c);
            String text = k.toString();
            assertThat(text).as("one line: %s", text).doesNotContain("\n", "\r", "\t");
            assertThat(SliceKey.parse(text)).as(text).hasValueSatisfying(p -> assertThat(p.values()).isEqualTo(c));
            Subject s = Subject.slice(k);
            assertThat(Subject.parse(s.toString()).flatMap(Subject::slice)).as(text).contains(k);
        }
        assertThat(SliceKey.of("city", "Washington, D.C.\nnorth").toString()).isEqualTo("city=Washington\\, D.C.\\nnorth");
    }

    @Test
    void labelsStayOnOneLine() {
        assertThat(SliceKey.of(pairs("city", "Washington, D.C.\nnorth", "os", "ios")).label())
                .isEqualTo("Washington, D.C.\\nnorth · ios");
    }
}
