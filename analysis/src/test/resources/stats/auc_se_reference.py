#!/usr/bin/python3
"""Reference values for AucStandardErrorTest (scikit-learn 1.2.1, numpy 1.24.2):

    /usr/bin/python3 analysis/src/test/resources/stats/auc_se_reference.py

For each generated case: sklearn.metrics.roc_auc_score on the rows, the Hanley-McNeil (1982) standard error
evaluated with numpy from that AUC (same formula as the Java class), and the bootstrap standard error of
roc_auc_score over 2000 resamples (a different estimate, compared loosely).
"""
import json
import os

import numpy as np
import sklearn
from sklearn import metrics

assert sklearn.__version__ == "1.2.1", sklearn.__version__
assert np.__version__ == "1.24.2", np.__version__

HERE = os.path.dirname(os.path.abspath(__file__))


def hanley_mcneil(a, p, n):
    q1 = a / (2 - a)
    q2 = 2 * a * a / (1 + a)
    return float(np.sqrt((a * (1 - a) + (p - 1) * (q1 - a * a) + (n - 1) * (q2 - a * a)) / (p * n)))


def main():
    rng = np.random.default_rng(20261122)
    cases = []
    for i, (n, shift, rate) in enumerate([(300, 0.5, 0.3), (800, 1.0, 0.2), (2000, 1.5, 0.5), (5000, 0.2, 0.1),
                                          (1500, 2.5, 0.4)]):
        y = (rng.random(n) < rate).astype(int)
        s = rng.normal(size=n) + shift * y
        s = np.round(s, 2)
        auc = metrics.roc_auc_score(y, s)
        boot = []
        for _ in range(2000):
            idx = rng.integers(0, n, n)
            if y[idx].min() == y[idx].max():
                continue
            boot.append(metrics.roc_auc_score(y[idx], s[idx]))
        p = int(y.sum())
        cases.append({"name": f"case{i}: n={n}, shift={shift}, rate={rate}", "auc": float(auc), "positives": p,
                      "negatives": int(n - p), "hanley_mcneil_se": hanley_mcneil(auc, p, n - p),
                      "bootstrap_se": float(np.std(boot, ddof=1))})
    with open(os.path.join(HERE, "auc_se.json"), "w") as f:
        json.dump({"source": "sklearn.metrics.roc_auc_score; Hanley-McNeil formula in numpy; bootstrap of "
                             "roc_auc_score (2000 resamples)",
                   "versions": {"scikit-learn": sklearn.__version__, "numpy": np.__version__}, "cases": cases}, f,
                  indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
