package dev.mlwb.analysis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlwb.analysis.attribution.Attribution;
import dev.mlwb.analysis.attribution.Contribution;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.story.AlertEvent;
import dev.mlwb.analysis.story.Chain;
import dev.mlwb.analysis.story.ChainEvent;
import dev.mlwb.analysis.story.ChainLink;
import dev.mlwb.analysis.story.Onset;
import dev.mlwb.analysis.story.Story;
import java.time.Duration;
import java.util.Optional;

/** The story's part of the findings JSON: {@code "story"} at the top, {@code "onset"} on each finding. */
final class StoryJson {
    private static final int RANKED = 20;
    private StoryJson() {
    }

    static ObjectNode story(ObjectMapper mapper, Story story) {
        ObjectNode n = mapper.createObjectNode();
        ArrayNode roots = n.putArray("root_causes");
        for (Chain c : story.chains()) {
            ObjectNode r = roots.addObject();
            identify(r, c.root());
            r.put("title", c.root().title());
            r.put("severity", c.root().severity().key());
            onset(r, c.onset());
            ArrayNode explains = r.putArray("explains");
            for (ChainLink l : c.links()) {
                ObjectNode e = explains.addObject();
                identify(e, l.finding());
                e.put("title", l.finding().title());
                identify(e.putObject("parent"), l.parent());
                e.put("depth", l.depth());
                e.put("pattern", l.pattern());
                e.put("reason", l.reason());
                ArrayNode by = e.putArray("confirmed_by");
                if (l.confirmedBySubject()) {
                    by.add("subjects");
                }
                if (l.confirmedByTime()) {
                    by.add("time");
                }
            }
            if (!c.events().isEmpty()) {
                ArrayNode events = r.putArray("events");
                for (ChainEvent ev : c.events()) {
                    events.addObject().put("at", ev.at().toString()).put("type", ev.kind()).put("message", ev.label())
                            .put("reason", ev.reason());
                }
            }
            alert(r, c.firstAlert());
            seconds(r, c.timeToDetect());
        }
        alert(n, story.firstAlert());
        seconds(n, story.timeToDetect());
        n.put("earliest_onset", story.earliestOnset().map(o -> o.at().toString()).orElse(null));
        return n;
    }

    /** {@code "onset"} (ISO-8601 or null) and, when dated, {@code "onset_detail"}. */
    static void onset(ObjectNode n, Optional<Onset> onset) {
        n.put("onset", onset.map(o -> o.at().toString()).orElse(null));
        onset.ifPresent(o -> n.putObject("onset_detail").put("earliest", o.earliest().toString())
                .put("latest", o.latest().toString()).put("method", o.method()).put("series", o.series())
                .put("censored", o.censored()));
    }

    static void finding(ObjectNode n, Finding f, Story story) {
        onset(n, story.onset(f));
        story.chainOf(f).ifPresent(c -> {
            if (c.root() == f) {
                n.put("root_cause", true);
            } else {
                c.link(f).ifPresent(l -> {
                    ObjectNode by = n.putObject("explained_by");
                    identify(by, l.parent());
                    by.put("reason", l.reason());
                });
            }
        });
    }

    /** What explains a finding's window: the metric in both groups and the 20 values that account for most. */
    static ObjectNode attribution(ObjectMapper mapper, Attribution a) {
        ObjectNode n = mapper.createObjectNode();
        n.put("metric", a.metric());
        n.put("metric_label", a.metricLabel());
        n.put("current", a.current());
        n.put("baseline", a.baseline());
        number(n, "current_value", a.currentValue());
        number(n, "baseline_value", a.baselineValue());
        number(n, "difference", a.difference());
        n.put("ranked_direction", a.direction() > 0 ? "up" : "down");
        ArrayNode dims = n.putArray("dimensions");
        a.dimensions().forEach(dims::add);
        ArrayNode ranked = n.putArray("ranked");
        for (Contribution c : a.ranked().subList(0, Math.min(RANKED, a.ranked().size()))) {
            ObjectNode r = ranked.addObject();
            r.put("dimension", c.dimension());
            r.put("value", c.value());
            number(r, "contribution", c.contribution());
            number(r, "share_of_difference", c.shareOfDifference());
            number(r, "current_share", c.currentShare());
            number(r, "baseline_share", c.baselineShare());
            number(r, "current_rate", c.currentRate());
            number(r, "baseline_rate", c.baselineRate());
            number(r, "rate_effect", c.rateEffect());
            number(r, "mix_effect", c.mixEffect());
            number(r, "excess", c.excess());
        }
        return n;
    }

    private static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    private static void identify(ObjectNode n, Finding f) {
        n.put("check", f.check());
        ArrayNode subjects = n.putArray("subjects");
        f.subjects().forEach(s -> subjects.add(s.toString()));
    }

    private static void alert(ObjectNode n, Optional<AlertEvent> alert) {
        if (alert.isEmpty()) {
            n.putNull("first_alert");
            return;
        }
        AlertEvent a = alert.get();
        ObjectNode o = n.putObject("first_alert");
        o.put("at", a.at().toString());
        o.put("type", a.type());
        a.level().ifPresent(v -> o.put("level", v));
        a.component().ifPresent(v -> o.put("component", v));
        a.message().ifPresent(v -> o.put("message", v));
        a.name().ifPresent(v -> o.put("name", v));
        o.put("source", a.source());
        o.put("names", a.named());
    }

    private static void seconds(ObjectNode n, Optional<Duration> d) {
        if (d.isPresent()) {
            n.put("time_to_detect_seconds", d.get().toMillis() / 1000.0);
        } else {
            n.putNull("time_to_detect_seconds");
        }
    }
}
