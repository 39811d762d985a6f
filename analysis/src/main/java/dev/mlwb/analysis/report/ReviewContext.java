package dev.mlwb.analysis.report;

import dev.mlwb.analysis.attribution.Attribution;
import dev.mlwb.analysis.attribution.AttributionQuery;
import dev.mlwb.analysis.attribution.Attributor;
import dev.mlwb.analysis.attribution.WindowAttribution;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.story.Story;
import dev.mlwb.analysis.story.StoryBuilder;
import dev.mlwb.analysis.timeline.IncidentTimeline;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a review report carries besides the findings: the analyst's notes, the incident's timeline, its story
 * (root causes, onsets, time to detect) and, per finding, what explains its window.
 */
public record ReviewContext(FindingNotes notes, Optional<IncidentTimeline> timeline, Story story,
                            Map<Finding, Attribution> attributions) {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewContext.class);
    static final int MAX_ATTRIBUTIONS = 30;

    /** Notes only: no timeline, no story. */
    public static final ReviewContext NONE = new ReviewContext(FindingNotes.NONE, Optional.empty(), Story.EMPTY,
            Map.of());

    public ReviewContext {
        attributions = Collections.unmodifiableMap(new IdentityHashMap<>(attributions));
    }

    public static ReviewContext notes(FindingNotes notes) {
        return new ReviewContext(notes, Optional.empty(), Story.EMPTY, Map.of());
    }

    public ReviewContext withNotes(FindingNotes n) {
        return new ReviewContext(n, timeline, story, attributions);
    }

    public Optional<Attribution> attribution(Finding f) {
        return Optional.ofNullable(attributions.get(f));
    }

    /**
     * Everything a review needs from an analysed incident: its timeline, story and attributions (a few queries
     * per finding).
     *
     * @throws SQLException if the events or datasets cannot be read
     */
    public static ReviewContext build(IncidentData data, CheckReport report, FindingNotes notes) throws SQLException {
        IncidentTimeline timeline = IncidentTimeline.of(data, report);
        Story story = StoryBuilder.build(data, report);
        return new ReviewContext(notes, Optional.of(timeline), story, attributions(data, report));
    }

    /**
     * What explains each finding's window, for the findings about a metric that slices or categories can split (the
     * {@value #MAX_ATTRIBUTIONS} most severe: one aggregate query each).
     */
    public static Map<Finding, Attribution> attributions(IncidentData data, CheckReport report) {
        Map<Finding, Attribution> out = new IdentityHashMap<>();
        for (Finding f : report.findings()) {
            if (out.size() >= MAX_ATTRIBUTIONS) {
                break;
            }
            try {
                Optional<AttributionQuery> q = WindowAttribution.forFinding(data, f);
                if (q.isPresent()) {
                    Attribution a = Attributor.run(data.db(), q.get());
                    if (Double.isFinite(a.difference()) && !a.ranked().isEmpty()) {
                        out.put(f, a);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("could not attribute the window of {}: {}", f.title(), e.getMessage());
            }
        }
        return out;
    }
}
