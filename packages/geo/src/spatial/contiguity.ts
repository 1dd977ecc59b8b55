import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { ContiguityOptions, ContiguityWeights, SpatialDiagnostic } from './types.ts';

/** Features accepted by the contiguity builders. */
export type PolygonFeatures = readonly Feature<Geometry | null>[];

const EMPTY = -1;

/** Ring lists of one geometry, or a diagnostic code when it has none. */
function ringsOf(
  geometry: Geometry | null,
): Position[][][] | 'EMPTY_GEOMETRY' | 'UNSUPPORTED_GEOMETRY' {
  if (geometry === null) return 'EMPTY_GEOMETRY';
  if (geometry.type === 'Polygon') return [(geometry as Polygon).coordinates];
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates;
  return 'UNSUPPORTED_GEOMETRY';
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/**
 * Stable LSD radix sort of records (hi, lo, payload) by (hi, lo) as unsigned 32-bit keys stored
 * in `Int32Array`s, 11 bits per pass, skipping the digits above each key's maximum; the three
 * arrays are permuted along (no gathers, so it stays cache-friendly on millions of records). The
 * histograms of all passes come from one read of each key. Sorts in place, using `scratch`
 * buffers at least as long as the arrays.
 */
function radixSort2(
  hi: Int32Array,
  lo: Int32Array,
  payload: Int32Array,
  scratch: readonly [Int32Array, Int32Array, Int32Array],
): void {
  const count = payload.length;
  let h: Int32Array = hi;
  let l: Int32Array = lo;
  let p: Int32Array = payload;
  let h2: Int32Array = scratch[0].subarray(0, count);
  let l2: Int32Array = scratch[1].subarray(0, count);
  let p2: Int32Array = scratch[2].subarray(0, count);
  const mask = RADIX - 1;
  for (const level of [0, 1]) {
    const key = level === 0 ? l : h;
    let bits = 0;
    for (let k = 0; k < count; k++) bits |= key[k]!;
    const passes = Math.ceil((32 - Math.clz32(bits)) / RADIX_BITS);
    const hist = new Int32Array(RADIX * passes);
    for (let k = 0; k < count; k++) {
      const value = key[k]!;
      for (let d = 0; d < passes; d++) hist[d * RADIX + ((value >>> (d * RADIX_BITS)) & mask)]!++;
    }
    for (let d = 0; d < passes; d++) {
      let total = 0;
      for (let b = d * RADIX; b < (d + 1) * RADIX; b++) {
        const c = hist[b]!;
        hist[b] = total;
        total += c;
      }
      const shift = d * RADIX_BITS;
      const base = d * RADIX;
      const source = level === 0 ? l : h;
      for (let k = 0; k < count; k++) {
        const at = hist[base + ((source[k]! >>> shift) & mask)]!++;
        h2[at] = h[k]!;
        l2[at] = l[k]!;
        p2[at] = p[k]!;
      }
      [h, h2] = [h2, h];
      [l, l2] = [l2, l];
      [p, p2] = [p2, p];
    }
  }
  if (h !== hi) {
    hi.set(h);
    lo.set(l);
    payload.set(p);
  }
}

/** Growable list of unordered pairs of feature indices. */
class PairList {
  a: Int32Array;
  b: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.a = new Int32Array(Math.max(capacity, 16));
    this.b = new Int32Array(Math.max(capacity, 16));
  }

  push(i: number, j: number): void {
    if (this.length === this.a.length) {
      const a = new Int32Array(this.length * 2);
      const b = new Int32Array(this.length * 2);
      a.set(this.a);
      b.set(this.b);
      this.a = a;
      this.b = b;
    }
    this.a[this.length] = i;
    this.b[this.length++] = j;
  }
}

function find(parent: Int32Array, x: number): number {
  let root = x;
  while (parent[root]! !== root) root = parent[root]!;
  while (parent[x]! !== root) {
    const next = parent[x]!;
    parent[x] = root;
    x = next;
  }
  return root;
}

/**
 * Emits every pair of distinct features within each run of equal keys (`hi`, `lo` sorted,
 * `features` aligned with them).
 */
