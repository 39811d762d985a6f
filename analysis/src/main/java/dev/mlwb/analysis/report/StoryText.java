package dev.mlwb.analysis.report;

import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.story.Chain;
import dev.mlwb.analysis.story.ChainLink;
import dev.mlwb.analysis.story.Onset;
import dev.mlwb.analysis.story.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The story as plain lines, for the text and Markdown reports: root causes, what they explain, detection. */
final class StoryText {
    private StoryText() {
    }

    /** Lines without markup; indentation shows what explains what. Empty without findings. */
    static List<String> lines(Story story) {
        List<String> out = new ArrayList<>();
        List<Chain> chains = story.chains();
        for (int i = 0; i < chains.size(); i++) {
            Chain c = chains.get(i);
            out.add((i == 0 ? "Likely root cause: " : "Other root cause: ") + c.root().title() + "  [" + c.root().check()
                    + "]" + onset(c.onset()));
            for (ChainLink l : c.links()) {
                out.add("  ".repeat(l.depth()) + "→ " + l.finding().title() + "  [" + l.finding().check() + "]");
            }
            c.events().forEach(e -> out.add("  ! " + e.kind() + " " + Fmt.time(e.at()) + " UTC: " + e.reason()));
        }
        if (!chains.isEmpty()) {
            out.add(story.firstAlert().map(a -> "First alert: " + Fmt.time(a.at()) + " UTC, " + a.text()
                    + story.timeToDetect().map(d -> "; time to detect " + Fmt.duration(d)).orElse(""))
                    .orElse("First alert: none in the log names the system after the earliest root cause began"));
        }
        return out;
    }

    private static String onset(Optional<Onset> o) {
        return o.map(x -> ", started " + (x.censored() ? "at or before " : "") + Fmt.time(x.at()) + " UTC").orElse("");
    }
}
