package dev.mlwb.app.tools;

import dev.mlwb.app.SampleCopy;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.chart.PngExport;
import dev.mlwb.app.draft.FileRow;
import dev.mlwb.app.nav.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Screenshots of the draft form and of live mode: copies a sample without its manifest, opens it
 * (the draft form appears), saves the draft, turns live mode on, appends a few minutes of breaching
 * rows to the metrics file and shoots the banner and presentation mode's LIVE badge. Run under Xvfb:
 * {@code java -cp TEST_CLASSPATH dev.mlwb.app.tools.DraftLiveTour OUT_DIR W H SAMPLE_DIR} (the class path of
 * {@code mvn -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test} and the modules'
 * classes folders). The main class is not an {@link Application}, so JavaFX may sit on the class path.
 */
public final class DraftLiveTour {
    private static String[] arguments;

    private DraftLiveTour() {
    }

    public static void main(String[] args) {
        arguments = args;
        Application.launch(Tour.class);
    }

    /** The tour itself. */
    public static final class Tour extends Application {
        private Workbench workbench;
        private Path out;
        private Path folder;

        @Override
        public void start(Stage stage) throws Exception {
            out = Path.of(arguments[0]);
            Files.createDirectories(out);
            Path sample = Path.of(arguments[3]);
            folder = SampleCopy.withoutManifest(sample,
                    Files.createTempDirectory("mlwb-tour-").resolve(sample.getFileName()));
            workbench = Workbench.into(stage, Double.parseDouble(arguments[1]), Double.parseDouble(arguments[2]));
            stage.show();
            workbench.live().setPoll(Duration.ofMillis(200));
            workbench.view().open(folder);
            when(() -> draft().flatMap(s -> text(s, "#draft-coverage")).filter(t -> t.contains(" of 19")).isPresent(), () -> {
                Scene s = draft().orElseThrow();
                @SuppressWarnings("unchecked")
                ListView<FileRow> files = (ListView<FileRow>) s.lookup("#draft-files");
                files.getItems().stream().filter(r -> r.role().equals("METRICS")).findFirst()
                        .ifPresent(r -> files.getSelectionModel().select(r));
                after(8, () -> {
                    shoot(s, "draft-form");
                    ((Button) s.lookup("#draft-save")).fire();
                    when(() -> workbench.model().reportProperty().get() != null && !workbench.model().runningProperty().get()
                            && draft().isEmpty(), this::live);
                });
            });
        }

        private void live() {
            workbench.model().navigation().go(Place.finding(workbench.model().findings().items().get(0).finding()));
            workbench.live().enabledProperty().set(true);
            when(() -> workbench.live().watchingProperty().get(), () -> {
                appendBreach();
                when(() -> !workbench.live().bannerProperty().get().isEmpty(), () -> after(90, () -> {
                    shoot(workbench.scene(), "live-banner");
                    workbench.model().presentationProperty().set(true);
                    after(120, () -> {
                        shoot(workbench.scene(), "live-presentation");
                        Platform.exit();
                    });
                }));
            });
        }

        /** Five more minutes in which the (rolled back) baseline's p99 is 900 ms on every platform and region. */
        private void appendBreach() {
            List<String> rows = new ArrayList<>();
            Instant t = Instant.parse("2026-01-15T14:00:00Z");
            for (int m = 0; m < 5; m++) {
                for (String os : List.of("ios", "android")) {
                    for (String geo : List.of("na", "eu", "apac", "latam")) {
                        rows.add(t.plusSeconds(60L * m) + ",v41," + os + "," + geo + ",400,1,40.0,900.0,60.0,62.0,3200,120,12");
                    }
                }
            }
            try {
                Files.write(folder.resolve("metrics/serving_by_minute.csv"), rows, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static java.util.Optional<Scene> draft() {
            return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                    && s.getTitle().startsWith("Draft a manifest")).map(Window::getScene).findFirst();
        }

        private static java.util.Optional<String> text(Scene s, String id) {
            return s.lookup(id) instanceof Label l ? java.util.Optional.of(l.getText()) : java.util.Optional.empty();
        }

        private void shoot(Scene scene, String name) {
            try {
                PngExport.write(scene.getRoot(), out.resolve(name + ".png"), 1);
                PngExport.write(scene.getRoot(), out.resolve(name + "@2x.png"), 2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Runs {@code then} once {@code done} holds (checked every pulse). */
        private static void when(BooleanSupplier done, Runnable then) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (done.getAsBoolean()) {
                        stop();
                        then.run();
                    }
                }
            }.start();
        }

        private static void after(int pulses, Runnable then) {
            int[] seen = {0};
            when(() -> ++seen[0] >= pulses, then);
        }

        @Override
        public void stop() {
            if (workbench != null) {
                workbench.close();
            }
        }
    }
}
