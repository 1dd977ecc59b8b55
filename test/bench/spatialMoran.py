"""Moran's I with 999 permutations as PySAL esda's Moran computes it (esda is not installed here,
so its permutation loop is written out: permute z, spatial lag through libpysal's sparse W,
I = n / S0 * z'Wz / z'z), on the weights and values the spatial benchmark writes.

Usage: /usr/bin/python3 spatialMoran.py <offsets.i32> <neighbours.i32> <weights.f64> <y.f64>
Prints one JSON object: I, seconds and CPU seconds of the 999 permutations.
"""
import json
import sys
import time

import numpy as np
from libpysal.weights import WSP

offsets = np.fromfile(sys.argv[1], dtype="<i4")
neighbours = np.fromfile(sys.argv[2], dtype="<i4")
weights = np.fromfile(sys.argv[3], dtype="<f8")
y = np.fromfile(sys.argv[4], dtype="<f8")
n = len(y)
from scipy.sparse import csr_matrix

w = WSP(csr_matrix((weights, neighbours, offsets), shape=(n, n))).to_W(silence_warnings=True)
w.transform = "r"
sparse = w.sparse
s0 = sparse.sum()
z = y - y.mean()
z2ss = (z * z).sum()


def calc(values):
    return n / s0 * (values * (sparse @ values)).sum() / z2ss


observed = calc(z)
np.random.seed(12345)
t0 = time.perf_counter()
c0 = time.process_time()
sims = np.array([calc(np.random.permutation(z)) for _ in range(999)])
seconds = time.perf_counter() - t0
cpu = time.process_time() - c0
above = (sims >= observed).sum()
p_sim = (min(above, 999 - above) + 1) / 1000
print(json.dumps({"I": observed, "pSim": p_sim, "seconds": seconds, "cpuSeconds": cpu}))
