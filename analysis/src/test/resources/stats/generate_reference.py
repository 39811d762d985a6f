#!/usr/bin/python3
"""Reference values for the dev.mlwb.analysis.stats tests.

Run with the interpreter that has scipy 1.10.1, scikit-learn 1.2.1 and numpy 1.24.2:

    /usr/bin/python3 analysis/src/test/resources/stats/generate_reference.py

It writes one JSON file per statistic next to itself. Inputs come from fixed seeds, so the output is
deterministic; the tests read the JSON and need no Python. Every expected value names the function that
produced it in the "source" field of its file.

statsmodels is not installed: the two-proportion z-test and the Wilson interval are statsmodels'
formulas (proportions_ztest, proportion_confint(method='wilson')) evaluated with scipy.stats.norm.
"""
import json
import math
import os
import sys

import numpy as np
import scipy
import sklearn
from scipy import stats
from scipy.spatial import distance
from scipy.stats._stats_py import _attempt_exact_2kssamp
from sklearn import metrics

assert scipy.__version__ == "1.10.1", scipy.__version__
assert sklearn.__version__ == "1.2.1", sklearn.__version__
assert np.__version__ == "1.24.2", np.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
DECILES = np.linspace(0.1, 0.9, 9)
VERSIONS = {"scipy": scipy.__version__, "scikit-learn": sklearn.__version__, "numpy": np.__version__}


def write(name, source, cases):
    path = os.path.join(HERE, name)
    with open(path, "w") as f:
        json.dump({"source": source, "versions": VERSIONS, "cases": cases}, f, indent=1, allow_nan=True)
        f.write("\n")
    print(f"{name}: {os.path.getsize(path)} bytes, {len(cases)} cases", file=sys.stderr)


def floats(a):
    return [float(v) for v in a]


def ints(a):
    return [int(v) for v in a]


# ---------------------------------------------------------------- PSI

def psi(ref_counts, cur_counts):
    """The spec's PSI: shares floored at 1e-4 (not renormalised), sum of (c - r) * ln(c / r)."""
    r = np.asarray(ref_counts, dtype=float) / np.sum(ref_counts)
    c = np.asarray(cur_counts, dtype=float) / np.sum(cur_counts)
    r = np.maximum(r, 1e-4)
    c = np.maximum(c, 1e-4)
    return float(np.sum((c - r) * np.log(c / r)))


def psi_numeric_case(name, ref, cur):
    q = np.quantile(ref, DECILES)  # numpy default method='linear' == DuckDB quantile_cont
    edges = np.unique(q)
    nbins = len(edges) + 1
    ref_counts = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=nbins)
    cur_counts = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=nbins)
    return {"name": name, "kind": "numeric", "reference": floats(ref), "current": floats(cur),
            "quantiles": floats(q), "edges": floats(edges),
            "referenceCounts": ints(ref_counts), "currentCounts": ints(cur_counts),
            "psi": psi(ref_counts, cur_counts)}


def psi_categorical_case(name, ref, cur):
    categories = list(ref) + [k for k in cur if k not in ref]
    r = [ref.get(k, 0) for k in categories]
    c = [cur.get(k, 0) for k in categories]
    return {"name": name, "kind": "categorical", "referenceMap": ref, "currentMap": cur, "psi": psi(r, c)}


