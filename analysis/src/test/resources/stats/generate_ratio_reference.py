#!/usr/bin/python3
"""Reference values for RiskRatioZTest (dev.mlwb.analysis.stats).

Run with the interpreter that has scipy 1.10.1 and numpy 1.24.2:

    /usr/bin/python3 analysis/src/test/resources/stats/generate_ratio_reference.py

statsmodels is not installed: the values are the formula of statsmodels'
test_proportions_2indep(count1, nobs1, count2, nobs2, value, compare='ratio', method='log')
evaluated with numpy and scipy.stats.norm. Writes ratio.json next to itself.
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

assert scipy.__version__ == "1.10.1", scipy.__version__
assert np.__version__ == "1.24.2", np.__version__

HERE = os.path.dirname(os.path.abspath(__file__))


def case(name, xb, nb, xt, nt, value):
    """statsmodels test_proportions_2indep(xt, nt, xb, nb, value, compare='ratio', method='log'), its formula."""
    prop1, prop2 = xt / nt, xb / nb
    ratio = prop1 / prop2
    std = np.sqrt(1 / xt - 1 / nt + 1 / xb - 1 / nb)
    z = (np.log(ratio) - np.log(value)) / std
    return {"name": name, "baselineSuccesses": xb, "baselineTrials": nb, "treatmentSuccesses": xt,
            "treatmentTrials": nt, "hypothesis": value, "ratio": float(ratio), "standardError": float(std),
            "z": float(z), "pSmaller": float(stats.norm.cdf(z)), "pLarger": float(stats.norm.sf(z))}


cases = [
    case("canary CTR 10% down, 5% tolerated", 5000, 100000, 4500, 100000, 0.95),
    case("noisy conversion windows", 2200, 26700, 204, 3094, 0.95),
    case("equal rates against equality", 50, 1000, 25, 500, 1.0),
    case("treatment higher", 40, 1000, 70, 1000, 0.95),
    case("huge samples", 2000000, 10000000, 1890000, 10000000, 0.95),
]
path = os.path.join(HERE, "ratio.json")
with open(path, "w") as f:
    json.dump({"source": "statsmodels test_proportions_2indep(..., compare='ratio', method='log') formula evaluated "
               "with scipy.stats.norm (statsmodels not installed)",
               "versions": {"scipy": scipy.__version__, "numpy": np.__version__}, "cases": cases}, f, indent=1)
    f.write("\n")
