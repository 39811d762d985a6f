package dev.mlwb.analysis.checks.data;

/**
 * The SQL of the exact two-sample Kolmogorov–Smirnov statistic, overall and per window of the
 * current side, without sorting every value: a part of {@link NumericPass}'s statement.
 *
 * <p>The statistic is the largest {@code |R(v)/n − C(v)/m|} over the distinct values {@code v} of
 * both sides ({@code R}, {@code C}: how many values of each side are ≤ v), as
 * {@code scipy.stats.ks_2samp} computes it; per window, the window's values take the place of the
 * current side and, since the window's CDF is constant between two of its values, the gap is also
 * taken just before each of them (reference values {@code < v}).
 *
 * <p>Values are first counted per bucket ({@link ValueBuckets}: a hash aggregate, no sort). In
 * units of {@code 1/(n·m)} every gap {@code R·m − C·n} is an integer, so the bounds below compare
 * exactly. Bucket {@code k} starts after {@code A} reference and {@code B} current values and holds
 * {@code a} and {@code b} more:
 * <ul>
 *   <li>every gap inside it is at most, in absolute value, {@code ub = max((A + a)·m − B·n, (B + b)·n − A·m)};
 *   <li>the gap at its last value, {@code (A + a)·m − (B + b)·n}, is one of the statistic's gaps, so
 *       the largest of these, {@code l}, is reached;
 *   <li>a bucket with {@code ub < l − tol} cannot hold a gap that rounds above {@code l} ({@code tol}
 *       is 1e-15 of {@code n·m}, more than rounding can blur); the others ({@code cand}) are read again
 *       and grouped by value;
 *   <li>within a candidate, the gap is the gap before it plus a running sum of per-value steps
 *       {@code r(v)·m − c(v)·n}: a bucket whose positive and negative steps cannot reach {@code l}
 *       either, or whose steps are all zero (the same values on both sides: identical data) is dropped
 *       ({@code cand2});
 *   <li>the rest is sorted and cumulated, offset by {@code A} and {@code B}: the same numbers, in the
 *       same floating-point operations, as cumulating every value would give.
 * </ul>
 * Per window likewise, with the window's counts in place of the current side's (its end gaps are
 * lower bounds at points between values, used only to choose buckets).
 *
 * <p>The buckets must be ordered like their values: the statement also reports how many buckets
 * overlap the next one ({@code unordered}), and {@link NumericPass} repeats it with a single bucket
 * if any does.
 *
 * <p>Input: a CTE {@code x(s, w, v, k)} of rows, with {@code s} 0 for the reference and 1 for the
 * current side, {@code w} the current row's window (NULL without one), {@code v} the value and
 * {@code k} its bucket (both NULL for a row without a value); and its counts per bucket,
 * {@code kw(s, w, k, c, lo, hi)} (several rows per bucket allowed: they are summed). {@code x} is
 * read again only for the candidate buckets.
 */
final class ExactKs {
    private ExactKs() {
    }