def psi_cases():
    rng = np.random.default_rng(101)
    ref = np.round(rng.normal(0, 1, 400), 3)
    cases = [
        psi_numeric_case("normal, shifted by 0.5", ref, np.round(rng.normal(0.5, 1.2, 300), 3)),
        psi_numeric_case("identical samples (PSI 0)", ref, ref.copy()),
    ]
    zero_inflated = np.where(rng.random(300) < 0.7, 0.0, np.round(rng.exponential(2.0, 300), 2))
    cases.append(psi_numeric_case("zero-inflated: duplicate deciles removed", zero_inflated,
                                  np.where(rng.random(250) < 0.4, 0.0, np.round(rng.exponential(2.0, 250), 2))))
    cases.append(psi_numeric_case("current above the reference range: empty bins", ref,
                                  np.round(rng.uniform(5, 6, 100), 3)))
    integers = rng.poisson(3, 500).astype(float)
    cases.append(psi_numeric_case("integer feature: values equal to edges", integers,
                                  rng.poisson(3.6, 400).astype(float)))
    constant = np.full(50, 2.5)
    cases.append(psi_numeric_case("constant reference: one edge, two bins", constant,
                                  np.array([2.5] * 30 + [2.6] * 10 + [1.0] * 5)))
    cases.append(psi_categorical_case(
        "categories only in one dataset",
        {"ios": 500, "android": 420, "web": 80, "tv": 3},
        {"ios": 300, "android": 10, "web": 150, "car": 40}))
    cases.append(psi_categorical_case(
        "identical categories (PSI 0)", {"a": 10, "b": 20, "c": 30}, {"a": 1, "b": 2, "c": 3}))
    cases.append({"name": "explicit counts with bins empty on both sides", "kind": "counts",
                  "referenceCounts": [100, 0, 50, 0, 25, 1], "currentCounts": [80, 0, 0, 30, 25, 900],
                  "psi": psi([100, 0, 50, 0, 25, 1], [80, 0, 0, 30, 25, 900])})
    write("psi.json", "numpy transcription of the spec's PSI (psi() in generate_reference.py); "
          "deciles: numpy.quantile(reference, [0.1..0.9]) (method='linear'); edges: numpy.unique; "
          "bins: numpy.searchsorted(edges, v, side='left')", cases)


# ---------------------------------------------------------------- Kolmogorov-Smirnov

def ks_sample_case(name, a, b):
    res = stats.ks_2samp(a, b, alternative="two-sided", method="auto")
    values, inverse = np.unique(np.concatenate([a, b]), return_inverse=True)
    ref_counts = np.bincount(inverse[:len(a)], minlength=len(values))
    cur_counts = np.bincount(inverse[len(a):], minlength=len(values))
    method = "exact" if max(len(a), len(b)) <= 10000 else "asymp"
    return {"name": name, "n": len(a), "m": len(b), "method": method, "values": floats(values),
            "referenceCounts": ints(ref_counts), "currentCounts": ints(cur_counts),
            "statistic": float(res.statistic), "pvalue": float(res.pvalue)}


def ks_samples(rng):
    normal = lambda loc, scale, size, decimals: np.round(rng.normal(loc, scale, size), decimals)
    shared = normal(0, 1, 30, 4)
    return [
        ks_sample_case("small, unequal sizes 5 and 7", normal(0, 1, 5, 4), normal(1, 1, 7, 4)),
        ks_sample_case("single value against three", np.array([0.5]), np.array([0.1, 0.7, 0.9])),
        ks_sample_case("equal sizes 20 and 20", normal(0, 1, 20, 4), normal(0.8, 1, 20, 4)),
        ks_sample_case("ties: integers 0..5", rng.integers(0, 6, 40).astype(float),
                       rng.integers(0, 6, 55).astype(float)),
        ks_sample_case("identical samples (D 0, p 1)", shared, shared.copy()),
        ks_sample_case("disjoint samples (D 1)", normal(0, 1, 8, 4), normal(10, 1, 6, 4)),
        ks_sample_case("300 vs 200, shift 0.3", normal(0, 1, 300, 3), normal(0.3, 1, 200, 3)),
        ks_sample_case("1000 vs 1000, shift 0.05", normal(0, 1, 1000, 2), normal(0.05, 1, 1000, 2)),
        ks_sample_case("10000 vs 10000 (largest exact)", normal(0, 1, 10000, 2), normal(0.02, 1, 10000, 2)),
        ks_sample_case("10000 vs 3000, exact", normal(0, 1, 10000, 2), normal(0.05, 1.05, 3000, 2)),
        ks_sample_case("10001 vs 10001: asymptotic, n*m/(n+m) = 5000.5 rounds to even",
                       normal(0, 1, 10001, 1), normal(0.03, 1, 10001, 1)),
        ks_sample_case("12000 vs 9000, asymptotic", normal(0, 1, 12000, 2), normal(0.04, 1, 9000, 2)),
        ks_sample_case("50000 vs 40000, asymptotic", normal(0, 1, 50000, 1), normal(0.01, 1, 40000, 1)),
    ]


