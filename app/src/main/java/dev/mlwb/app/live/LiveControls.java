package dev.mlwb.app.live;

import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Live mode's pieces of the window: the LIVE toggle with how long ago the data was updated (toolbar),
 * the banner announcing new and cleared findings, and the badge of presentation mode. A one-second
 * ticker keeps the age current.
 */
public final class LiveControls {
    private final LiveViewModel model;
    private final Timeline ticker;

    public LiveControls(LiveViewModel model) {
        this.model = model;
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick(Instant.now())));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** The toolbar's toggle and age. */
    public Node toggle() {
        ToggleButton live = new ToggleButton("LIVE");
        live.setId("live-toggle");
        live.getStyleClass().add("live-toggle");
        live.setFocusTraversable(false);
        live.setTooltip(new Tooltip("Live mode: check again whenever the bundle's files change or its live sources "
                + "(Prometheus, MLflow) are due, keeping your place"));
        live.selectedProperty().bindBidirectional(model.enabledProperty());
        live.setMinWidth(Region.USE_PREF_SIZE);
        Label age = new Label();
        age.setId("live-age");
        age.getStyleClass().add("live-age");
        age.textProperty().bind(Bindings.createStringBinding(() -> model.badgeProperty().get().replace("LIVE · ", ""),
                model.badgeProperty()));
        age.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, live, age);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** The transient banner of what the last re-check changed. */
    public Node banner() {
        Label text = new Label();
        text.setId("live-banner-text");
        text.textProperty().bind(model.bannerProperty());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("✕");
        dismiss.setFocusTraversable(false);
        dismiss.setTooltip(new Tooltip("Dismiss"));
        dismiss.setOnAction(e -> model.dismissBanner());
        HBox bar = new HBox(10, text, dismiss);
        bar.setId("live-banner");
        bar.getStyleClass().add("live-banner");
        bar.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** {@code LIVE · updated 12 s ago}, for presentation mode's bar. */
    public Node badge() {
        Label badge = new Label();
        badge.setId("live-badge");
        badge.getStyleClass().add("live-badge");
        badge.textProperty().bind(model.badgeProperty());
        badge.visibleProperty().bind(model.badgeProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    /** The last re-check, for the status bar. */
    public Node status() {
        Label status = new Label();
        status.setId("live-status");
        status.getStyleClass().add("caption");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.enabledProperty().and(model.statusProperty().isNotEmpty()));
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    public void stop() {
        ticker.stop();
    }
}
