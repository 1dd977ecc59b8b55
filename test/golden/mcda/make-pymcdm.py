"""Reference values for @lokus/core's vector normalisation, TOPSIS and PROMETHEE II, from pymcdm.

Usage (from the repository root; needs Python 3 with numpy and pandas, and the source of pymcdm
1.4.0 on PYTHONPATH, e.g. a checkout of its repository):
    PYTHONPATH=<pymcdm source> python3 test/golden/mcda/make-pymcdm.py > test/golden/mcda/pymcdm.json

The decision matrices are written out below (rows = alternatives, columns = criteria), so the
output depends on nothing else. Criterion types: 1 benefit (profit), -1 cost. Numbers are printed
with repr() precision (17 significant digits).
"""
import json
import sys

import numpy as np
import pymcdm
from pymcdm import normalizations
from pymcdm.methods import PROMETHEE_II, TOPSIS

# Twelve alternatives, four criteria on different scales, with ties (rows 3 and 7 share the
# first criterion, rows 2 and 9 the fourth).
MATRIX = np.array([
    [12.0, 0.31, 450.0, 3.0],
    [7.5, 0.12, 980.0, 8.0],
    [15.2, 0.44, 300.0, 5.0],
    [9.9, 0.27, 610.0, 2.0],
    [4.1, 0.09, 1200.0, 9.0],
    [11.3, 0.35, 520.0, 4.0],
    [6.8, 0.18, 770.0, 7.0],
    [9.9, 0.22, 700.0, 6.0],
    [13.7, 0.40, 380.0, 1.0],
    [5.5, 0.15, 860.0, 8.0],
    [8.2, 0.29, 640.0, 3.0],
    [10.6, 0.26, 590.0, 5.0],
])
TYPES = np.array([1, 1, -1, -1])
WEIGHTS = np.array([0.4, 0.25, 0.2, 0.15])

# Zhao, Peng & Li (2013), "Revised PROMETHEE II for improving efficiency in emergency response",
# Procedia Computer Science 17:181-188: three alternatives, three benefit criteria, usual.
ZHAO = np.array([[4.0, 3.0, 2.0], [3.0, 2.0, 4.0], [5.0, 1.0, 3.0]])
ZHAO_WEIGHTS = np.array([0.5, 0.3, 0.2])

# Opricovic & Tzeng (2004), EJOR 156:445-455, numerical example: a cost and a benefit criterion.
OT = np.array([[1.0, 3000.0], [2.0, 3750.0], [5.0, 4500.0]])
OT_TYPES = np.array([-1, 1])
OT_WEIGHTS = np.array([0.5, 0.5])

# PROMETHEE II thresholds per criterion, in each criterion's own units.
P = [4.0, 0.15, 400.0, 4.0]
Q = [1.0, 0.03, 100.0, 1.0]


def columns(m):
    return [list(map(float, m[:, j])) for j in range(m.shape[1])]


def main():
    out = {
        "generator": f"pymcdm {getattr(pymcdm, '__version__', '1.4.0')}, numpy {np.__version__}, "
                     f"Python {sys.version.split()[0]}",
        "matrix": columns(MATRIX),
        "types": TYPES.tolist(),
        "weights": WEIGHTS.tolist(),
        "vector": {
            "benefit": [list(normalizations.vector_normalization(MATRIX[:, j], cost=False))
                        for j in range(MATRIX.shape[1])],
            "cost": [list(normalizations.vector_normalization(MATRIX[:, j], cost=True))
                     for j in range(MATRIX.shape[1])],
        },
        "topsis": {
            "vector": list(TOPSIS(normalizations.vector_normalization)(MATRIX, WEIGHTS, TYPES)),
            "minmax": list(TOPSIS(normalizations.minmax_normalization)(MATRIX, WEIGHTS, TYPES)),
            "opricovicTzengVector": list(
                TOPSIS(normalizations.vector_normalization)(OT, OT_WEIGHTS, OT_TYPES)),
            "opricovicTzengMinmax": list(
                TOPSIS(normalizations.minmax_normalization)(OT, OT_WEIGHTS, OT_TYPES)),
        },
        "promethee": {
            "p": P,
            "q": Q,
            "usual": list(PROMETHEE_II("usual")(MATRIX, WEIGHTS, TYPES)),
            "vshape": list(PROMETHEE_II("vshape", p=P)(MATRIX, WEIGHTS, TYPES)),
            "linear": list(PROMETHEE_II("vshape_2", p=P, q=Q)(MATRIX, WEIGHTS, TYPES)),
            "zhao": {
                "matrix": columns(ZHAO),
                "weights": ZHAO_WEIGHTS.tolist(),
                "usual": list(PROMETHEE_II("usual")(ZHAO, ZHAO_WEIGHTS, np.ones(3))),
            },
        },
    }
    json.dump(out, sys.stdout, default=float)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