def ks_exact_grid(rng):
    """(d, n, m) -> what ks_2samp(method='auto') computes for max(n, m) <= 10000: its own helper."""
    cases = []
    for n, m in [(3, 3), (7, 7), (50, 50), (400, 400), (5, 9), (10, 15), (37, 91), (100, 250), (999, 1000),
                 (2000, 3), (4000, 6000), (10000, 9999), (1, 10000)]:
        g = math.gcd(n, m)
        lcm = n // g * m
        # the exact recursion costs O(n * m * d); keep d small (the realistic range) for the largest pairs
        top = lcm if lcm < 10**7 else lcm // 20
        hs = sorted(set(int(h) for h in rng.integers(1, top + 1, 6)) | {1, top})
        for h in hs:
            d = h / lcm
            ok, d_rounded, p = _attempt_exact_2kssamp(n, m, g, d, "two-sided")
            if not ok:
                continue
            cases.append({"d": d, "n": n, "m": m, "pvalue": float(np.clip(p, 0, 1))})
    return cases


def ks_asymptotic_grid():
    """(d, n, m) with max(n, m) > 10000: ks_2samp computes kstwo.sf(d, round(n*m/(n+m)))."""
    cases = []
    for n, m in [(20000, 100), (20000, 150), (10001, 10001), (100000, 100000), (1000000, 1000000),
                 (2000000, 1000000), (50000000, 50000000), (10**9, 3 * 10**8)]:
        big, small = max(n, m), min(n, m)
        en = float(big) * float(small) / (float(big) + float(small))
        N = int(np.round(en))
        for z in [0.3, 0.6, 0.85, 1.0, 1.3, 1.6, 2.0, 3.0, 5.0]:
            d = z / math.sqrt(en)
            if d < 1:
                cases.append({"d": d, "n": n, "m": m, "effectiveN": N, "pvalue": float(stats.kstwo.sf(d, N))})
        for d in [0.0, 0.004, 0.3, 0.55, 0.995]:
            cases.append({"d": d, "n": n, "m": m, "effectiveN": N, "pvalue": float(stats.kstwo.sf(d, N))})
    return cases


def kstwo_grid():
    """scipy.stats.kstwo.sf(x, n) across Simard & L'Ecuyer's regions (Durbin, Pomeranz, Pelz-Good, Miller)."""
    cases = []
    for n in [1, 2, 3, 10, 60, 140, 141, 1000, 20000, 100000, 100001, 400000]:
        xs = [0.4 / n, 0.8 / n, 1.0 / n, 2.5 / n]
        xs += [math.sqrt(v / n) for v in [0.05, 0.4, 0.754, 0.76, 1.5, 2.19, 2.21, 3.5, 4.01, 8, 30, 369]]
        xs += [0.45, 0.5, 0.75, 1 - 1.5 / n, 1 - 0.5 / n]
        for x in sorted(set(xs)):
            if 0 < x < 1:
                cases.append({"x": x, "n": n, "sf": float(stats.kstwo.sf(x, n))})
    return cases


