package dev.mlwb.app.story;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.story.FeatureHealth;
import dev.mlwb.app.nav.Place;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The feature health matrix: a row per feature, a column per data check (drift, unseen, imputation, quality,
 * skew, leakage), each cell the worst severity with its number. A cell with a finding opens the finding; a cell
 * the check passed opens everything about the feature; a skipped check's cells open the check (why it was skipped).
 */
public final class FeatureMatrixViewModel {
    /** Severity as a glyph as well as a colour: ✖ critical, ▲ warning, ● info (the legend says so). */
    private static final java.util.Map<FeatureHealth.Status, String> GLYPH = java.util.Map.of(
            FeatureHealth.Status.CRITICAL, "✖ ", FeatureHealth.Status.WARNING, "▲ ", FeatureHealth.Status.INFO, "● ");
    /** What the glyphs and colours mean. */
    public static final String LEGEND = "✖ critical   ▲ warning   ● info   ✓ nothing found   — not examined";

    /** Rows drawn at most: every feature with a finding, then clean ones up to this many (a grid of links is costly). */
    public static final int MAX_ROWS = 40;

    private final List<String> columns;
    private final List<Row> rows;
    private final String skipped;
    private final int hidden;

    /** One cell: its text, its status as a style key, a tooltip, and where clicking it goes. */
    public record Cell(String text, String status, String tooltip, Optional<Place> target) {
    }

    /** One feature. */
    public record Row(String feature, List<Cell> cells) {
    }

    /** The matrix of a report; a check skipped for every feature becomes a note instead of a column. */
    public FeatureMatrixViewModel(CheckReport report) {
        FeatureHealth h = FeatureHealth.of(report);
        List<Integer> kept = new java.util.ArrayList<>();
        List<String> notRun = new java.util.ArrayList<>();
        for (int c = 0; c < h.checks().size(); c++) {
            int col = c;
            boolean skippedEverywhere = !h.rows().isEmpty() && h.rows().stream()
                    .allMatch(r -> r.cells().get(col).status() == FeatureHealth.Status.SKIPPED);
            if (skippedEverywhere) {
                notRun.add(FeatureHealth.label(h.checks().get(c)) + " (" + h.rows().get(0).cells().get(c).text() + ")");
            } else {
                kept.add(c);
            }
        }
        columns = kept.stream().map(c -> FeatureHealth.label(h.checks().get(c))).toList();
        List<Row> all = h.rows().stream().map(r -> new Row(r.feature(), kept.stream().map(c -> cell(r.cells().get(c)))
                .toList())).toList();
        List<Row> flagged = all.stream().filter(FeatureMatrixViewModel::flagged).toList();
        List<Row> shown = new java.util.ArrayList<>(flagged);
        all.stream().filter(r -> !flagged(r)).limit(Math.max(0, MAX_ROWS - flagged.size())).forEach(shown::add);
        rows = List.copyOf(shown);
        hidden = all.size() - rows.size();
        skipped = notRun.isEmpty() ? "" : "Not run: " + String.join("; ", notRun) + ".";
    }

    private static boolean flagged(Row r) {
        return r.cells().stream().anyMatch(c -> c.status().equals("critical") || c.status().equals("warning")
                || c.status().equals("info"));
    }

    /** How many features where nothing was found are left out of the grid (each still has its page). */
    public int hidden() {
        return hidden;
    }

    /** The checks skipped for every feature, and why; empty if none. */
    public String skipped() {
        return skipped;
    }

    static Cell cell(FeatureHealth.Cell c) {
        String status = c.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (c.status()) {
            case NOT_EXAMINED -> new Cell("—", status, c.check() + " did not examine " + c.feature(), Optional.empty());
            case SKIPPED -> new Cell("skipped", status, c.check() + " " + c.text(), Optional.of(Place.check(c.check())));
            case OK -> new Cell("✓ " + c.text(), status, c.check() + ": nothing found for " + c.feature() + " ("
                    + c.text() + ")", Optional.of(Place.subject(Subject.feature(c.feature()))));
            default -> new Cell(GLYPH.getOrDefault(c.status(), "") + c.text(), status, c.status().name()
                    .toLowerCase(Locale.ROOT) + ": " + c.finding().map(f -> f.title()).orElse(c.text()),
                    c.finding().map(Place::finding).or(() -> Optional.of(Place.subject(Subject.feature(c.feature())))));
        };
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The column names: drift, unseen, imputation, quality, skew, leakage. */
    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }
}
