package dev.mlwb.analysis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.IncidentTimeline;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The spec's findings JSON ({@code mlwb-findings/1}), extended compatibly: every check and finding
 * also carries its evidence, findings their time windows, and the report its load issues. Numbers
 * that are not defined (NaN) are written as {@code null}; whole numbers without a fraction.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = mapper();

    private JsonReport() {
    }

    /** The mapper used for reports and evidence: ISO instants, NaN as null, Optionals unwrapped. */
    public static ObjectMapper mapper() {
        SimpleModule numbers = new SimpleModule("mlwb-numbers");
        StdSerializer<Double> doubles = new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                writeNumber(g, v);
            }
        };
        numbers.addSerializer(Double.class, doubles);
        numbers.addSerializer(Double.TYPE, doubles);
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(numbers)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    static void writeNumber(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    /** The report with the analyst's notes: a {@code "note": {"text", "updated"}} on each finding that has one. */
    public static String render(CheckReport report, FindingNotes notes) {
        return render(report, ReviewContext.notes(notes));
    }

    /** The report with the incident's timeline under {@code "timeline"} (every event and finding window on one axis). */
    public static String render(CheckReport report, IncidentTimeline timeline) {
        return render(report, new ReviewContext(FindingNotes.NONE, java.util.Optional.of(timeline),
                dev.mlwb.analysis.story.Story.EMPTY, java.util.Map.of()));
    }

    /**
     * The report with everything a review carries: notes, the timeline, the {@code "story"} (root causes with what
     * they explain, first alert, time to detect), an {@code "onset"} on each finding and what explains its window
     * ({@code "attribution"}).
     */
    public static String render(CheckReport report, ReviewContext context) {
        try {
            ObjectNode root = tree(report, context);
            context.timeline().ifPresent(t -> root.set("timeline", MAPPER.valueToTree(t)));
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(CheckReport report, ReviewContext context) {
        FindingNotes notes = context.notes();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", CheckReport.FORMAT);
        root.put("bundle", report.bundle());
        root.put("title", report.title());
        if (!report.description().isEmpty()) {
            root.put("description", report.description());
        }
        ArrayNode checks = root.putArray("checks");
        report.checks().forEach(c -> checks.add(check(c)));
        root.set("story", StoryJson.story(MAPPER, context.story()));
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> {
            ObjectNode n = finding(f, notes);
            StoryJson.finding(n, f, context.story());
            context.attribution(f).ifPresent(a -> n.set("attribution", StoryJson.attribution(MAPPER, a)));
            findings.add(n);
        });
        if (!report.loadIssues().isEmpty()) {
            ArrayNode issues = root.putArray("load_issues");
            for (LoadIssue i : report.loadIssues()) {
                ObjectNode n = issues.addObject();
                n.put("level", i.level().name().toLowerCase(java.util.Locale.ROOT));
                n.put("source", i.source());
                n.put("message", i.message());
            }
        }
        return root;
    }

    private static ObjectNode check(CheckRun c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("status", c.status().key());
        if (c.status() == CheckRun.Status.RAN) {
            n.put("millis", c.millis());
        }
        c.reason().ifPresent(r -> n.put(c.status() == CheckRun.Status.FAILED ? "error" : "reason", r));
        if (c.status() == CheckRun.Status.RAN) {
            n.set("measures", MAPPER.valueToTree(c.measures()));
            n.set("evidence", MAPPER.valueToTree(c.evidence()));
        }
        return n;
    }

    private static ObjectNode finding(Finding f, FindingNotes notes) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("check", f.check());
        n.put("severity", f.severity().key());
        n.put("title", f.title());
        n.put("summary", f.summary());
        ArrayNode subjects = n.putArray("subjects");
        f.subjects().forEach(s -> subjects.add(s.toString()));
        n.set("measures", MAPPER.valueToTree(f.measures()));
        n.put("remedy", f.remedy());
        if (!f.windows().isEmpty()) {
            ArrayNode windows = n.putArray("windows");
            for (TimeRange w : f.windows()) {
                windows.addObject().put("start", w.start().toString()).put("end", w.end().toString());
            }
        }
        n.set("evidence", MAPPER.valueToTree(f.evidence()));
        notes.note(f).ifPresent(note -> n.putObject("note").put("text", note.text())
                .put("updated", note.updated().toString()));
        return n;
    }
}
