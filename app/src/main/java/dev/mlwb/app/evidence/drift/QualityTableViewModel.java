package dev.mlwb.app.evidence.drift;

import dev.mlwb.analysis.evidence.QualityRow;
import dev.mlwb.analysis.evidence.QualityTable;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;
import java.util.Set;

/** Nulls, ranges and types of every feature against the reference, worst first. */
public final class QualityTableViewModel {
    private final QualityTable q;

    public QualityTableViewModel(QualityTable table) {
        this.q = table;
    }

    public String title() {
        return q.title();
    }

    public String caption() {
        long bad = q.rows().stream().filter(r -> !r.verdict().equals("ok")).count();
        return q.reference() + " (" + Fmt.count(q.referenceRows()) + " rows) against " + q.current() + " ("
                + Fmt.count(q.currentRows()) + " rows): " + bad + " of " + q.rows().size()
                + " features with a problem (null rate, values outside the reference's range, type changes).";
    }

    public List<QualityRow> rows() {
        return q.rows();
    }

    public static String nulls(QualityRow r) {
        return Fmt.pct(r.referenceNullShare()) + " → " + Fmt.pct(r.currentNullShare());
    }

    public static String range(QualityRow r) {
        return Double.isNaN(r.referenceMin()) ? "—" : "[" + Fmt.num(r.referenceMin(), 4) + ", "
                + Fmt.num(r.referenceMax(), 4) + "]";
    }

    public static String types(QualityRow r) {
        return r.typeChanged() ? r.referenceType() + " → " + r.currentType() : r.currentType();
    }

    public static String outside(QualityRow r) {
        return Fmt.count(r.currentBelow()) + " below, " + Fmt.count(r.currentAbove()) + " above ("
                + Fmt.pct(r.outOfRangeShare()) + ")";
    }

    public static Set<String> states(QualityRow r) {
        return switch (r.verdict()) {
            case "critical" -> Set.of("bad");
            case "warning" -> Set.of("warn");
            default -> Set.of();
        };
    }

    public static String searchText(QualityRow r) {
        return r.feature() + " " + r.verdict() + " " + types(r);
    }
}