def ks_cases():
    rng = np.random.default_rng(202)
    cases = [dict(kind="samples", **c) for c in ks_samples(rng)]
    cases += [dict(kind="exact", **c) for c in ks_exact_grid(rng)]
    cases += [dict(kind="asymptotic", **c) for c in ks_asymptotic_grid()]
    cases += [dict(kind="kstwo", **c) for c in kstwo_grid()]
    write("ks.json", "samples: scipy.stats.ks_2samp(a, b, alternative='two-sided', method='auto'); "
          "exact: scipy.stats._stats_py._attempt_exact_2kssamp(n, m, gcd, d, 'two-sided'), the helper ks_2samp "
          "calls when max(n, m) <= 10000; asymptotic: scipy.stats.kstwo.sf(d, round(n*m/(n+m))), what ks_2samp "
          "returns when max(n, m) > 10000; kstwo: scipy.stats.kstwo.sf(x, n)", cases)


# ---------------------------------------------------------------- chi-square

def chi2_table_case(name, table):
    table = np.asarray(table)
    kept = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    stat, p, dof, _ = stats.chi2_contingency(kept, correction=False)
    return {"kind": "table", "name": name, "table": table.tolist(), "statistic": float(stat), "dof": int(dof),
            "pvalue": float(p)}


def chi2_gof_case(name, observed, shares):
    observed = np.asarray(observed)
    shares = np.asarray(shares, dtype=float)
    keep = (shares > 0) | (observed > 0)
    f_exp = shares[keep] / shares[keep].sum() * observed.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        stat, p = stats.chisquare(observed[keep], f_exp=f_exp)
    return {"kind": "goodnessOfFit", "name": name, "observed": ints(observed), "shares": floats(shares),
            "statistic": float(stat), "dof": int(keep.sum() - 1), "pvalue": float(p)}


def chi2_cases():
    rng = np.random.default_rng(303)
    ref = {"ios": 500, "android": 420, "web": 80}
    cur = {"ios": 300, "android": 10, "web": 150, "car": 40}
    categories = list(ref) + [k for k in cur if k not in ref]
    cat_case = chi2_table_case("categories only in one dataset",
                               [[ref.get(k, 0) for k in categories], [cur.get(k, 0) for k in categories]])
    cat_case.update(kind="categories", referenceMap=ref, currentMap=cur)
    cases = [
        chi2_table_case("2x2", [[30, 10], [20, 25]]),
        chi2_table_case("2x3 random", rng.integers(5, 60, (2, 3)).tolist()),
        chi2_table_case("3x4 with a zero row and a zero column",
                        [[12, 0, 7, 30], [0, 0, 0, 0], [9, 0, 14, 2], [5, 0, 8, 11]]),
        chi2_table_case("4x5, tiny p", (rng.integers(200, 400, (4, 5)) +
                                               np.diag([250, 0, 150, 0])[:, [0, 1, 2, 3, 0]]).tolist()),
        chi2_table_case("traffic mix: baseline vs canary per slice, canary lacks android",
                        [[5500, 3000, 1500], [0, 2600, 1400]]),
        chi2_table_case("independent rows (statistic 0)", [[10, 20, 30], [20, 40, 60]]),
        chi2_table_case("one non-empty row: dof 0", [[4, 5, 6], [0, 0, 0]]),
        cat_case,
        chi2_gof_case("observed vs shares", [48, 35, 15, 2], [0.5, 0.3, 0.15, 0.05]),
        chi2_gof_case("weights on any scale", [120, 90, 0], [400, 350, 50]),
        chi2_gof_case("zero share and no observations: dropped", [40, 0, 60], [0.5, 0.0, 0.5]),
        chi2_gof_case("zero share but observations: infinite", [40, 3, 60], [0.5, 0.0, 0.5]),
    ]
    write("chi2.json", "table: scipy.stats.chi2_contingency(table with all-zero rows and columns removed, "
          "correction=False); goodnessOfFit: scipy.stats.chisquare(observed, f_exp=shares/shares.sum()*"
          "observed.sum()) over categories with a positive share or observations", cases)


# ---------------------------------------------------------------- Jensen-Shannon

