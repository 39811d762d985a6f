package dev.mlwb.app.main;

import dev.mlwb.analysis.attribution.Attribution;
import dev.mlwb.analysis.attribution.Attributor;
import dev.mlwb.analysis.attribution.WindowAttribution;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.io.AtomicFiles;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.analysis.report.ReviewContext;
import dev.mlwb.analysis.story.Story;
import dev.mlwb.analysis.story.StoryBuilder;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.session.AnalysisService;
import dev.mlwb.app.story.AttributionViewModel;
import dev.mlwb.app.story.StoryViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open incident's story and what explains a window, computed on the analysis thread: the story once every
 * check is done (it then reaches the overview and the finding detail), attributions on demand, and the review
 * exports, which carry the story, the timeline and the attributions.
 */
final class ReviewSession {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewSession.class);

    private final AnalysisService service;
    private final StoryViewModel storyModel;
    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final AttributionViewModel attribution;

    ReviewSession(AnalysisService service, StoryViewModel storyModel) {
        this.service = service;
        this.storyModel = storyModel;
        this.attribution = new AttributionViewModel(this::attribute);
    }

    /** Checks are running: no story yet. */
    void waiting(int done, int total) {
        story.set(null);
        storyModel.waiting(done, total);
    }

    /**
     * Every check is done: tells the story of the open report, off the FX thread; it arrives once, unless another
     * incident was opened meanwhile ({@code stillOpen}).
     */
    void tell(java.util.function.BooleanSupplier stillOpen, Runnable told) {
        Task<Story> t = service.query("incident story", r -> StoryBuilder.build(r.data(), r.report()));
        t.setOnSucceeded(e -> {
            if (stillOpen.getAsBoolean()) {
                story.set(t.getValue());
                storyModel.setStory(t.getValue());
                told.run();
            }
        });
        t.setOnFailed(e -> {
            LOG.warn("the story could not be told", t.getException());
            storyModel.failed(t.getException() == null ? "unknown error" : t.getException().getMessage());
        });
    }

    private void attribute(Finding f, Optional<TimeRange> range, Consumer<Optional<Attribution>> done,
                           Consumer<String> failed) {
        Task<Optional<Attribution>> t = service.query("what explains this window", r -> {
            var q = WindowAttribution.forSelection(r.data(), f, range);
            return q.isEmpty() ? Optional.<Attribution>empty() : Optional.of(Attributor.run(r.data().db(), q.get()));
        });
        t.setOnSucceeded(e -> done.accept(t.getValue()));
        t.setOnFailed(e -> failed.accept(t.getException() == null ? "unknown error" : t.getException().getMessage()));
    }

    /**
     * Writes the open report in a format with its story, timeline, attributions and the notes, atomically, on the
     * analysis thread; then {@code done} gets an error message, or empty on success (on the FX thread).
     */
    void export(Path target, ReportFormat format, FindingNotes notes, Consumer<Optional<String>> done) {
        Story told = story.get();
        Task<Path> t = service.query("export " + format.key(), r -> {
            Story s = told != null ? told : StoryBuilder.build(r.data(), r.report());
            ReviewContext context = new ReviewContext(notes, Optional.of(r.timeline()), s,
                    ReviewContext.attributions(r.data(), r.report()));
            AtomicFiles.write(target, format.render(r.report(), false, context));
            return target;
        });
        t.setOnSucceeded(e -> done.accept(Optional.empty()));
        t.setOnFailed(e -> done.accept(Optional.of("Could not write " + target + ": "
                + (t.getException() == null ? "unknown error" : t.getException().getMessage()))));
    }

    ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    AttributionViewModel attribution() {
        return attribution;
    }
}
