#!/usr/bin/python3
"""The drift statistics of data.drift computed the way a notebook would: pandas reads the training and
serving CSV files written by WideData, then per feature, overall and per 1-day window of serving,
numeric: PSI on training's deciles and scipy's two-sample Kolmogorov-Smirnov test;
categorical: PSI per category, scipy's chi-square test of independence and the base-2 Jensen-Shannon distance.

Debian's packages: apt-get install -y python3-pandas python3-scipy   (pandas 1.5.3, scipy 1.10.1)
Run: /usr/bin/python3 benchmarks/reference/drift_reference.py DIR     (DIR written by WideData ... csv)
"""
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon

MIN_SHARE = 1e-4


def psi(ref_counts, cur_counts):
    r = np.maximum(ref_counts / ref_counts.sum(), MIN_SHARE)
    c = np.maximum(cur_counts / cur_counts.sum(), MIN_SHARE)
    both_empty = (ref_counts == 0) & (cur_counts == 0)
    terms = np.where(both_empty, 0.0, (c - r) * np.log(c / r))
    return float(terms.sum())


def numeric(ref, cur):
    ref = ref[~np.isnan(ref)]
    cur = cur[~np.isnan(cur)]
    edges = np.unique(np.quantile(ref, np.arange(1, 10) / 10))
    r = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1)
    c = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1)
    ks = stats.ks_2samp(ref, cur)
    return psi(r, c), ks.statistic, ks.pvalue


def categorical(ref, cur):
    r = ref.value_counts()
    c = cur.value_counts()
    cats = r.index.union(c.index)
    rc = r.reindex(cats, fill_value=0).to_numpy()
    cc = c.reindex(cats, fill_value=0).to_numpy()
    chi2 = stats.chi2_contingency(np.vstack([rc, cc]))[1]
    return psi(rc, cc), chi2, jensenshannon(rc, cc, base=2)


def main(folder):
    started = time.perf_counter()
    training = pd.read_csv(f"{folder}/training.csv")
    serving = pd.read_csv(f"{folder}/serving.csv")
    read = time.perf_counter() - started
    day = pd.to_datetime(serving["event time"]).dt.floor("D")
    results = 0
    for col in training.columns:
        if col in ("entity id", "event time"):
            continue
        if col.startswith("f"):
            ref = training[col].to_numpy(dtype=float)
            numeric(ref, serving[col].to_numpy(dtype=float))
            for _, window in serving.groupby(day)[col]:
                numeric(ref, window.to_numpy(dtype=float))
        else:
            categorical(training[col].dropna(), serving[col].dropna())
            for _, window in serving.groupby(day)[col]:
                categorical(training[col].dropna(), window.dropna())
        results += 1
    total = time.perf_counter() - started
    print(f"pandas {pd.__version__} + scipy: read the two CSV files in {read:.2f} s; drift statistics of {results} "
          f"features, overall and per day, in {total - read:.2f} s; total {total:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1])