def js_cases():
    rng = np.random.default_rng(404)
    cases = []
    vectors = [
        ("random counts", rng.integers(0, 100, 8), rng.integers(0, 100, 8)),
        ("zeros in one side", np.array([10, 0, 5, 0, 1]), np.array([3, 4, 5, 6, 0])),
        ("identical shares (distance 0)", np.array([1, 2, 3, 4]), np.array([10, 20, 30, 40])),
        ("disjoint support (distance 1)", np.array([5, 7, 0, 0]), np.array([0, 0, 1, 9])),
        ("nearly equal large counts", np.array([1000000, 999999, 1000001]), np.array([1000001, 1000000, 999999])),
    ]
    for name, p, q in vectors:
        cases.append({"kind": "counts", "name": name, "p": ints(p), "q": ints(q),
                      "distance": float(distance.jensenshannon(p, q, base=2))})
    ref = {"ios": 500, "android": 420, "web": 80, "tv": 3}
    cur = {"ios": 300, "android": 10, "web": 150, "car": 40}
    categories = list(ref) + [k for k in cur if k not in ref]
    cases.append({"kind": "categories", "name": "categories only in one dataset", "pMap": ref, "qMap": cur,
                  "distance": float(distance.jensenshannon([ref.get(k, 0) for k in categories],
                                                           [cur.get(k, 0) for k in categories], base=2))})
    write("js.json", "scipy.spatial.distance.jensenshannon(p, q, base=2)", cases)


# ---------------------------------------------------------------- ROC AUC

def auc_case(name, y, s):
    scores, inverse = np.unique(s, return_inverse=True)
    pos = np.bincount(inverse, weights=y, minlength=len(scores)).astype(int)
    neg = np.bincount(inverse, weights=1 - y, minlength=len(scores)).astype(int)
    neg_below = np.concatenate([[0], np.cumsum(neg)[:-1]])
    concordance = float(np.sum(pos * (neg_below + neg / 2.0)))
    return {"name": name, "scores": floats(scores), "positives": ints(pos), "negatives": ints(neg),
            "P": int(pos.sum()), "N": int(neg.sum()), "concordance": concordance,
            "auc": float(metrics.roc_auc_score(y, s))}


def auc_cases():
    rng = np.random.default_rng(505)
    y = rng.integers(0, 2, 2000)
    s = np.round(np.clip(0.3 * y + rng.normal(0.35, 0.2, 2000), 0, 1), 1)
    y2 = rng.integers(0, 2, 5000)
    s2 = np.round(1 / (1 + np.exp(-(1.2 * y2 + rng.normal(0, 1, 5000)))), 3)
    cases = [
        auc_case("heavy ties: scores rounded to 0.1", y, s),
        auc_case("scores rounded to 0.001", y2, s2),
        auc_case("perfect separation (AUC 1)", np.array([0, 0, 0, 1, 1]), np.array([0.1, 0.2, 0.3, 0.8, 0.9])),
        auc_case("inverted (AUC 0)", np.array([1, 1, 0, 0]), np.array([0.1, 0.2, 0.8, 0.9])),
        auc_case("all scores equal (AUC 0.5)", np.array([0, 1, 1, 0, 1]), np.full(5, 0.42)),
    ]
    write("auc.json", "sklearn.metrics.roc_auc_score(y, score) on the rows; per-score counts and the "
          "concordance sum from numpy", cases)


# ---------------------------------------------------------------- calibration

