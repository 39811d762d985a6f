package dev.mlwb.analysis.attribution;

import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Table;
import java.util.Optional;

/**
 * A metric that is a ratio of sums over rows, {@code Σ numerator / Σ denominator}: a rate (clicks per impression,
 * errors per request, missed positives per positive) or a mean (latency weighted by requests, a feature's mean).
 *
 * @param key a stable name, e.g. {@code ctr}, {@code error_rate}, {@code miss_rate}
 * @param label for people: {@code CTR}, {@code error rate}
 * @param numerator SQL over one row of the table
 * @param denominator SQL over one row of the table (0 for rows that do not count)
 * @param percent whether to show it as a percentage
 * @param worse +1 if a rise is the problem (errors, latency, misses), −1 if a fall is (CTR), 0 if either may be
 */
public record AttributionMetric(String key, String label, String numerator, String denominator, boolean percent,
                                int worse) {

    /** The metric a serving-metrics chart of this kind shows, if the table can compute it as a ratio of sums. */
    public static Optional<AttributionMetric> forMetricKind(Table t, String kind) {
        return switch (kind) {
            case "ctr" -> ratio(t, "ctr", "CTR", "clicks", "impressions", -1);
            case "conversion" -> ratio(t, "conversion", "conversion rate", "conversions", "clicks", -1);
            case "success_rate", "errors", "error_rate" -> ratio(t, "error_rate", "error rate", "errors", "requests", 1);
            default -> t.hasMetric(kind) ? Optional.of(weighted(t, kind)) : Optional.empty();
        };
    }

    private static Optional<AttributionMetric> ratio(Table t, String key, String label, String num, String den,
                                                     int worse) {
        if (!t.hasMetric(num) || !t.hasMetric(den)) {
            return Optional.empty();
        }
        return Optional.of(new AttributionMetric(key, label, "coalesce(CAST(" + t.metric(num) + " AS DOUBLE), 0)",
                "coalesce(CAST(" + t.metric(den) + " AS DOUBLE), 0)", true, worse));
    }

    /** A gauge (latency, CPU): weighted by requests where the table has them, else a plain mean of the buckets. */
    private static AttributionMetric weighted(Table t, String kind) {
        String v = "CAST(" + t.metric(kind) + " AS DOUBLE)";
        String w = t.hasMetric("requests") && !kind.equals("requests")
                ? "coalesce(CAST(" + t.metric("requests") + " AS DOUBLE), 0)" : "1.0";
        String label = kind + (w.equals("1.0") ? " (mean)" : " (mean weighted by requests)");
        return new AttributionMetric(kind, label, "CASE WHEN " + v + " IS NULL THEN 0 ELSE " + v + " * " + w + " END",
                "CASE WHEN " + v + " IS NULL THEN 0 ELSE " + w + " END", false, kind.startsWith("latency") ? 1 : 0);
    }

    /** The mean model score. */
    public static AttributionMetric meanScore() {
        return new AttributionMetric("mean_score", "mean score", "coalesce(__score, 0)",
                "CASE WHEN __score IS NULL THEN 0 ELSE 1 END", false, 0);
    }

    /** Missed positives per labelled positive (1 − recall) at a decision threshold. */
    public static AttributionMetric missRate(double threshold) {
        String t = "CAST(" + threshold + " AS DOUBLE)";
        return new AttributionMetric("miss_rate", "missed positives (1 − recall)",
                "CASE WHEN __label = 1 AND __score < " + t + " THEN 1 ELSE 0 END",
                "CASE WHEN __label = 1 AND __score IS NOT NULL THEN 1 ELSE 0 END", true, 1);
    }

    /** False alarms per predicted positive (1 − precision) at a decision threshold. */
    public static AttributionMetric falseAlarmRate(double threshold) {
        String t = "CAST(" + threshold + " AS DOUBLE)";
        return new AttributionMetric("false_alarm_rate", "false alarms (1 − precision)",
                "CASE WHEN __label = 0 AND __score >= " + t + " THEN 1 ELSE 0 END",
                "CASE WHEN __label IS NOT NULL AND __score >= " + t + " THEN 1 ELSE 0 END", true, 1);
    }

    /** Mean predicted probability minus the observed rate: calibration in the large. */
    public static AttributionMetric calibrationGap() {
        return new AttributionMetric("calibration_gap", "predicted − observed",
                "CASE WHEN __label IS NULL OR __score IS NULL THEN 0 ELSE __score - __label END",
                "CASE WHEN __label IS NULL OR __score IS NULL THEN 0 ELSE 1 END", false, 0);
    }

    /**
     * The share of rows whose value of a feature falls in one histogram bin: {@code (lower, upper]} for a numeric
     * bin (the first bin closed below, the last open above), the category itself for a categorical one.
     *
     * @param worse +1 when the bin gained share (the drift to explain), −1 when it lost
     */
    public static AttributionMetric binShare(FeatureColumn f, String label, double lower, double upper, boolean first,
                                             boolean last, int worse) {
        String v = f.expression();
        String in;
        if (f.numeric()) {
            String lo = first ? "TRUE" : v + " > CAST(" + lower + " AS DOUBLE)";
            String hi = last ? "TRUE" : v + " <= CAST(" + upper + " AS DOUBLE)";
            in = lo + " AND " + hi;
        } else {
            in = v + " = " + dev.mlwb.analysis.data.Sql.string(label);
        }
        return new AttributionMetric("bin_share", "share of " + f.name() + " in " + label, "CASE WHEN " + v
                + " IS NOT NULL AND " + in + " THEN 1 ELSE 0 END", "CASE WHEN " + v + " IS NULL THEN 0 ELSE 1 END",
                true, worse);
    }
}
