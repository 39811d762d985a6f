package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.stats.BinomialTail;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one arm's buckets into the windows the fast guardrail judges, and finds runs of breached windows.
 *
 * <p>Success rate: a window is judged only with at least {@code minRequests} requests; consecutive thinner buckets
 * are pooled (up to {@code maxMerged} buckets) until they hold that many. A judged window breaches when its errors
 * are significant evidence that the error rate exceeds {@code 1 − SLO}: the exact one-sided binomial p-value
 * {@code P(X >= errors | requests, 1 − SLO)} is below {@code alpha}, i.e. the one-sided Clopper–Pearson upper
 * bound of its success rate lies below the SLO. A minute with 13 requests and one failure (92 % by its point
 * value) is not evidence of anything. Latency, CPU and memory: each bucket is a window, judged by its value.
 */
final class FastWindows {
    /** The rules, from the check's thresholds. */
    record Rules(double alpha, double minRequests, int maxMerged, int failedWindows, int persistWindows,
                 double errorRatio) {
    }

    /** One bucket as queried: start (epoch ms), value, requests and errors (NaN when not mapped). */
    record Bucket(long startMillis, double value, double requests, double errors) {
    }

    private FastWindows() {
    }

    static List<FastWindow> windows(Guardrail g, List<Bucket> buckets, long bucketMillis, double threshold, Rules r) {
        return g.successRate() ? success(buckets, bucketMillis, threshold, r) : values(g, buckets, bucketMillis, threshold);
    }

    private static List<FastWindow> values(Guardrail g, List<Bucket> buckets, long bucketMillis, double threshold) {
        List<FastWindow> out = new ArrayList<>();
        for (Bucket b : buckets) {
            boolean judged = !Double.isNaN(b.value());
            out.add(new FastWindow(b.startMillis(), b.startMillis() + bucketMillis, b.value(), b.requests(), Double.NaN,
                    Double.NaN, judged, judged && g.breaches(b.value(), threshold)));
        }
        return out;
    }

    private static List<FastWindow> success(List<Bucket> buckets, long bucketMillis, double slo, Rules r) {
        List<FastWindow> out = new ArrayList<>();
        int i = 0;
        while (i < buckets.size()) {
            long start = buckets.get(i).startMillis();
            long end = start + bucketMillis;
            double requests = 0;
            double errors = 0;
            int merged = 0;
            while (i < buckets.size() && merged < r.maxMerged()
                    && (merged == 0 || buckets.get(i).startMillis() == end) && (merged == 0 || requests < r.minRequests())) {
                Bucket b = buckets.get(i);
                requests += zero(b.requests());
                errors += zero(b.errors());
                end = b.startMillis() + bucketMillis;
                merged++;
                i++;
            }
            out.add(judge(start, end, requests, errors, slo, r));
        }
        return out;
    }

    private static FastWindow judge(long start, long end, double requests, double errors, double slo, Rules r) {
        long n = Math.round(requests);
        long k = Math.min(n, Math.max(0, Math.round(errors)));
        double rate = n > 0 ? 1 - (double) k / n : Double.NaN;
        if (n < Math.max(1, r.minRequests()) || n > Integer.MAX_VALUE) {
            return new FastWindow(start, end, rate, requests, errors, Double.NaN, false, false);
        }
        double p = BinomialTail.atLeast(k, n, Math.min(1, Math.max(0, 1 - slo)));
        return new FastWindow(start, end, rate, requests, errors, p, true, p < r.alpha());
    }

    private static double zero(double v) {
        return Double.isNaN(v) || v < 0 ? 0 : v;
    }

    /** Index ranges [from, to] of consecutive, adjacent breached windows, in time order. */
    static List<int[]> runs(List<FastWindow> windows) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= windows.size(); i++) {
            boolean breached = i < windows.size() && windows.get(i).breached();
            boolean adjacent = start >= 0 && i < windows.size() && windows.get(i).startMillis() == windows.get(i - 1).endMillis();
            if (start >= 0 && (!breached || !adjacent)) {
                out.add(new int[] {start, i - 1});
                start = -1;
            }
            if (breached && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