def calibration_case(name, p, y):
    bins = np.minimum(np.floor(p * 10), 9).astype(int)
    counts = np.bincount(bins, minlength=10)
    sum_pred = np.bincount(bins, weights=p, minlength=10)
    sum_label = np.bincount(bins, weights=y, minlength=10)
    nonempty = counts > 0
    mean_pred = sum_pred[nonempty] / counts[nonempty]
    observed = sum_label[nonempty] / counts[nonempty]
    ece = float(np.sum(counts[nonempty] / counts.sum() * np.abs(mean_pred - observed)))
    mce = float(np.max(np.abs(mean_pred - observed)))
    return {"name": name, "counts": ints(counts), "sumPredicted": floats(sum_pred),
            "sumLabels": floats(sum_label), "sumSquaredError": float(np.sum((p - y) ** 2)),
            "rows": int(len(p)), "ece": ece, "mce": mce, "brier": float(metrics.brier_score_loss(y, p))}


def calibration_cases():
    rng = np.random.default_rng(606)
    p = rng.beta(2, 5, 800)
    y = (rng.random(800) < np.clip(p * 1.3, 0, 1)).astype(int)
    edges = np.array([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 0.05, 0.95])
    p2 = np.concatenate([edges, rng.uniform(0, 0.35, 200)])
    y2 = (rng.random(len(p2)) < 0.2).astype(int)
    cases = [
        calibration_case("over-confident model", p, y),
        calibration_case("bin edges, 1.0 in the last bin, empty bins", p2, y2),
        calibration_case("perfect calibration of 0/1 predictions", np.array([0.0, 1.0, 1.0, 0.0]),
                         np.array([0, 1, 1, 0])),
    ]
    scores = [0.0, 0.05, 0.1, 0.2, 0.3, 0.7, 0.9, 0.99, 0.999999, 1.0, 0.29999999999999999, 0.6, 0.8]
    cases.append({"name": "bin of a score", "binScores": scores,
                  "bins": ints(np.minimum(np.floor(np.array(scores) * 10), 9))})
    write("calibration.json", "ECE/MCE: numpy over bins min(floor(p*10), 9); brier: "
          "sklearn.metrics.brier_score_loss(y, p)", cases)


# ---------------------------------------------------------------- two-proportion z-test, Wilson

def ztest_case(name, xb, nb, xt, nt):
    """statsmodels.stats.proportion.proportions_ztest([xt, xb], [nt, nb], value=0), its formula."""
    count = np.array([xt, xb])
    nobs = np.array([nt, nb])
    prop = count * 1.0 / nobs
    diff = prop[0] - prop[1]
    p_pooled = np.sum(count) * 1.0 / np.sum(nobs)
    var = p_pooled * (1 - p_pooled) * np.sum(1.0 / nobs)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = diff / np.sqrt(var)
        rel = (prop[0] - prop[1]) / prop[1]
    return {"name": name, "baselineSuccesses": xb, "baselineTrials": nb, "treatmentSuccesses": xt,
            "treatmentTrials": nt, "baselineRate": float(prop[1]), "treatmentRate": float(prop[0]),
            "z": float(z), "pTwoSided": float(stats.norm.sf(np.abs(z)) * 2),
            "pSmaller": float(stats.norm.cdf(z)), "pLarger": float(stats.norm.sf(z)),
            "relativeChange": float(rel)}


def ztest_cases():
    cases = [
        ztest_case("canary CTR drop", 5200, 100000, 4900, 100000),
        ztest_case("small slice, unequal sizes", 30, 400, 52, 500),
        ztest_case("no difference", 50, 1000, 25, 500),
        ztest_case("huge samples, tiny p", 2000000, 10000000, 1900000, 10000000),
        ztest_case("zero pooled variance", 0, 100, 0, 80),
        ztest_case("zero baseline rate", 0, 100, 3, 80),
    ]
    write("ztest.json", "statsmodels proportions_ztest([treatment, baseline], [nT, nB], value=0) formula "
          "evaluated with scipy.stats.norm (statsmodels not installed)", cases)


