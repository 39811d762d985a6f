package dev.mlwb.app.ui;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.nav.Place;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening samples, going places and reading charts and tables, for the workbench's UI tests. */
final class UiSupport {
    static final Path SAMPLES = Path.of(System.getProperty("mlwb.samples.dir", "../sample-incidents"));

    private UiSupport() {
    }

    static Path sample(String name) {
        return SAMPLES.resolve(name);
    }

    /** Opens a bundle and waits until its findings (or its load errors) and its timeline are shown. */
    static void open(FxRobot robot, Workbench w, Path bundle) throws Exception {
        robot.interact(() -> w.model().open(bundle));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !w.model().runningProperty().get()
                && w.model().reportProperty().get() != null
                && !w.model().overview().timelineStatusProperty().get().startsWith("Building")
                || !w.model().runningProperty().get() && !w.model().issues().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void go(FxRobot robot, Workbench w, Place place) {
        robot.interact(() -> w.model().navigation().go(place));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Goes to the first finding of a check. */
    static Finding goToFinding(FxRobot robot, Workbench w, String check) {
        Finding f = w.model().reportProperty().get().findings(check).get(0);
        go(robot, w, Place.finding(f));
        return f;
    }

    static <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    @SuppressWarnings("unchecked")
    static <R> TableView<R> table(FxRobot robot, String id) {
        return (TableView<R>) robot.lookup("#" + id).queryAs(TableView.class);
    }

    /** Every data set a chart draws, over all its renderers. */
    static List<DataSet> dataSets(FxRobot robot, String id) {
        XYChart chart = robot.lookup("#" + id).queryAs(XYChart.class);
        return chart.getRenderers().stream().flatMap(r -> r.getDatasets().stream()).toList();
    }

    static List<String> dataSetNames(FxRobot robot, String id) {
        return dataSets(robot, id).stream().map(DataSet::getName).toList();
    }

    /** Points with a value (not NaN) over all the chart's data sets. */
    static long points(FxRobot robot, String id) {
        long n = 0;
        for (DataSet d : dataSets(robot, id)) {
            for (int i = 0; i < d.getDataCount(); i++) {
                if (!Double.isNaN(d.get(DataSet.DIM_Y, i))) {
                    n++;
                }
            }
        }
        return n;
    }
}
