package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A business metric that is a rate of two summed metric kinds, such as CTR = clicks / impressions.
 *
 * @param name the measure name ({@code ctr}, {@code conversion})
 * @param label words for people
 * @param numerator the metric kind counted as successes
 * @param denominator the metric kind counted as trials
 */
record BusinessMetric(String name, String label, String numerator, String denominator) {

    /**
     * The business metrics a metrics table can compute: CTR from clicks and impressions; conversion
     * rate from conversions over clicks (or over impressions when clicks are not mapped).
     */
    static List<BusinessMetric> available(Table t) {
        List<BusinessMetric> out = new ArrayList<>();
        if (t.hasMetric("clicks") && t.hasMetric("impressions")) {
            out.add(new BusinessMetric("ctr", "CTR", "clicks", "impressions"));
        }
        if (t.hasMetric("conversions")) {
            if (t.hasMetric("clicks")) {
                out.add(new BusinessMetric("conversion", "conversion rate", "conversions", "clicks"));
            } else if (t.hasMetric("impressions")) {
                out.add(new BusinessMetric("conversion", "conversion rate", "conversions", "impressions"));
            }
        }
        return out;
    }
}