def wilson_cases():
    cases = []
    for x, n, alpha in [(0, 10, 0.05), (1, 10, 0.05), (5, 10, 0.05), (10, 10, 0.05), (37, 1234, 0.05),
                        (490000, 1000000, 0.01), (3, 7, 0.2)]:
        crit = stats.norm.isf(alpha / 2.0)
        q = x / n
        crit2 = crit ** 2
        denom = 1 + crit2 / n
        center = (q + crit2 / (2 * n)) / denom
        dist = crit * np.sqrt(q * (1.0 - q) / n + crit2 / (4.0 * n ** 2)) / denom
        cases.append({"successes": x, "trials": n, "alpha": alpha, "lower": float(max(0.0, center - dist)),
                      "upper": float(min(1.0, center + dist))})
    write("wilson.json", "statsmodels proportion_confint(x, n, alpha, method='wilson') formula evaluated with "
          "scipy.stats.norm.isf (statsmodels not installed)", cases)


# ---------------------------------------------------------------- confusion counts

def confusion_cases():
    rng = np.random.default_rng(707)
    cases = []
    arrays = [
        ("random", rng.integers(0, 2, 300), rng.integers(0, 2, 300)),
        ("no true positives", np.array([1, 1, 0, 0]), np.array([0, 0, 1, 1])),
        ("no predicted positives: precision undefined", np.array([1, 0, 1, 0]), np.array([0, 0, 0, 0])),
        ("no labelled positives: recall undefined", np.array([0, 0, 0]), np.array([1, 0, 0])),
        ("no positives at all: everything undefined", np.array([0, 0]), np.array([0, 0])),
    ]
    import warnings
    for name, y, yhat in arrays:
        tn, fp, fn, tp = metrics.confusion_matrix(y, yhat, labels=[0, 1]).ravel()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            prec = metrics.precision_score(y, yhat, zero_division="warn")
            rec = metrics.recall_score(y, yhat, zero_division="warn")
            f1 = metrics.f1_score(y, yhat, zero_division="warn")
        cases.append({"name": name, "tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn),
                      "precisionDefined": bool(tp + fp > 0), "recallDefined": bool(tp + fn > 0),
                      "f1Defined": bool(2 * tp + fp + fn > 0),
                      "precision": float(prec), "recall": float(rec), "f1": float(f1)})
    write("confusion.json", "sklearn.metrics.confusion_matrix, precision_score, recall_score, f1_score "
          "(zero_division='warn': 0.0 where undefined)", cases)


# ---------------------------------------------------------------- exposure concentration

def gini_numpy(x):
    x = np.asarray(x, dtype=float)
    return float(np.abs(np.subtract.outer(x, x)).mean() / (2 * x.mean()))


def exposure_cases():
    rng = np.random.default_rng(808)
    fractions = [0.01, 0.1, 0.2, 0.5, 1.0]
    cases = []
    for name, x in [
        ("zipf-like popularity", np.round(10000 / np.arange(1, 301) ** 1.1).astype(int)),
        ("random with never-shown items", np.where(rng.random(400) < 0.3, 0, rng.integers(1, 500, 400))),
        ("uniform exposure (Gini 0)", np.full(30, 7)),
        ("one item gets everything", np.array([0] * 9 + [100])),
        ("single item", np.array([42])),
    ]:
        shares = []
        for f in fractions:
            k = max(1, math.ceil(round(f * len(x), 9)))
            shares.append({"fraction": f, "k": k, "share": float(np.sort(x)[::-1][:k].sum() / x.sum())})
        cases.append({"name": name, "exposures": ints(x), "gini": gini_numpy(x), "topShares": shares})
    write("exposure.json", "gini: numpy np.abs(np.subtract.outer(x, x)).mean() / (2 * x.mean()); top share: "
          "np.sort(x)[::-1][:k].sum() / x.sum() with k = max(1, ceil(round(fraction * n, 9)))", cases)


if __name__ == "__main__":
    psi_cases()
    ks_cases()
    chi2_cases()
    js_cases()
    auc_cases()
    calibration_cases()
    ztest_cases()
    wilson_cases()
    confusion_cases()
    exposure_cases()
