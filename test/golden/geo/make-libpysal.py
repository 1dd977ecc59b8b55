"""Reference contiguity neighbours for @lokus/geo, computed with libpysal.

Usage (from the repository root; needs Python 3 with libpysal 4.7, no shapely or geopandas):
    python3 test/golden/geo/make-libpysal.py "$LOKUS_DATA_DIR" > test/golden/geo/libpysal.json

LOKUS_DATA_DIR is the directory of the real district data, kept outside the repository (see the
repository README). Polygons are read from boundaries/desa-3321-demak.geojson with
libpysal.cg.asShape. libpysal's Queen joins polygons that share a vertex (exact coordinates); its
Rook joins polygons that share an edge, i.e. the same two consecutive vertices. Neighbour lists are 0-based and sorted, in file order.
"""
import json
import sys
import warnings

warnings.filterwarnings("ignore")
import libpysal  # noqa: E402
from libpysal.cg import asShape  # noqa: E402
from libpysal.weights import Queen, Rook  # noqa: E402


def lists(w, n):
    return [sorted(int(j) for j in w.neighbors.get(i, [])) for i in range(n)]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 make-libpysal.py <data directory>")
    path = sys.argv[1] + "/boundaries/desa-3321-demak.geojson"
    with open(path, encoding="utf-8") as f:
        features = json.load(f)["features"]
    shapes = [asShape(feature["geometry"]) for feature in features]
    ids = list(range(len(shapes)))
    queen = Queen.from_iterable(shapes, ids=ids)
    rook = Rook.from_iterable(shapes, ids=ids)
    out = {
        "generator": "libpysal " + libpysal.__version__,
        "demak": {
            "kode": [feature["properties"]["kode"] for feature in features],
            "queen": lists(queen, len(shapes)),
            "rook": lists(rook, len(shapes)),
        },
    }
    json.dump(out, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


main()