function emitRuns(
  hi: Int32Array,
  lo: Int32Array,
  features: Int32Array,
  seen: Int32Array,
  pairs: PairList,
): void {
  const count = features.length;
  let distinct = new Int32Array(16);
  let from = 0;
  let stamp = 0;
  while (from < count) {
    let to = from + 1;
    const h = hi[from]!;
    const l = lo[from]!;
    while (to < count && hi[to] === h && lo[to] === l) to++;
    if (to - from > 1) {
      stamp++;
      if (distinct.length < to - from) distinct = new Int32Array(to - from);
      let size = 0;
      for (let m = from; m < to; m++) {
        const f = features[m]!;
        if (seen[f] !== stamp) {
          seen[f] = stamp;
          distinct[size++] = f;
        }
      }
      for (let x = 0; x < size; x++) {
        for (let y = x + 1; y < size; y++) pairs.push(distinct[x]!, distinct[y]!);
      }
    }
    from = to;
  }
}

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
 * Snaps every ring vertex to integer grid cells, as unsigned 32-bit keys in `Int32Array`s, and
 * records its feature and the next vertex of its ring.
 */
function snapVertices(
  fn: string,
  ringsPerFeature: readonly (Position[][][] | null)[],
  vertexCount: number,
  tolerance: number,
): { featureOf: Int32Array; next: Int32Array; sx: Int32Array; sy: Int32Array; order: Int32Array } {
  const n = ringsPerFeature.length;
  // `next` links a vertex to the next one of its ring (for rook edges).
  const featureOf = new Int32Array(vertexCount);
  const next = new Int32Array(vertexCount);
  const sx = new Int32Array(vertexCount);
  const sy = new Int32Array(vertexCount);
  const order = new Int32Array(vertexCount);
  // One read of the coordinates: cells relative to the first vertex's cell, biased by 2^31 so
  // that keys below 2^32 keep their order as unsigned integers.
  let originX = Number.NaN;
  let originY = Number.NaN;
  let inRange = true;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const rings = ringsPerFeature[i];
    if (!rings) continue;
    for (const polygon of rings) {
      for (const ring of polygon) {
        const length = ringLength(ring);
        const first = v;
        for (let k = 0; k < length; k++) {
          const position = ring[k]!;
          const qx = Math.round(position[0]! / tolerance);
          const qy = Math.round(position[1]! / tolerance);
          if (v === 0) {
            originX = qx - 2 ** 31;
            originY = qy - 2 ** 31;
          }
          const kx = qx - originX;
          const ky = qy - originY;
          if (!(kx >= 0 && kx < 2 ** 32 && ky >= 0 && ky < 2 ** 32)) inRange = false;
          sx[v] = kx | 0;
          sy[v] = ky | 0;
          featureOf[v] = i;
          next[v] = k === length - 1 ? first : v + 1;
          order[v] = v;
          v++;
        }
      }
    }
  }
  if (inRange) return { featureOf, next, sx, sy, order };

  // Wide extents (or bad coordinates): cells relative to the minimum instead.
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  v = 0;
  for (const rings of ringsPerFeature) {
    if (!rings) continue;
    for (const polygon of rings) {
      for (const ring of polygon) {
        const length = ringLength(ring);
        for (let k = 0; k < length; k++) {
          const x = ring[k]![0]!;
          const y = ring[k]![1]!;
          if (!(Number.isFinite(x) && Number.isFinite(y))) {
            throw new Error(`${fn} requires finite coordinates (feature ${featureOf[v]! + 1})`);
          }
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
          v++;
        }
      }
    }
  }
  const x0 = Math.round(minX / tolerance);
  const y0 = Math.round(minY / tolerance);
  if (
    !(Math.round(maxX / tolerance) - x0 < 2 ** 32 && Math.round(maxY / tolerance) - y0 < 2 ** 32)
  ) {
    throw new Error(`${fn} requires coordinates spanning less than 2^32 tolerances`);
  }
  v = 0;
  for (const rings of ringsPerFeature) {
    if (!rings) continue;
    for (const polygon of rings) {
      for (const ring of polygon) {
        const length = ringLength(ring);
        for (let k = 0; k < length; k++) {
          sx[v] = (Math.round(ring[k]![0]! / tolerance) - x0) | 0;
          sy[v] = (Math.round(ring[k]![1]! / tolerance) - y0) | 0;
          v++;
        }
      }
    }
  }
  return { featureOf, next, sx, sy, order };
}

