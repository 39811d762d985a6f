package dev.mlwb.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.app.chart.LineChart;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Line;
import dev.mlwb.app.chart.model.Mark;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Event labels a few minutes apart stack instead of printing over each other; date labels keep their distance. */
@ExtendWith(ApplicationExtension.class)
class ChartLabelsUiTest {
    private static final double T0 = 1_768_899_600; // 2026-01-20 09:00 UTC, in epoch seconds
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 900, 400));
        stage.show();
    }

    @Test
    void eventLabelsCloseTogetherStackAndStayApart(FxRobot robot) {
        double[] x = new double[121];
        double[] y = new double[121];
        for (int i = 0; i < x.length; i++) {
            x[i] = T0 + 60.0 * i;
            y[i] = 99.5;
        }
        // rollback at 10:52, deploy at 10:56, a breach band from 10:52 to 11:00 (the rollback-incompatibility sample)
        List<Mark> marks = List.of(Mark.xLine(T0 + 112 * 60, "rollback", "mark-event"),
                Mark.xLine(T0 + 116 * 60, "deploy", "mark-event"),
                Mark.band(T0 + 112 * 60, T0 + 120 * 60, "breach", "mark-critical"),
                Mark.xLine(T0 + 30 * 60, "canary start", "mark-event"));
        List<XYChart> built = new ArrayList<>();
        robot.interact(() -> {
            XYChart c = LineChart.overTime("success rate", "%", List.of(Line.of("v1", Palette.BLUE, x, y, List.of())), marks);
            built.add(c);
            root.getChildren().setAll(c);
        });
        WaitForAsyncUtils.waitForFxEvents();
        XYChart chart = built.get(0);

        List<Label> labels = new ArrayList<>();
        for (Node n : chart.lookupAll(".value-indicator-label")) {
            labels.add((Label) n);
        }
        for (Node n : chart.lookupAll(".range-indicator-label")) {
            labels.add((Label) n);
        }
        assertThat(labels).extracting(Label::getText).contains("rollback", "deploy", "breach", "canary start");
        List<Label> close = labels.stream().filter(l -> List.of("rollback", "deploy", "breach").contains(l.getText()))
                .toList();
        for (int i = 0; i < close.size(); i++) {
            for (int j = i + 1; j < close.size(); j++) {
                Bounds a = close.get(i).getBoundsInParent();
                Bounds b = close.get(j).getBoundsInParent();
                assertThat(a.intersects(b)).as("%s over %s", close.get(i).getText(), close.get(j).getText()).isFalse();
            }
        }
        // the far-away event keeps its row at the foot of the chart
        Label start = labels.stream().filter(l -> l.getText().equals("canary start")).findFirst().orElseThrow();
        assertThat(start.getTranslateY()).isZero();
        assertThat(close).anyMatch(l -> l.getTranslateY() < 0);

        DefaultNumericAxis time = (DefaultNumericAxis) chart.getXAxis();
        assertThat(time.getMaxMajorTickLabelCount()).isEqualTo((int) (time.getWidth() / 150));
    }
}
