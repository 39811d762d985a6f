package dev.mlwb.app.evidence;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.nav.Navigation;
import dev.mlwb.app.nav.Place;
import dev.mlwb.app.session.EvidenceIndex;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;

/**
 * What an evidence view may use besides its evidence: the whole report's evidence (to show the
 * other features of a drift check, the lane of a linked replica), navigation (subjects are links),
 * the time range every time chart shares, and the subject to bring forward when the view was
 * reached through a link.
 */
public record ViewContext(EvidenceIndex index, Navigation navigation, ObjectProperty<TimeRange> timeRange,
                          Optional<Subject> focus) {

    /** The same context with another focus. */
    public ViewContext focusing(Optional<Subject> subject) {
        return new ViewContext(index, navigation, timeRange, subject);
    }

    /** The focused subject's value if it is of this kind, e.g. the feature name for {@code feature}. */
    public Optional<String> focus(String kind) {
        return focus.filter(s -> s.kind().equals(kind)).map(Subject::value);
    }

    /** Opens everything about a subject. */
    public void open(Subject s) {
        navigation.go(Place.subject(s));
    }
}