/**
 * Queen or rook contiguity of polygon features (the shared engine of `queenWeights` and
 * `rookWeights`).
 *
 * 1. Every ring vertex (without the closing repeat) is snapped to a grid of spacing `tolerance`
 *    (integer cells relative to the minimum, below 2^32) and the vertices are radix-sorted by
 *    cell; cells that are the same or 8-adjacent are merged into one node (union–find, adjacent
 *    cells found by a forward-only pointer in the sorted cell list), so two vertices within
 *    `tolerance` in x and y are always the same node.
 * 2. Queen: features meeting at a node are neighbours. Rook: each ring edge becomes the sorted
 *    pair of its end nodes, radix-sorted; features holding the same edge are neighbours.
 * 3. The unordered pairs become a symmetric binary CSR matrix (rows sorted, duplicates removed).
 *
 * Sorting instead of hashing keeps memory access sequential, which matters at millions of
 * vertices. O(V) for V vertices (a few radix passes), plus sorting each row.
 */
export function contiguity(
  fn: string,
  features: PolygonFeatures,
  criterion: 'queen' | 'rook',
  options: ContiguityOptions,
): ContiguityWeights {
  const { tolerance = 1e-7, idProperty = 'kode' } = options;
  if (!Array.isArray(features)) throw new Error(`${fn} requires an array of GeoJSON features`);
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new Error(`${fn} requires a positive finite tolerance`);
  }
  const n = features.length;
  const diagnostics: SpatialDiagnostic[] = [];
  const villageOf = (i: number): { village?: string } => {
    const value = features[i]?.properties?.[idProperty];
    return typeof value === 'string' ? { village: value } : {};
  };
  // 1. Rings of each feature; snap, sort and merge their vertices into nodes.
  const { ringsPerFeature, vertexCount } = collectRings(features, villageOf, diagnostics);
  const snapped = snapVertices(fn, ringsPerFeature, vertexCount, tolerance);
  const nodes = mergeNodes(snapped, vertexCount, criterion);
  // 2. Pairs of features sharing a node (queen) or an edge (rook).
  const pairs = new PairList(8 * n);
  if (criterion === 'queen') queenPairs(nodes, n, pairs);
  else rookPairs(nodes, snapped, n, pairs);
  // 3. A symmetric binary CSR matrix; features without a neighbour are islands.
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

/**
 * Pass 1: the polygon rings of each feature and the number of vertices (closing repeats dropped);
 * a feature without polygon coordinates or of another geometry type becomes an island with
 * `EMPTY_GEOMETRY` or `UNSUPPORTED_GEOMETRY`.
 */
function collectRings(
  features: PolygonFeatures,
  villageOf: (i: number) => { village?: string },
  diagnostics: SpatialDiagnostic[],
): { ringsPerFeature: (Position[][][] | null)[]; vertexCount: number } {
  const n = features.length;
  const ringsPerFeature: (Position[][][] | null)[] = new Array(n);
  let vertexCount = 0;
  for (let i = 0; i < n; i++) {
    const rings = ringsOf(features[i]?.geometry ?? null);
    let count = 0;
    if (typeof rings !== 'string') {
      for (const polygon of rings) {
        for (const ring of polygon) count += ringLength(ring);
      }
    }
    if (typeof rings === 'string' || count === 0) {
      const code = typeof rings === 'string' ? rings : 'EMPTY_GEOMETRY';
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
      ringsPerFeature[i] = null;
    } else {
      ringsPerFeature[i] = rings;
      vertexCount += count;
    }
  }
  return { ringsPerFeature, vertexCount };
}

/** Vertices sorted by cell with the node (merged cell) of each, sorted and by vertex. */
interface Nodes {
  readonly nodeSorted: Int32Array;
  readonly featureSorted: Int32Array;
  /** Node of each vertex in input order (rook only). */
  readonly vertexNode: Int32Array | null;
  /** Whether any two cells were merged (nodes then need sorting again). */
  readonly merged: boolean;
  readonly scratch: readonly [Int32Array, Int32Array, Int32Array];
}

/**
 * Sorts the snapped vertices by cell, numbers the distinct cells 0, 1, … in sorted order and
 * merges 8-adjacent occupied cells (union–find), looking forward only: (x, y + 1) is the next cell
 * in sorted order; (x + 1, y − 1 … y + 1) is found by a pointer that only moves forward.
 */