    /** The CTEs after {@code x} and {@code kw}, each preceded by a comma; no parameters. */
    static String ctes() {
        return ", nm AS (SELECT ni, mi, CAST(ni AS DOUBLE) AS n, CAST(mi AS DOUBLE) AS m, "
                + "CAST(ceil(CAST(ni AS DOUBLE) * mi * 1e-15) AS BIGINT) AS tol FROM (SELECT "
                + "coalesce(sum(c) FILTER (WHERE s = 0), 0) AS ni, coalesce(sum(c) FILTER (WHERE s = 1), 0) AS mi "
                + "FROM kw WHERE k IS NOT NULL)), "
                // the buckets in order, with the counts before each
                + "kb AS (SELECT k, coalesce(sum(c) FILTER (WHERE s = 0), 0) AS rc, "
                + "coalesce(sum(c) FILTER (WHERE s = 1), 0) AS cc, min(lo) AS lo, max(hi) AS hi FROM kw "
                + "WHERE k IS NOT NULL GROUP BY k), "
                + "ko AS (SELECT k, rc, cc, hi, lead(lo) OVER (ORDER BY k) AS next_lo, sum(rc) OVER o - rc AS ar, "
                + "sum(cc) OVER o - cc AS ac FROM kb WINDOW o AS (ORDER BY k ROWS UNBOUNDED PRECEDING)), "
                + "kc AS MATERIALIZED (SELECT ko.*, (ar + rc) * mi - (ac + cc) * ni AS gend, ar * mi - ac * ni AS g0, "
                + "greatest((ar + rc) * mi - ac * ni, (ac + cc) * ni - ar * mi) AS ub FROM ko, nm), "
                + "lb AS (SELECT max(abs(gend)) AS l FROM kc), "
                + "cand AS (SELECT k FROM kc, lb, nm WHERE ub >= l - tol), "
                + windowCandidates()
                // the candidate buckets' distinct values (per window), cumulated from the counts before the bucket
                // grouped by the value alone (its bucket follows from it): a narrower key for the one large grouping
                + "dv AS MATERIALIZED (SELECT min(k) AS k, v, count(*) FILTER (WHERE s = 0) AS rc, count(*) FILTER (WHERE s = 1) "
                + "AS cc FROM x SEMI JOIN (SELECT k FROM cand UNION SELECT k FROM wcand) USING (k) GROUP BY v), "
                + "pn AS (SELECT k, sum(greatest(CAST(rc AS HUGEINT) * mi - cc * ni, 0)) AS p, "
                + "sum(least(CAST(rc AS HUGEINT) * mi - cc * ni, 0)) AS q FROM dv SEMI JOIN cand USING (k), nm GROUP BY k), "
                + "cand2 AS (SELECT k FROM (SELECT k, greatest(g0 + p, -(g0 + q)) AS ub FROM pn JOIN kc USING (k)), lb, nm "
                + "WHERE ub > 0 AND ub >= l - tol), "
                + "e AS MATERIALIZED (SELECT k, v, dv.rc, kc.ar + sum(dv.rc) OVER p AS ref_le, kc.ac + sum(dv.cc) OVER p "
                + "AS cur_le FROM dv JOIN kc USING (k) WHERE k IN (SELECT k FROM cand2 UNION SELECT k FROM wcand) "
                + "WINDOW p AS (PARTITION BY k ORDER BY v ROWS UNBOUNDED PRECEDING)), "
                // the windows' values in their candidate buckets
                + "wv AS (SELECT w, k, v, count(*) AS cc FROM x SEMI JOIN wcand USING (w, k) WHERE s = 1 GROUP BY ALL), "
                + "g AS (SELECT wv.w, wv.cc, e.ref_le, e.ref_le - e.rc AS ref_lt, wcand.wm, wcand.aw "
                + "+ sum(wv.cc) OVER (PARTITION BY wv.w, wv.k ORDER BY wv.v ROWS UNBOUNDED PRECEDING) AS wle "
                + "FROM wv JOIN wcand USING (w, k) JOIN e USING (k, v))";
    }

    /** Per window: its counts per bucket, and the buckets that may hold its maximum: {@code wcand(w, k, aw, wm)}. */
    private static String windowCandidates() {
        return "wc AS MATERIALIZED (SELECT w, k, c, kc.ar, kc.rc, sum(c) OVER (PARTITION BY w ORDER BY k "
                + "ROWS UNBOUNDED PRECEDING) - c AS aw, sum(c) OVER (PARTITION BY w) AS wm FROM (SELECT w, k, sum(c) AS c "
                + "FROM kw WHERE s = 1 AND w IS NOT NULL AND k IS NOT NULL GROUP BY w, k) JOIN kc USING (k)), "
                + "wl AS (SELECT w, max(abs((ar + rc) * wm - (aw + c) * ni)) AS l, "
                + "CAST(ceil(CAST(ni AS DOUBLE) * max(wm) * 1e-15) AS BIGINT) AS tol FROM wc, nm GROUP BY w, ni), "
                + "wcand AS MATERIALIZED (SELECT w, k, aw, wm FROM wc JOIN wl USING (w), nm "
                + "WHERE greatest((ar + rc) * wm - aw * ni, (aw + c) * ni - ar * wm) >= l - wl.tol), ";
    }

    /**
     * Result rows {@code (kind, w, b, k, x, y)}: {@code ks} (x: the statistic), {@code wks} per window
     * (x: its statistic), {@code unordered} (k: buckets overlapping the next one).
     */
    static String selects() {
        return "SELECT 'ks' AS kind, CAST(NULL AS BIGINT) AS w, CAST(NULL AS INTEGER) AS b, CAST(NULL AS BIGINT) AS k, "
                + "max(x) AS x, CAST(NULL AS DOUBLE) AS y FROM (SELECT abs(ref_le / n - cur_le / m) AS x FROM e, nm "
                + "UNION ALL SELECT abs((ar + rc) / n - (ac + cc) / m) FROM kc, nm) "
                + "UNION ALL SELECT 'wks', w, NULL, NULL, max(greatest(abs(ref_le / n - wle / wm), "
                + "abs(ref_lt / n - (wle - cc) / wm))), NULL FROM g, nm GROUP BY w "
                + "UNION ALL SELECT 'unordered', NULL, NULL, count(*) FILTER (WHERE hi >= next_lo), NULL, NULL FROM kc";
    }
}
