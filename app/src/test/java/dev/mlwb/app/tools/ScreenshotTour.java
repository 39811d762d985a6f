package dev.mlwb.app.tools;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.chart.PngExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens sample bundles in a real window and writes a PNG of every finding's detail, at 1×
 * (screen-share size) and 2× (4K scaling). Run under Xvfb:
 * {@code mvn -q -pl app exec:java -Dexec.skip=false -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.mlwb.app.tools.ScreenshotTour -Dexec.args="OUT_DIR W H BUNDLE..."}.
 */
public final class ScreenshotTour extends Application {
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
        System.err.println("tour: start " + java.util.Arrays.toString(arguments));
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

    private void openThen(Path bundle) {
        workbench.model().firstFindingsShownProperty();
        workbench.model().runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) {
                    o.removeListener(this);
                    shootFindings(bundle.getFileName().toString());
                }
            }
        });
        workbench.model().open(bundle);
    }

    private void shootFindings(String name) {
        List<Finding> findings = workbench.model().findings().items().stream().map(i -> i.finding()).toList();
        System.err.println(name + ": " + findings.size() + " findings; status: " + workbench.model().statusProperty().get()
                + "; issues: " + workbench.model().issues());
        List<Runnable> shots = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String file = String.format(Locale.ROOT, "%s-%02d-%s", name, i + 1, f.check().replace('.', '_'));
            shots.add(() -> {
                workbench.model().findings().selectedProperty().set(f);
                afterPulses(4, () -> {
                    shoot(file);
                    next();
                });
            });
        }
        steps.addAll(0, shots);
        next();
    }

    private void shoot(String file) {
        try {
            PngExport.write(workbench.scene().getRoot(), out.resolve(file + ".png"), 1);
            PngExport.write(workbench.scene().getRoot(), out.resolve(file + "@2x.png"), 2);
            javafx.scene.Node detail = workbench.scene().lookup("#detail-evidence");
            if (detail != null) {
                PngExport.write(detail, out.resolve(file + "-evidence.png"), 1);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
