package dev.mlwb.app.story;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.story.Chain;
import dev.mlwb.analysis.story.ChainEvent;
import dev.mlwb.analysis.story.ChainLink;
import dev.mlwb.analysis.story.Story;
import dev.mlwb.analysis.story.StoryWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The story the overview opens on: the likely root cause, what it explains (each under what explains it, with the
 * reason), when it started and when it was noticed, then the other root causes. Told once every check is done;
 * until then the status says so.
 */
public final class StoryViewModel {
    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ObservableList<StoryRow> rows = FXCollections.observableArrayList();

    /** Checks are still running: the story waits for all of them. */
    public void waiting(int done, int total) {
        story.set(null);
        rows.clear();
        headline.set("");
        status.set("The story (root cause first, what it explains, when it started) is told once every check is "
                + "done: " + done + " of " + total + " so far.");
    }

    public void failed(String why) {
        story.set(null);
        rows.clear();
        headline.set("");
        status.set("The story could not be told: " + why);
    }

    /** Shows a story built off the FX thread. */
    public void setStory(Story s) {
        story.set(s);
        if (s.chains().isEmpty()) {
            rows.clear();
            headline.set("");
            status.set("No finding, so no root cause: every check that ran found nothing.");
            return;
        }
        status.set("");
        Chain likely = s.chains().get(0);
        boolean same = likely.onset().equals(s.earliestOnset()) && likely.firstAlert().equals(s.firstAlert());
        headline.set(same ? "" : "Across all root causes: " + StoryWords.headline(s));
        rows.setAll(rows(s));
    }

    static List<StoryRow> rows(Story s) {
        List<StoryRow> out = new ArrayList<>();
        List<Chain> chains = s.chains();
        for (int i = 0; i < chains.size(); i++) {
            Chain c = chains.get(i);
            if (i < 2) {
                out.add(new StoryRow(StoryRow.Kind.HEADING, 0, i == 0 ? "Likely root cause"
                        : chains.size() == 2 ? "Another root cause" : "Other root causes", "", Optional.empty()));
            }
            out.add(new StoryRow(StoryRow.Kind.ROOT, 0, c.root().title(), c.root().check(), Optional.of(c.root())));
            out.add(new StoryRow(StoryRow.Kind.WHEN, 0, StoryWords.started(c.onset()),
                    c.onset().map(StoryWords::how).orElse(""), Optional.empty()));
            if (c.onset().isPresent()) {
                out.add(new StoryRow(StoryRow.Kind.WHEN, 0, StoryWords.detection(c.onset(), c.firstAlert(),
                        c.timeToDetect(), "this cause"), "", Optional.empty()));
            }
            for (ChainLink l : c.links()) {
                out.add(new StoryRow(StoryRow.Kind.LINK, l.depth(), l.finding().title(), l.reason(),
                        Optional.of(l.finding())));
            }
            for (ChainEvent e : c.events()) {
                out.add(new StoryRow(StoryRow.Kind.EVENT, 1, e.kind() + " at " + Fmt.time(e.at()) + " UTC: " + e.label(),
                        e.reason(), Optional.empty()));
            }
        }
        return out;
    }

    /** The finding at the head of the likely chain, if the story is told. */
    public Optional<Finding> likelyRoot() {
        return Optional.ofNullable(story.get()).flatMap(Story::likely).map(Chain::root);
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    /** Why there is no story yet, or none at all; empty when it is told. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** When the earliest root cause began, the first alert and the time to detect. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ObservableList<StoryRow> rows() {
        return rows;
    }
}
