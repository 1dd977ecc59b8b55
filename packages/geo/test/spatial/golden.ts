import { existsSync, readFileSync } from 'node:fs';
import type { Feature, Geometry, Polygon } from 'geojson';
import type { SpatialWeights } from '../../src/spatial/types.ts';

const goldenDir = new URL('../../../../test/golden/geo/', import.meta.url);

/** Moran test figures from R spdep's `moran.test` (randomisation TRUE and FALSE). */
export interface SpdepMoran {
  I: number;
  EI: number;
  varRand: number;
  zRand: number;
  varNorm: number;
  zNorm: number;
  pRandGreater: number;
  pNormGreater: number;
}

/** R spdep's `localmoran` columns (spdep scaling) and `p.adjust(p, "BH")`. */
export interface SpdepLocal {
  Ii: number[];
  EIi: number[];
  VarIi: number[];
  ZIi: number[];
  p: number[];
  pBH: number[];
}

/** Reference values written by test/golden/geo/make-spdep.R (R spdep 1.2-7). */
export interface SpdepGolden {
  generator: string;
  lattice: {
    nrow: number;
    ncol: number;
    y: number[];
    queen: number[][];
    rook: number[][];
    moranQueenW: SpdepMoran;
    moranQueenB: SpdepMoran;
    moranRookW: SpdepMoran;
    localMoranQueenW: SpdepLocal;
    localMoranQueenB: SpdepLocal;
    giStarB: number[];
    giStarW: number[];
    giB: number[];
    giW: number[];
  };
  points: {
    x: number[];
    y: number[];
    knn4: number[][];
    band18: number[][];
    moranKnn4W: SpdepMoran;
  };
  demak: {
    kode: string[];
    queen: number[][];
    rook: number[][];
    idm: (number | null)[];
    moranIdmQueenW: SpdepMoran;
    moranIdmQueenB: SpdepMoran;
    localMoranIdmQueenW: SpdepLocal;
    giStarIdmB: number[];
    giIdmW: number[];
  };
}

/** Reference neighbours written by test/golden/geo/make-libpysal.py (libpysal 4.7). */
export interface LibpysalGolden {
  generator: string;
  demak: { kode: string[]; queen: number[][]; rook: number[][] };
}

export const spdep: SpdepGolden = JSON.parse(
  readFileSync(new URL('spdep.json', goldenDir), 'utf8'),
) as SpdepGolden;

export const libpysal: LibpysalGolden = JSON.parse(
  readFileSync(new URL('libpysal.json', goldenDir), 'utf8'),
) as LibpysalGolden;

/** The data directory of the real boundaries, if configured. */
export const dataDir = process.env.LOKUS_DATA_DIR;

const demakPath = dataDir ? `${dataDir}/boundaries/desa-3321-demak.geojson` : '';

/** Whether the Demak boundaries are available; tests on real data skip otherwise. */
export const noDemak = !dataDir || !existsSync(demakPath);

/** Message for skipped real-data tests. */
export const noDemakMessage = 'set LOKUS_DATA_DIR to the data directory to run real-data tests';

/** The 249 Demak village polygons in file order. */
export function demakFeatures(): Feature<Geometry>[] {
  const collection = JSON.parse(readFileSync(demakPath, 'utf8')) as {
    features: Feature<Geometry>[];
  };
  return collection.features;
}

/** Unit squares of an nrow × ncol lattice in spdep's `cell2nb` order (row index fastest). */
export function latticeSquares(nrow: number, ncol: number): Feature<Polygon>[] {
  const out: Feature<Polygon>[] = [];
  for (let k = 0; k < nrow * ncol; k++) {
    const x = Math.floor(k / nrow);
    const y = k % nrow;
    out.push(square(x, y));
  }
  return out;
}

/** A unit square with its lower-left corner at (x, y). */
export function square(x: number, y: number, size = 1): Feature<Polygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + size, y],
          [x + size, y + size],
          [x, y + size],
          [x, y],
        ],
      ],
    },
  };
}

/** Neighbour lists of CSR weights. */
export function rows(w: SpatialWeights): number[][] {
  return Array.from({ length: w.n }, (_, i) =>
    Array.from(w.neighbours.subarray(w.offsets[i]!, w.offsets[i + 1]!)),
  );
}

/** Largest |a_i − b_i|, or Infinity when the lengths differ. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** Demak IDM values of desa only (kelurahan have none) and the keep flags. */
export function demakIdm(): { keep: boolean[]; values: number[] } {
  const keep = spdep.demak.idm.map((v) => v !== null);
  const values = spdep.demak.idm.filter((v): v is number => v !== null);
  return { keep, values };
}