function mergeNodes(
  snapped: ReturnType<typeof snapVertices>,
  vertexCount: number,
  criterion: 'queen' | 'rook',
): Nodes {
  const { featureOf, sx, sy, order } = snapped;
  const scratch = [
    new Int32Array(vertexCount),
    new Int32Array(vertexCount),
    new Int32Array(vertexCount),
  ] as const;
  radixSort2(sx, sy, order, scratch);
  const cellAt = new Int32Array(vertexCount);
  // Cell c starts at sorted position cellStart[c]; its coordinates are sx, sy there.
  const cellStart = new Int32Array(vertexCount);
  let cellCount = 0;
  for (let p = 0; p < vertexCount; p++) {
    if (p === 0 || sx[p] !== sx[p - 1] || sy[p] !== sy[p - 1]) {
      cellStart[cellCount++] = p;
    }
    cellAt[p] = cellCount - 1;
  }
  const cellX = (c: number): number => sx[cellStart[c]!]! >>> 0;
  const cellY = (c: number): number => sy[cellStart[c]!]! >>> 0;
  const parent = new Int32Array(cellCount);
  for (let c = 0; c < cellCount; c++) parent[c] = c;
  let merged = false;
  const union = (a: number, b: number): void => {
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
      merged = true;
    }
  };
  let pointer = 0;
  for (let c = 0; c < cellCount; c++) {
    const x = cellX(c);
    const y = cellY(c);
    if (c + 1 < cellCount && cellX(c + 1) === x && cellY(c + 1) === y + 1) union(c, c + 1);
    while (
      pointer < cellCount &&
      (cellX(pointer) < x + 1 || (cellX(pointer) === x + 1 && cellY(pointer) < y - 1))
    ) {
      pointer++;
    }
    for (let q = pointer; q < cellCount && cellX(q) === x + 1 && cellY(q) <= y + 1; q++) {
      union(c, q);
    }
  }
  const nodeSorted = new Int32Array(vertexCount);
  const featureSorted = new Int32Array(vertexCount);
  const vertexNode = criterion === 'rook' ? new Int32Array(vertexCount) : null;
  for (let p = 0; p < vertexCount; p++) {
    const node = merged ? find(parent, cellAt[p]!) : cellAt[p]!;
    nodeSorted[p] = node;
    featureSorted[p] = featureOf[order[p]!]!;
    if (vertexNode) vertexNode[order[p]!] = node;
  }
  return { nodeSorted, featureSorted, vertexNode, merged, scratch };
}

/** Queen: features meeting at a node are neighbours. */
function queenPairs(nodes: Nodes, n: number, pairs: PairList): void {
  const { nodeSorted, featureSorted, merged, scratch } = nodes;
  // Merged nodes may not be contiguous in cell order: sort by node again.
  if (merged) {
    radixSort2(nodeSorted, new Int32Array(nodeSorted.length), featureSorted, scratch);
  }
  emitRuns(nodeSorted, nodeSorted, featureSorted, new Int32Array(n), pairs);
}

/** Rook: each ring edge as the key (min(a, b), max(a, b)) of its end nodes; shared edges pair. */
function rookPairs(
  nodes: Nodes,
  snapped: ReturnType<typeof snapVertices>,
  n: number,
  pairs: PairList,
): void {
  const vertexNode = nodes.vertexNode!;
  const { next, featureOf } = snapped;
  const vertexCount = vertexNode.length;
  let edgeCount = 0;
  for (let u = 0; u < vertexCount; u++) if (vertexNode[u] !== vertexNode[next[u]!]) edgeCount++;
  const edgeA = new Int32Array(edgeCount);
  const edgeB = new Int32Array(edgeCount);
  const edgeFeature = new Int32Array(edgeCount);
  let e = 0;
  for (let u = 0; u < vertexCount; u++) {
    const a = vertexNode[u]!;
    const b = vertexNode[next[u]!]!;
    if (a === b) continue;
    edgeA[e] = Math.min(a, b);
    edgeB[e] = Math.max(a, b);
    edgeFeature[e++] = featureOf[u]!;
  }
  radixSort2(edgeA, edgeB, edgeFeature, nodes.scratch);
  emitRuns(edgeA, edgeB, edgeFeature, new Int32Array(n), pairs);
}

/** Number of distinct ring vertices: the closing repeat of the first one is not counted. */
function ringLength(ring: Position[]): number {
  const length = ring.length;
  if (length < 2) return length;
  const first = ring[0]!;
  const last = ring[length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? length - 1 : length;
}
