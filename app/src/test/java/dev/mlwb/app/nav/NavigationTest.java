package dev.mlwb.app.nav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import org.junit.jupiter.api.Test;

class NavigationTest {
    @Test
    void backAndForwardWalkTheHistoryLikeABrowser() {
        Navigation nav = new Navigation();
        Finding f = Finding.builder("data.drift", Severity.CRITICAL, "x drifted").build();
        assertThat(nav.current()).isEqualTo(Place.overview());
        assertThat(nav.canGoBackProperty().get()).isFalse();
        nav.go(Place.finding(f));
        nav.go(Place.subject(Subject.feature("x")));
        nav.go(Place.subject(Subject.feature("x")));
        nav.back();
        assertThat(nav.current()).isEqualTo(Place.finding(f));
        assertThat(nav.canGoForwardProperty().get()).isTrue();
        nav.back();
        assertThat(nav.current()).isEqualTo(Place.overview());
        nav.back();
        assertThat(nav.current()).isEqualTo(Place.overview());
        nav.forward();
        nav.forward();
        assertThat(nav.current()).isEqualTo(Place.subject(Subject.feature("x")));
        nav.back();
        nav.go(Place.check("data.drift"));
        assertThat(nav.canGoForwardProperty().get()).isFalse();
        nav.reset(Place.overview());
        assertThat(nav.canGoBackProperty().get()).isFalse();
    }

    @Test
    void findingPlacesAreTheSameFindingNotAnEqualOne() {
        Finding a = Finding.builder("c", Severity.INFO, "same").build();
        Finding b = Finding.builder("c", Severity.INFO, "same").build();
        assertThat(Place.finding(a)).isEqualTo(Place.finding(a)).isNotEqualTo(Place.finding(b));
        assertThat(Place.subject(Subject.replica("r1")).label()).isEqualTo("replica r1");
    }
}
