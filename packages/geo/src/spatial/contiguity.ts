import type { Feature, Geometry } from 'geojson';
import { flatPolygons } from '../flat/flatPolygons.ts';
import type { FlatPolygons } from '../flat/types.ts';
import { type Grid, stripePairs } from './contiguityStripes.ts';
import type { ContiguityOptions, ContiguityWeights, SpatialDiagnostic } from './types.ts';

/** Features accepted by the contiguity builders: GeoJSON features or {@link FlatPolygons}. */
export type PolygonFeatures = readonly Feature<Geometry | null>[] | FlatPolygons;

const EMPTY = -1;

/** Vertices per stripe of the sort (about 4 MB of working arrays). */
const STRIPE_VERTICES = 1 << 16;

/** Symmetric binary CSR weights from unordered pairs (duplicates allowed). */
export function csrFromPairs(
  n: number,
  pairs: { readonly a: Int32Array; readonly b: Int32Array; readonly length: number },
): { offsets: Int32Array; neighbours: Int32Array } {
  const count = new Int32Array(n + 1);
  for (let p = 0; p < pairs.length; p++) {
    count[pairs.a[p]! + 1]!++;
    count[pairs.b[p]! + 1]!++;
  }
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const fill = count.slice(0, n);
  const all = new Int32Array(count[n]!);
  for (let p = 0; p < pairs.length; p++) {
    const a = pairs.a[p]!;
    const b = pairs.b[p]!;
    all[fill[a]!++] = b;
    all[fill[b]!++] = a;
  }
  const offsets = new Int32Array(n + 1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const row = all.subarray(count[i]!, count[i + 1]!);
    row.sort();
    let last = EMPTY;
    for (let k = 0; k < row.length; k++) {
      const j = row[k]!;
      if (j !== last) {
        all[out++] = j;
        last = j;
      }
    }
    offsets[i + 1] = out;
  }
  return { offsets, neighbours: all.slice(0, out) };
}

/**
 * Queen or rook contiguity of polygon features (the shared engine of `queenWeights` and
 * `rookWeights`), on flat arrays (GeoJSON features are flattened first).
 *
 * 1. Every ring vertex (without the closing repeat) is snapped to a grid of spacing `tolerance`
 *    (integer cells relative to the minimum, below 2^32). The vertices are cut into stripes of
 *    grid columns with about `stripeVertices` vertices each; in each stripe (its columns, one more
 *    on each side, and the ring neighbours of those vertices) they are radix-sorted by cell and
 *    cells that are the same or 8-adjacent are merged into one node (union–find), so two vertices
 *    within `tolerance` in x and y are always the same node in some stripe.
 * 2. Queen: features meeting at a node are neighbours. Rook: each ring edge becomes the sorted
 *    pair of its end nodes; features holding the same edge are neighbours.
 * 3. The pairs of all stripes become a symmetric binary CSR matrix (rows sorted, no duplicates).
 *
 * One stripe is the whole-map sort; stripes bound the working memory by the stripe instead of
 * the map. They differ only where a chain of vertices, each within 2 × `tolerance` of the next,
 * crosses a stripe border: the whole-map sort would merge the chain's ends, which is allowed
 * but not promised. O(V) for V vertices (a few radix passes), plus sorting each row.
 */
export function contiguity(
  fn: string,
  features: PolygonFeatures,
  criterion: 'queen' | 'rook',
  options: ContiguityOptions,
  stripeVertices = STRIPE_VERTICES,
): ContiguityWeights {
  const { tolerance = 1e-7, idProperty = 'kode' } = options;
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new Error(`${fn} requires a positive finite tolerance`);
  }
  const flat = asFlat(fn, features);
  const n = flat.length;
  const diagnostics: SpatialDiagnostic[] = [];
  const villageOf = (i: number): { village?: string } => {
    const value = flat.properties[i]?.[idProperty];
    return typeof value === 'string' ? { village: value } : {};
  };
  const grid = snapGrid(fn, flat, tolerance, stripeVertices, villageOf, diagnostics);
  const keys = grid === null ? new Float64Array(0) : stripePairs(flat, grid, criterion);
  const pairs = {
    a: new Int32Array(keys.length),
    b: new Int32Array(keys.length),
    length: keys.length,
  };
  for (let p = 0; p < keys.length; p++) {
    pairs.a[p] = Math.floor(keys[p]! / n);
    pairs.b[p] = keys[p]! - pairs.a[p]! * n;
  }
  const { offsets, neighbours } = csrFromPairs(n, pairs);
  const islandList: number[] = [];
  for (let i = 0; i < n; i++) {
    if (offsets[i + 1] !== offsets[i]) continue;
    islandList.push(i);
    diagnostics.push({
      code: 'ISLAND',
      severity: 'warning',
      message: `Feature ${i + 1} has no ${criterion} neighbour.`,
      row: i + 1,
      ...villageOf(i),
    });
  }
  return {
    n,
    offsets,
    neighbours,
    weights: new Float64Array(neighbours.length).fill(1),
    style: 'binary',
    islands: Int32Array.from(islandList),
    diagnostics,
  };
}

/** The input as flat arrays. */
function asFlat(fn: string, features: PolygonFeatures): FlatPolygons {
  if (Array.isArray(features)) return flatPolygons(features as readonly Feature<Geometry | null>[]);
  const flat = features as FlatPolygons;
  if (flat?.coordinates instanceof Float64Array && flat.featureOffsets instanceof Int32Array) {
    return flat;
  }
  throw new Error(`${fn} requires an array of GeoJSON features or flat polygons`);
}

