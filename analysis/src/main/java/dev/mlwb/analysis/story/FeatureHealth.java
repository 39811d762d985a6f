package dev.mlwb.analysis.story;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.format.Fmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One grid for every feature: features × data checks (drift, unseen categories, imputation, quality, skew,
 * leakage), each cell the worst severity a check gave the feature with the number behind it, read from the
 * checks' per-subject measures and findings.
 *
 * @param checks the columns, as check ids
 * @param rows one per feature, the worst first
 */
public record FeatureHealth(List<String> checks, List<FeatureRow> rows) {
    /** The data checks, in the matrix's column order. */
    public static final List<String> CHECKS = List.of("data.drift", "data.unseen-category", "data.imputation",
            "data.quality", "features.skew", "features.leakage");

    public FeatureHealth {
        checks = List.copyOf(checks);
        rows = List.copyOf(rows);
    }

    /** A column's short name: {@code drift}, {@code unseen}, ... */
    public static String label(String check) {
        return switch (check) {
            case "data.unseen-category" -> "unseen";
            case "data.imputation" -> "imputation";
            case "data.quality" -> "quality";
            case "features.skew" -> "skew";
            case "features.leakage" -> "leakage";
            default -> "drift";
        };
    }

    /** How a check judged one feature. */
    public enum Status {
        CRITICAL, WARNING, INFO, OK, NOT_EXAMINED, SKIPPED;

        static Status of(Severity s) {
            return switch (s) {
                case CRITICAL -> CRITICAL;
                case WARNING -> WARNING;
                case INFO -> INFO;
            };
        }
    }

    /**
     * One cell.
     *
     * @param value the number behind it (NaN if none)
     * @param text the number in words: {@code PSI 0.74}, {@code 12.0% unseen}; or why there is none
     * @param finding the worst finding of the check about the feature, if any
     */
    public record Cell(String check, String feature, Status status, double value, String text,
                       Optional<Finding> finding) {
    }

    /** One feature's cells, in column order, with its worst status. */
    public record FeatureRow(String feature, List<Cell> cells, Status worst) {
        public FeatureRow {
            cells = List.copyOf(cells);
        }
    }

    public static FeatureHealth of(CheckReport report) {
        Set<String> features = new LinkedHashSet<>();
        for (String id : CHECKS) {
            report.check(id).ifPresent(run -> run.measures().keySet().stream().map(Subject::parse)
                    .flatMap(Optional::stream).filter(s -> s.kind().equals("feature")).forEach(s -> features.add(s.value())));
            report.findings(id).forEach(f -> f.subjects().stream().filter(s -> s.kind().equals("feature"))
                    .forEach(s -> features.add(s.value())));
        }
        List<FeatureRow> rows = new ArrayList<>();
        for (String feature : features) {
            List<Cell> cells = CHECKS.stream().map(id -> cell(report, id, feature)).toList();
            Status worst = cells.stream().map(Cell::status).min(Comparator.naturalOrder()).orElse(Status.NOT_EXAMINED);
            rows.add(new FeatureRow(feature, cells, worst));
        }
        rows.sort(Comparator.comparing(FeatureRow::worst));
        return new FeatureHealth(CHECKS, rows);
    }

    private static Cell cell(CheckReport report, String check, String feature) {
        Optional<CheckRun> run = report.check(check);
        if (run.isEmpty() || run.get().status() != CheckRun.Status.RAN) {
            String why = run.map(r -> r.status() == CheckRun.Status.SKIPPED ? "skipped: " + r.reason().orElse("")
                    : "failed: " + r.reason().orElse("")).orElse("not run");
            return new Cell(check, feature, Status.SKIPPED, Double.NaN, why, Optional.empty());
        }
        Subject subject = Subject.feature(feature);
        Optional<Finding> worst = report.findings(check).stream().filter(f -> f.subjects().contains(subject))
                .min(Comparator.comparing(Finding::severity));
        Map<String, Double> m = run.get().measures().getOrDefault(subject.toString(), Map.of());
        if (worst.isEmpty() && m.isEmpty()) {
            return new Cell(check, feature, Status.NOT_EXAMINED, Double.NaN, "not examined", Optional.empty());
        }
        double value = value(check, m);
        Status status = worst.map(f -> Status.of(f.severity())).orElse(Status.OK);
        return new Cell(check, feature, status, value, text(check, value, m), worst);
    }

    /** The headline number of a check for a feature, the largest over the comparisons it made. */
    static double value(String check, Map<String, Double> m) {
        return switch (check) {
            case "data.drift" -> max(m, "psi", "max_window_psi");
            case "data.unseen-category" -> max(m, "unseen_share", null);
            case "data.imputation" -> max(m, "imputation_rate", null);
            case "data.quality" -> larger(nullRise(m), max(m, "out_of_range_share", null));
            case "features.skew" -> max(m, "mismatch_share", null);
            default -> max(m, "violation_share", null);
        };
    }

    private static String text(String check, double v, Map<String, Double> m) {
        if (Double.isNaN(v)) {
            return "no number";
        }
        return switch (check) {
            case "data.drift" -> "PSI " + Fmt.num(v, 2);
            case "data.unseen-category" -> Fmt.pct(v) + " unseen";
            case "data.imputation" -> Fmt.pct(v) + " imputed";
            case "data.quality" -> max(m, "type_changed", null) > 0 ? "type changed"
                    : v == nullRise(m) ? "nulls +" + Fmt.pct(v) : Fmt.pct(v) + " out of range";
            case "features.skew" -> Fmt.pct(v) + " differ";
            default -> Fmt.pct(v) + " leak";
        };
    }

    /** The largest measure named {@code name} or ending in {@code _name}, leaving out {@code except}. */
    private static double max(Map<String, Double> m, String name, String except) {
        double out = Double.NaN;
        for (Map.Entry<String, Double> e : m.entrySet()) {
            String k = e.getKey();
            boolean named = (k.equals(name) || k.endsWith("_" + name)) && (except == null || !k.endsWith(except));
            if (named && e.getValue() != null && Double.isFinite(e.getValue())) {
                out = Double.isNaN(out) ? e.getValue() : Math.max(out, e.getValue());
            }
        }
        return out;
    }

    private static double larger(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    private static double nullRise(Map<String, Double> m) {
        double cur = max(m, "current_null_share", null);
        double ref = max(m, "reference_null_share", null);
        return Double.isNaN(cur) ? Double.NaN : cur - (Double.isNaN(ref) ? 0 : ref);
    }
}
