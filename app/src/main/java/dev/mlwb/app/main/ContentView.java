package dev.mlwb.app.main;

import dev.mlwb.app.detail.FindingDetailView;
import dev.mlwb.app.evidence.EvidenceViews;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.nav.Place;
import dev.mlwb.app.overview.OverviewView;
import dev.mlwb.app.page.CheckPageView;
import dev.mlwb.app.page.CheckPageViewModel;
import dev.mlwb.app.page.SubjectPageView;
import dev.mlwb.app.page.SubjectPageViewModel;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The right-hand side: the view of the current place. The overview and the finding detail are
 * built once (the detail when first needed) and kept, so the timeline keeps its zoom; subject and
 * check pages are built on arrival.
 */
public final class ContentView {
    private final MainViewModel model;
    private final EvidenceViews views;
    private final OverviewView overview;
    private FindingDetailView detail;
    private final StackPane root = new StackPane();

    public ContentView(MainViewModel model, EvidenceViews views) {
        this.model = model;
        this.views = views;
        this.overview = new OverviewView(model.overview(), model.navigation(), model.presentationProperty());
        root.setId("content");
        root.getStyleClass().add("content");
        model.navigation().currentProperty().addListener((obs, was, is) -> show(is));
        model.indexProperty().addListener((obs, was, is) -> show(model.navigation().current()));
        show(model.navigation().current());
    }

    /** What the views of the open incident may use; the focus is set by subject pages. */
    ViewContext context() {
        return new ViewContext(model.indexProperty().get(), model.navigation(), model.timeRangeProperty(),
                Optional.empty());
    }

    private void show(Place place) {
        Node view;
        if (place instanceof Place.Overview) {
            view = overview.root();
        } else if (place instanceof Place.FindingPlace) {
            view = detail().root();
        } else if (place instanceof Place.SubjectPlace s) {
            view = new SubjectPageView(new SubjectPageViewModel(s.subject(), model.indexProperty().get()), views,
                    context()).root();
        } else if (place instanceof Place.CheckPlace c) {
            view = new CheckPageView(new CheckPageViewModel(c.checkId(), model.indexProperty().get()), views,
                    context()).root();
        } else {
            throw new IllegalStateException("no view for " + place);
        }
        if (root.getChildren().size() != 1 || root.getChildren().get(0) != view) {
            root.getChildren().setAll(view);
        }
    }

    /** The finding detail, built when the first finding is opened (not on the way to the first findings). */
    private FindingDetailView detail() {
        if (detail == null) {
            detail = new FindingDetailView(model.detail(), model.notes(), views, this::context, model.presentationProperty(),
                    model.attribution());
        }
        return detail;
    }

    public Node root() {
        return root;
    }

    public OverviewView overview() {
        return overview;
    }
}
