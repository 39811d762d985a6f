package dev.mlwb.app.story;

import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * "What explains this window": the ranked values as horizontal bars (how much each moved the metric, the first in
 * the alarm colour, negative to the left of zero) and as a table with their share of the difference, their share
 * of traffic, the metric within them and its rate and mix parts.
 */
public final class AttributionView {
    private static final double BAR = 420;

    private final AttributionViewModel model;
    private final GridPane bars = new GridPane();
    private final TablePane<AttributionViewModel.Row> table;
    private final EvidencePane root;

    public AttributionView(AttributionViewModel model) {
        this.model = model;
        bars.setId("attribution-bars");
        bars.setHgap(10);
        bars.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setHalignment(HPos.RIGHT);
        bars.getColumnConstraints().addAll(label, new ColumnConstraints(BAR + 4), new ColumnConstraints());
        TableColumn<AttributionViewModel.Row, String> value = Tables.textColumn("Value", AttributionViewModel.Row::value);
        value.setMinWidth(160);
        List<TableColumn<AttributionViewModel.Row, ?>> columns = List.of(value,
                Tables.numberColumn("Moved it", AttributionViewModel.Row::moved, AttributionViewModel.Row::contribution),
                Tables.numberColumn("Share", AttributionViewModel.Row::share, AttributionViewModel.Row::accounts),
                Tables.textColumn("Beyond its traffic", AttributionViewModel.Row::beyond),
                Tables.textColumn("Traffic now / before", AttributionViewModel.Row::traffic),
                Tables.textColumn("Metric now / before", AttributionViewModel.Row::metric),
                Tables.textColumn("Rate part", AttributionViewModel.Row::rateEffect),
                Tables.textColumn("Mix part", AttributionViewModel.Row::mixEffect));
        table = new TablePane<>("attribution-table", columns, AttributionViewModel.Row::value);
        table.setVisibleRows(8);
        Label status = new Label();
        status.setId("attribution-status");
        status.getStyleClass().add("caption");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label headline = new Label();
        headline.setId("attribution-headline");
        headline.getStyleClass().add("summary");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        root = new EvidencePane("attribution", "What explains this window", "Select a time range on a chart of this "
                + "finding (drag or wheel) to ask about that range; without one, the finding's own comparison is "
                + "split. Now / before: the current group against the baseline.", status, headline, bars, table);
        model.rows().addListener((ListChangeListener<AttributionViewModel.Row>) c -> show());
        show();
    }

    private void show() {
        boolean any = !model.rows().isEmpty();
        bars.setVisible(any);
        bars.setManaged(any);
        table.setVisible(any);
        table.setManaged(any);
        bars.getChildren().clear();
        if (!any) {
            return;
        }
        double[] moved = model.moved();
        double up = 0;
        double down = 0;
        for (double v : moved) {
            up = Math.max(up, v);
            down = Math.max(down, -v);
        }
        double scale = BAR / Math.max(1e-12, up + down);
        double zeroAt = down * scale;
        String unit = model.unit().isEmpty() ? "" : " " + model.unit();
        for (int i = 0; i < moved.length; i++) {
            Label name = new Label(model.labels().get(i));
            name.getStyleClass().add(i == 0 ? "attribution-top" : "attribution-value");
            name.setMinWidth(Region.USE_PREF_SIZE);
            double w = Math.max(1, Math.abs(moved[i]) * scale);
            Rectangle r = new Rectangle(w, 16, Color.web(i == 0 ? Palette.BAD : Palette.BLUE));
            Region left = new Region();
            left.setPrefWidth(moved[i] < 0 ? zeroAt - w : zeroAt);
            left.setMinWidth(Region.USE_PREF_SIZE);
            Rectangle zero = new Rectangle(1.5, 20, Color.web("#555555"));
            HBox bar = moved[i] < 0 ? new HBox(0, left, r, zero) : new HBox(0, left, zero, r);
            bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label number = new Label(String.format(Locale.ROOT, "%+.3g", moved[i]) + unit);
            number.getStyleClass().add("caption");
            bars.addRow(i, name, bar, number);
        }
        GridPane.setHgrow(bars, Priority.NEVER);
        table.setRows(List.copyOf(model.rows()));
    }

    public Node root() {
        return root;
    }
}
