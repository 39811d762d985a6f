package dev.mlwb.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.analysis.report.ReviewContext;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import dev.mlwb.app.chart.PngExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The HTML review report, rendered by a real browser engine (JavaFX's WebView, WebKit): it loads offline from one
 * file, fetches nothing, draws its charts, and opens on the story. A PNG of each render is kept in
 * {@code app/target/report-render/} for looking at.
 */
@ExtendWith(ApplicationExtension.class)
class ReportRenderUiTest {
    private static final Path OUT = Path.of("target", "report-render");

    private WebView web;

    @Start
    void start(Stage stage) {
        web = new WebView();
        // no taller than a screen: Monocle's headless screen is 1280×800, and a larger window overflows its painter
        stage.setScene(new Scene(web, 1280, 800));
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(strings = {"canary-contamination", "cold-start", "silent-imputation"})
    void theReportRendersOfflineWithItsStoryAndCharts(String sample, FxRobot robot) throws Exception {
        Path html = OUT.resolve(sample + ".html");
        try (Analysis.Result r = Analysis.run(UiSupport.sample(sample), CheckCatalog.standardSuite(), Progress.NONE,
                Cancellation.none())) {
            ReviewContext context = ReviewContext.build(r.data(), r.report(), FindingNotes.NONE);
            Files.createDirectories(OUT);
            Files.writeString(html, ReportFormat.HTML.render(r.report(), false, context));
        }
        AtomicReference<Worker.State> state = new AtomicReference<>();
        robot.interact(() -> {
            web.getEngine().getLoadWorker().stateProperty().addListener((o, was, is) -> state.set(is));
            web.getEngine().load(html.toUri().toString());
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.get() == Worker.State.SUCCEEDED
                || state.get() == Worker.State.FAILED);
        assertThat(state.get()).isEqualTo(Worker.State.SUCCEEDED);
        AtomicReference<Object> svgs = new AtomicReference<>();
        AtomicReference<Object> external = new AtomicReference<>();
        AtomicReference<Object> firstHeading = new AtomicReference<>();
        AtomicReference<Object> drawnWidth = new AtomicReference<>();
        robot.interact(() -> {
            svgs.set(web.getEngine().executeScript("document.querySelectorAll('svg').length"));
            external.set(web.getEngine().executeScript("document.querySelectorAll('script, link, img, iframe, "
                    + "[src], [href^=\"http\"]').length"));
            firstHeading.set(web.getEngine().executeScript("document.querySelector('h2').textContent"));
            drawnWidth.set(web.getEngine().executeScript("document.querySelector('svg').getBBox().width"));
        });
        assertThat(((Number) svgs.get()).intValue()).as("inline SVG charts").isGreaterThan(3);
        assertThat(((Number) external.get()).intValue()).as("anything fetched from outside the file").isZero();
        assertThat(firstHeading.get()).isEqualTo("Likely root cause");
        assertThat(((Number) drawnWidth.get()).doubleValue()).as("the first chart is laid out").isGreaterThan(100);

        // the first three screens of the page, as PNGs to look at
        for (int page = 0; page < 3; page++) {
            int top = page * 760;
            robot.interact(() -> web.getEngine().executeScript("window.scrollTo(0, " + top + ")"));
            CountDown pulses = new CountDown(6);
            robot.interact(pulses::start);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, pulses::done);
            Path png = OUT.resolve(sample + "-" + (page + 1) + ".png");
            AtomicReference<WritableImage> shot = new AtomicReference<>();
            robot.interact(() -> {
                try {
                    PngExport.write(web, png, 1);
                    shot.set(web.snapshot(null, null));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(png).exists();
            assertThat(distinctColours(shot.get())).as("a rendered page, not a blank one").isGreaterThan(20);
        }
    }

    private static int distinctColours(WritableImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 7) {
            for (int x = 0; x < (int) image.getWidth(); x += 7) {
                colours.add(image.getPixelReader().getArgb(x, y));
            }
        }
        return colours.size();
    }

    /** Waits a few pulses so WebKit has painted. */
    private static final class CountDown {
        private int left;
        private volatile boolean done;

        CountDown(int pulses) {
            left = pulses;
        }

        void start() {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (--left <= 0) {
                        stop();
                        done = true;
                    }
                }
            }.start();
        }

        boolean done() {
            return done;
        }
    }
}
