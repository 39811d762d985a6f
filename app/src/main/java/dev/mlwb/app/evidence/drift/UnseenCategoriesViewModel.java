package dev.mlwb.app.evidence.drift;

import dev.mlwb.analysis.evidence.CategoryCount;
import dev.mlwb.analysis.evidence.UnseenCategories;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import java.util.List;
import java.util.Set;

/** The categories of a feature that the encoder (or the reference) does not know, beside the known ones. */
public final class UnseenCategoriesViewModel {
    private final UnseenCategories u;

    public UnseenCategoriesViewModel(UnseenCategories unseen) {
        this.u = unseen;
    }

    public String title() {
        return u.title();
    }

    public String caption() {
        return Fmt.count(u.unseenRows()) + " of " + Fmt.count(u.rows()) + " " + u.dataset() + " rows ("
                + Fmt.pct(u.unseenShare()) + ") hold one of " + u.distinctUnseen() + " categories unknown to the "
                + u.knownFrom() + " (" + u.distinctKnown() + " known)."
                + (u.identifierLike() ? " The column looks like an identifier: new values are expected." : "");
    }

    public List<CategoryCount> values() {
        return u.values();
    }

    public List<String> categories() {
        return u.values().stream().map(CategoryCount::value).toList();
    }

    /** Shares of rows (%): known categories in blue, unseen ones in vermillion, in one slot. */
    public List<Bars> bars() {
        double[] known = u.values().stream().mapToDouble(c -> c.unseen() ? Double.NaN : 100 * c.share()).toArray();
        double[] unseen = u.values().stream().mapToDouble(c -> c.unseen() ? 100 * c.share() : Double.NaN).toArray();
        List<String> tips = u.values().stream().map(c -> c.value() + (c.unseen() ? " (unseen)" : "") + ": "
                + Fmt.count(c.rows()) + " rows, " + Fmt.pct(c.share())).toList();
        return List.of(new Bars("known category", Palette.BLUE, known, 0, tips),
                new Bars("unseen category", Palette.BAD, unseen, 0, tips));
    }

    public static Set<String> states(CategoryCount c) {
        return c.unseen() ? Set.of("bad") : Set.of();
    }

    public String feature() {
        return u.feature();
    }
}
