import type { FlatPolygons } from '../flat/types.ts';
import { mergeNodes, PairList, queenPairs, rookPairs } from './contiguityNodes.ts';

/** The rings' distinct vertices on the snapping grid. */
export interface Grid {
  readonly tolerance: number;
  /** Smallest cell column and row (cells are Math.round(coordinate / tolerance)). */
  readonly x0: number;
  readonly y0: number;
  /** Feature of each ring. */
  readonly ringFeature: Int32Array;
  /** Distinct vertices of each ring (the closing repeat of the first is not counted). */
  readonly ringLength: Int32Array;
  /** Distinct vertices in all. */
  readonly vertices: number;
  /** Column of each stripe's first cell, ascending, then one past the last column. */
  readonly bounds: Float64Array;
}

/** First stripe whose window (its columns and one more on each side) holds column `c`. */
function firstStripe(bounds: Float64Array, c: number): number {
  const s = stripeOwning(bounds, c);
  return c === bounds[s] && s > 0 ? s - 1 : s;
}

/** Last stripe whose window holds column `c`. */
function lastStripe(bounds: Float64Array, c: number): number {
  const s = stripeOwning(bounds, c);
  return c === bounds[s + 1]! - 1 && s + 2 < bounds.length ? s + 1 : s;
}

/** The stripe whose columns hold `c` (binary search of the bounds). */
function stripeOwning(bounds: Float64Array, c: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= c) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Calls `visit(v, first, last)` for every distinct ring vertex v in order, with the stripes
 * that hold it: those whose window holds its column or its ring neighbours' columns.
 */
function forEachMembership(
  flat: FlatPolygons,
  grid: Grid,
  visit: (v: number, first: number, last: number) => void,
): void {
  const { coordinates, ringOffsets } = flat;
  const { tolerance, x0, bounds, ringLength } = grid;
  const single = bounds.length === 2;
  let columns = new Float64Array(256);
  for (let r = 0; r < ringLength.length; r++) {
    const a = ringOffsets[r]!;
    const length = ringLength[r]!;
    if (single) {
      for (let k = 0; k < length; k++) visit(a + k, 0, 0);
      continue;
    }
    if (columns.length < length) columns = new Float64Array(2 * length);
    for (let k = 0; k < length; k++) {
      columns[k] = Math.round(coordinates[2 * (a + k)]! / tolerance) - x0;
    }
    for (let k = 0; k < length; k++) {
      const c0 = columns[k]!;
      const c1 = columns[(k + length - 1) % length]!;
      const c2 = columns[(k + 1) % length]!;
      const low = Math.min(c0, c1, c2);
      const high = Math.max(c0, c1, c2);
      visit(a + k, firstStripe(bounds, low), lastStripe(bounds, high));
    }
  }
}

/**
 * Pairs of features (i < j) that share a node (queen) or an edge (rook), as sorted, distinct
 * keys i × n + j. The vertices are cut into stripes of grid columns (`grid.bounds`); each stripe
 * is sorted and merged on its own with every vertex of its window (its columns and one more on
 * each side) and the ring neighbours of those, so two vertices within the tolerance always meet
 * in some stripe (as do the ends of two edges that match) while only one stripe's arrays are held
 * at a time.
 */
export function stripePairs(
  flat: FlatPolygons,
  grid: Grid,
  criterion: 'queen' | 'rook',
): Float64Array {
  const stripes = grid.bounds.length - 1;
  const start = new Int32Array(stripes + 1);
  forEachMembership(flat, grid, (_v, first, last) => {
    for (let s = first; s <= last; s++) start[s + 1]!++;
  });
  for (let s = 0; s < stripes; s++) start[s + 1]! += start[s]!;
  const members = new Int32Array(start[stripes]!);
  const fill = start.slice(0, stripes);
  forEachMembership(flat, grid, (v, first, last) => {
    for (let s = first; s <= last; s++) members[fill[s]!++] = v;
  });
  let keys: Float64Array = new Float64Array(0);
  for (let s = 0; s < stripes; s++) {
    const found = stripeKeys(flat, grid, members.subarray(start[s]!, start[s + 1]!), criterion);
    keys = mergeKeys(keys, found);
  }
  return keys;
}

/** Union of two sorted distinct key lists, sorted and distinct. */
function mergeKeys(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (k === 0 || out[k - 1] !== next) out[k++] = next;
  }
  return out.slice(0, k);
}

/** The sorted, distinct pair keys of one stripe's vertices (`members`, ascending). */
function stripeKeys(
  flat: FlatPolygons,
  grid: Grid,
  members: Int32Array,
  criterion: 'queen' | 'rook',
): Float64Array {
  const { coordinates, ringOffsets } = flat;
  const { tolerance, x0, y0, ringFeature, ringLength } = grid;
  const m = members.length;
  const n = flat.length;
  const snapped = {
    featureOf: new Int32Array(m),
    next: new Int32Array(m),
    sx: new Int32Array(m),
    sy: new Int32Array(m),
    order: new Int32Array(m),
  };
  let ring = 0;
  for (let k = 0; k < m; k++) {
    const v = members[k]!;
    while (ringOffsets[ring + 1]! <= v) ring++;
    snapped.featureOf[k] = ringFeature[ring]!;
    snapped.sx[k] = (Math.round(coordinates[2 * v]! / tolerance) - x0) | 0;
    snapped.sy[k] = (Math.round(coordinates[2 * v + 1]! / tolerance) - y0) | 0;
    snapped.order[k] = k;
    const a = ringOffsets[ring]!;
    const after = v + 1 < a + ringLength[ring]! ? v + 1 : a;
    snapped.next[k] =
      after === v + 1 ? (members[k + 1] === after ? k + 1 : k) : indexOf(members, after, k);
  }
  const nodes = mergeNodes(snapped, m, criterion);
  const pairs = new PairList(m);
  if (criterion === 'queen') queenPairs(nodes, n, pairs);
  else rookPairs(nodes, snapped, n, pairs);
  const keys = new Float64Array(pairs.length);
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs.a[p]!;
    const j = pairs.b[p]!;
    keys[p] = i < j ? i * n + j : j * n + i;
  }
  keys.sort();
  let distinct = 0;
  for (let p = 0; p < keys.length; p++) {
    if (distinct === 0 || keys[distinct - 1] !== keys[p]) keys[distinct++] = keys[p]!;
  }
  return keys.slice(0, distinct);
}

/** Position of `v` in the ascending `members` (at most `upTo`), or `self` when absent. */
function indexOf(members: Int32Array, v: number, self: number): number {
  let lo = 0;
  let hi = self;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (members[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return members[lo] === v ? lo : self;
}
