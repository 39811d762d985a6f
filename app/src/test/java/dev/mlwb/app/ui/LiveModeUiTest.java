package dev.mlwb.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.live.FindingChanges;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.findings.FindingItem;
import dev.mlwb.app.nav.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Live mode: rows appended to a metrics file of an open bundle raise a new finding on screen within
 * two seconds, while the selected finding, the time range, the history and the scroll position stay.
 */
class LiveModeUiTest extends WorkbenchWindowTest {
    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

    @TempDir
    Path tmp;

    /** A canary that only gets iOS traffic (a traffic-mix finding), per minute. */
    private static Path bundle(Path dir) throws Exception {
        List<String> rows = new ArrayList<>(List.of("ts,variant,platform,reqs,errs,p99 ms,imps,clicks"));
        for (int m = 0; m < 30; m++) {
            rows.addAll(minute(m, 100));
        }
        Files.createDirectories(dir);
        Files.write(dir.resolve("m.csv"), rows);
        Files.writeString(dir.resolve("incident.yaml"), """
                format: mlwb-incident/1
                title: live canary
                arms: {baseline: old, canary: new}
                sources:
                  - role: metrics
                    path: m.csv
                    timestamp: ts
                    arm: variant
                    slices: [platform]
                    metrics: {requests: reqs, errors: errs, latency_p99_ms: p99 ms, impressions: imps, clicks: clicks}
                """);
        return dir;
    }

    private static List<String> minute(int m, double canaryP99) {
        String ts = T0.plusSeconds(60L * m).toString();
        return List.of(ts + ",old,ios,450,0,100.0,3600,144", ts + ",old,android,550,0,100.0,4400,132",
                ts + ",new,ios,400,0," + canaryP99 + ",3200,128");
    }

    private static double range(ScrollPane p) {
        return Math.max(0, p.getContent().getBoundsInLocal().getHeight() - p.getViewportBounds().getHeight());
    }

    @Test
    void appendedRowsRaiseANewFindingWithinTwoSecondsKeepingThePlace(FxRobot robot) throws Exception {
        Path b = bundle(tmp.resolve("live"));
        robot.interact(() -> workbench.live().setPoll(Duration.ofMillis(100)));
        UiSupport.open(robot, workbench, b);
        ListView<FindingItem> list = robot.lookup("#findings-list").queryListView();
        assertThat(list.getItems()).extracting(FindingItem::check).doesNotContain("canary.guardrail-fast");
        Finding selected = list.getItems().get(0).finding();
        TimeRange range = new TimeRange(T0, T0.plusSeconds(3600));
        robot.interact(() -> {
            workbench.model().navigation().go(Place.finding(selected));
            workbench.model().timeRangeProperty().set(range);
            workbench.live().enabledProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.live().watchingProperty().get());
        ScrollPane detail = robot.lookup("#content .page-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> detail.setVvalue(0.5));
        double top = 0.5 * range(detail);
        boolean couldGoBack = workbench.model().navigation().canGoBackProperty().get();

        List<String> more = new ArrayList<>();
        for (int m = 30; m < 38; m++) {
            more.addAll(minute(m, 2000));
        }
        long appended = System.nanoTime();
        Files.write(b.resolve("m.csv"), more, StandardOpenOption.APPEND);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(i -> i.check().equals("canary.guardrail-fast")));
        long millis = (System.nanoTime() - appended) / 1_000_000;
        WaitForAsyncUtils.waitForFxEvents();

        org.slf4j.LoggerFactory.getLogger(LiveModeUiTest.class).info("new finding on screen {} ms after the rows were appended",
                millis);
        assertThat(millis).as("from the append to the new finding on screen").isLessThan(2000);
        FindingItem now = list.getSelectionModel().getSelectedItem();
        assertThat(now).isNotNull();
        assertThat(FindingChanges.identity(now.finding())).isEqualTo(FindingChanges.identity(selected));
        assertThat(workbench.model().navigation().current()).isEqualTo(Place.finding(now.finding()));
        assertThat(workbench.model().navigation().canGoBackProperty().get()).isEqualTo(couldGoBack);
        assertThat(workbench.model().timeRangeProperty().get()).isEqualTo(range);
        assertThat(detail.getVvalue() * range(detail)).as("the page's scroll offset in pixels")
                .isCloseTo(top, org.assertj.core.data.Offset.offset(32.0)); // within a line: the re-checked page may lay out a few px taller
        assertThat(robot.lookup("#live-banner-text").queryAs(Label.class).getText())
                .startsWith("New: CRITICAL P99 latency at or above 500 ms in the canary (new)");
        robot.interact(() -> workbench.model().presentationProperty().set(true));
        assertThat(robot.lookup("#live-badge").queryAs(Label.class).getText()).matches("LIVE · updated \\d+ s ago");
    }
}
