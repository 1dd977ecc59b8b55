"""The plain pandas baseline of the pipeline benchmark (test/bench/pipeline.bench.ts).

The benchmark writes its national table to a folder in a raw binary layout (no CSV, no Parquet:
reading is not what is measured) and runs this script with that folder. The script loads the
table into a DataFrame once, then times the same pipeline as the lokus scenario, written the way
a pandas user would write it:

1. fill missing values with each column's median (`fillna(median())`);
2. min-max normalise to 0-100, oriented so that higher = more need
   (`(max - x) / (max - min)` for a higher-is-better indicator);
3. weighted mean with the weights given (equal in the benchmark);
4. rank, highest score first, ties sharing the minimum rank (`rank(method="min")`);
5. top N with a quota per kecamatan: first the best village of each kecamatan (quota minimum,
   walking the ranking while there is room in N), then the rest by rank, at most `quota_max` per
   kecamatan. Ties in the order are broken by row, and the benchmark's rows are in village-code
   order, so this is lokus's tie rule.

It does not validate the table, keep the stages, write a reason per village or compute map
classes, which lokus's pipeline does. Prints one JSON object: the median wall and CPU time of a
run (`time.perf_counter`, `time.process_time`), and the selected rows and scores of the last run
so that the benchmark can check that both pipelines agree.

Usage: python3 pipeline_pandas.py <folder>   (folder holds meta.json, values.f64, kecamatan.i32)
"""

import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd


def load(folder):
    meta = json.loads((folder / "meta.json").read_text())
    n, ids = meta["villages"], meta["indicators"]
    values = np.fromfile(folder / "values.f64", dtype="<f8").reshape(len(ids), n)
    frame = pd.DataFrame({k: values[j] for j, k in enumerate(ids)})
    kecamatan = pd.Series(np.fromfile(folder / "kecamatan.i32", dtype="<i4"))
    return meta, frame, kecamatan


def pipeline(frame, kecamatan, meta):
    weights = pd.Series(meta["weights"], index=frame.columns)
    flipped = [k for k, d in zip(frame.columns, meta["directions"]) if d == "higher-is-better"]
    x = frame.fillna(frame.median())
    low, high = x.min(), x.max()
    span = high - low
    normalised = (x - low) / span * 100
    normalised[flipped] = (high[flipped] - x[flipped]) / span[flipped] * 100
    score = (normalised * weights).sum(axis=1) / weights.sum()
    rank = score.rank(method="min", ascending=False)
    order = score.sort_values(ascending=False, kind="stable").index
    kec_in_order = kecamatan.loc[order]
    place_in_kec = kec_in_order.groupby(kec_in_order).cumcount()
    n, quota_min, quota_max = meta["n"], meta["quotaMin"], meta["quotaMax"]
    minimum = place_in_kec.index[place_in_kec.to_numpy() < quota_min][:n]
    rest = place_in_kec[(place_in_kec < quota_max) & ~place_in_kec.index.isin(minimum)]
    chosen = minimum.append(rest.index[: max(0, n - len(minimum))])
    selected = pd.Series(False, index=frame.index)
    selected.loc[chosen] = True
    return score, rank, selected


def main():
    folder = Path(sys.argv[1])
    meta, frame, kecamatan = load(folder)
    for _ in range(meta["warmup"]):
        pipeline(frame, kecamatan, meta)
    wall, cpu = [], []
    for _ in range(meta["runs"]):
        w0, c0 = time.perf_counter(), time.process_time()
        score, rank, selected = pipeline(frame, kecamatan, meta)
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    print(
        json.dumps(
            {
                "pandas": pd.__version__,
                "numpy": np.__version__,
                "python": sys.version.split()[0],
                "runs": meta["runs"],
                "medianMs": round(statistics.median(wall), 2),
                "minMs": round(min(wall), 2),
                "cpuMedianMs": round(statistics.median(cpu), 2),
                "selectedRows": np.flatnonzero(selected.to_numpy()).tolist(),
                "score": score.tolist(),
                "rank": rank.tolist(),
            }
        )
    )


if __name__ == "__main__":
    main()