/** Whether a ring's last vertex repeats its first. */
function closes(c: Float64Array, a: number, b: number): boolean {
  return b - a >= 2 && c[2 * a] === c[2 * (b - 1)] && c[2 * a + 1] === c[2 * (b - 1) + 1];
}

/**
 * Pass 1: distinct vertices per ring, feature of each ring, and diagnostics for features without
 * polygon vertices (`EMPTY_GEOMETRY`, or `UNSUPPORTED_GEOMETRY` for another geometry type; they
 * become islands). Pass 2: the grid origin, the span check and the stripe bounds. Null when no
 * feature has a vertex.
 */
function snapGrid(
  fn: string,
  flat: FlatPolygons,
  tolerance: number,
  stripeVertices: number,
  villageOf: (i: number) => { village?: string },
  diagnostics: SpatialDiagnostic[],
): Grid | null {
  const { coordinates, ringOffsets, polygonOffsets, featureOffsets } = flat;
  const rings = ringOffsets.length - 1;
  const ringFeature = new Int32Array(rings);
  const ringLength = new Int32Array(rings);
  let vertices = 0;
  for (let i = 0; i < flat.length; i++) {
    let count = 0;
    for (let p = featureOffsets[i]!; p < featureOffsets[i + 1]!; p++) {
      for (let r = polygonOffsets[p]!; r < polygonOffsets[p + 1]!; r++) {
        const a = ringOffsets[r]!;
        const b = ringOffsets[r + 1]!;
        ringFeature[r] = i;
        ringLength[r] = closes(coordinates, a, b) ? b - a - 1 : b - a;
        count += ringLength[r]!;
      }
    }
    vertices += count;
    if (count === 0) emptyDiagnostic(flat, i, villageOf, diagnostics);
  }
  if (vertices === 0) return null;
  return gridBounds(fn, flat, { tolerance, ringFeature, ringLength, vertices }, stripeVertices);
}

function emptyDiagnostic(
  flat: FlatPolygons,
  i: number,
  villageOf: (i: number) => { village?: string },
  diagnostics: SpatialDiagnostic[],
): void {
  const type = flat.geometryTypes[i] ?? null;
  const code =
    type === null || type === 'Polygon' || type === 'MultiPolygon'
      ? 'EMPTY_GEOMETRY'
      : 'UNSUPPORTED_GEOMETRY';
  diagnostics.push({
    code,
    severity: 'warning',
    message:
      code === 'EMPTY_GEOMETRY'
        ? `Feature ${i + 1} has no polygon coordinates; it is treated as an island.`
        : `Feature ${i + 1} is not a Polygon or MultiPolygon; it is treated as an island.`,
    row: i + 1,
    ...villageOf(i),
  });
}

/** Histogram bins of grid columns used to place the stripe bounds. */
const BINS = 4096;

/** Grid origin and span check, then stripe bounds with about `stripeVertices` vertices each. */
function gridBounds(
  fn: string,
  flat: FlatPolygons,
  rings: Pick<Grid, 'tolerance' | 'ringFeature' | 'ringLength' | 'vertices'>,
  stripeVertices: number,
): Grid {
  const { coordinates, ringOffsets } = flat;
  const { tolerance, ringFeature, ringLength, vertices } = rings;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  const eachVertex = (visit: (v: number) => void): void => {
    for (let r = 0; r < ringLength.length; r++) {
      for (let v = ringOffsets[r]!; v < ringOffsets[r]! + ringLength[r]!; v++) visit(v);
    }
  };
  eachVertex((v) => {
    const x = coordinates[2 * v]!;
    const y = coordinates[2 * v + 1]!;
    if (!(Number.isFinite(x) && Number.isFinite(y))) {
      const r = ringOffsets.findIndex((o, k) => o <= v && v < ringOffsets[k + 1]!);
      throw new Error(`${fn} requires finite coordinates (feature ${ringFeature[r]! + 1})`);
    }
    const qx = Math.round(x / tolerance);
    const qy = Math.round(y / tolerance);
    if (qx < x0) x0 = qx;
    if (qx > x1) x1 = qx;
    if (qy < y0) y0 = qy;
    if (qy > y1) y1 = qy;
  });
  if (!(x1 - x0 < 2 ** 32 && y1 - y0 < 2 ** 32)) {
    throw new Error(`${fn} requires coordinates spanning less than 2^32 tolerances`);
  }
  const columns = x1 - x0 + 1;
  const stripes = Math.max(1, Math.ceil(vertices / stripeVertices));
  const bins = Math.min(BINS, columns);
  const binOf = (c: number): number => Math.floor((c / columns) * bins);
  const histogram = new Float64Array(bins);
  eachVertex((v) => {
    histogram[binOf(Math.round(coordinates[2 * v]! / tolerance) - x0)]!++;
  });
  const bounds = [0];
  let seen = 0;
  for (let b = 0; b < bins - 1 && bounds.length < stripes; b++) {
    seen += histogram[b]!;
    const cut = Math.ceil(((b + 1) * columns) / bins);
    if (seen >= (bounds.length * vertices) / stripes && cut > bounds.at(-1)!) bounds.push(cut);
  }
  bounds.push(columns);
  return {
    tolerance,
    x0,
    y0,
    ringFeature,
    ringLength,
    vertices,
    bounds: Float64Array.from(bounds),
  };
}
