package dev.mlwb.app.tools;

import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.chart.PngExport;
import dev.mlwb.app.nav.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sample bundles in a real window and writes a PNG of every view: the overview, every
 * finding, and every check whose evidence no finding shows; each in normal and presentation mode,
 * at 1× (screen-share size) and 2× (4K scaling). Run under Xvfb:
 * {@code mvn -q -pl app exec:java -Dexec.skip=false -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.mlwb.app.tools.ScreenshotTour -Dexec.args="OUT_DIR W H BUNDLE..."}.
 */
public final class ScreenshotTour extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    private static String[] arguments;

    private final List<Runnable> steps = new ArrayList<>();
    private Workbench workbench;
    private Path out;

    public static void main(String[] args) {
        arguments = args;
        Application.launch(ScreenshotTour.class);
    }

    @Override
    public void start(Stage stage) throws Exception {
        out = Path.of(arguments[0]);
        Files.createDirectories(out);
        workbench = Workbench.into(stage, Double.parseDouble(arguments[1]), Double.parseDouble(arguments[2]));
        stage.show();
        for (int i = 3; i < arguments.length; i++) {
            Path bundle = Path.of(arguments[i]);
            steps.add(() -> openThen(bundle));
        }
        steps.add(Platform::exit);
        next();
    }

    private void next() {
        steps.remove(0).run();
    }

    /** Tours a bundle once every check is done and its story is told (the last thing to arrive). */
    private void openThen(Path bundle) {
        workbench.model().storyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends dev.mlwb.analysis.story.Story> o,
                                dev.mlwb.analysis.story.Story was, dev.mlwb.analysis.story.Story is) {
                if (is != null) {
                    o.removeListener(this);
                    afterPulses(10, () -> tour(bundle.getFileName().toString()));
                }
            }
        });
        workbench.model().open(bundle);
    }

    private void tour(String name) {
        LOG.info("{}: {} findings; {}; issues: {}", name, workbench.model().findings().items().size(),
                workbench.model().statusProperty().get(), workbench.model().issues());
        Map<String, Place> places = new LinkedHashMap<>();
        places.put("overview", Place.overview());
        List<Finding> findings = workbench.model().findings().items().stream().map(i -> i.finding()).toList();
        for (int i = 0; i < findings.size(); i++) {
            places.put(String.format(Locale.ROOT, "%02d-%s", i + 1, findings.get(i).check().replace('.', '_')),
                    Place.finding(findings.get(i)));
        }
        for (CheckRun run : workbench.model().reportProperty().get().checks(CheckRun.Status.RAN)) {
            boolean shown = findings.stream().anyMatch(f -> f.check().equals(run.id()));
            if (!shown && !workbench.model().indexProperty().get().forCheck(run.id()).isEmpty()) {
                places.put("check-" + run.id().replace('.', '_'), Place.check(run.id()));
            }
        }
        List<Runnable> shots = new ArrayList<>();
        places.forEach((label, place) -> {
            for (boolean present : new boolean[] {false, true}) {
                String file = name + "-" + label + (present ? "-present" : "");
                shots.add(() -> {
                    workbench.model().presentationProperty().set(present);
                    workbench.model().navigation().go(place);
                    afterPulses(5, () -> {
                        shoot(file);
                        next();
                    });
                });
            }
        });
        shots.add(() -> {
            workbench.model().presentationProperty().set(false);
            next();
        });
        steps.addAll(0, shots);
        next();
    }

    private void shoot(String file) {
        try {
            PngExport.write(workbench.scene().getRoot(), out.resolve(file + ".png"), 1);
            PngExport.write(workbench.scene().getRoot(), out.resolve(file + "@2x.png"), 2);
            // the whole page, scrolled or not, for reviewing every view
            javafx.scene.Node page = workbench.scene().lookup("#content .page-scroll");
            if (page instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                PngExport.write(scroll.getContent(), out.resolve("full-" + file + ".png"), 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void afterPulses(int pulses, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
