import type { FlatPolygons } from '../flat/types.ts';
import { mergeNodes, PairList, queenPairs, rookPairs, Workspace } from './contiguityNodes.ts';

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

/** Smallest and largest grid column of each ring. */
function ringColumns(flat: FlatPolygons, grid: Grid): { low: Float64Array; high: Float64Array } {
  const { coordinates, ringOffsets } = flat;
  const { tolerance, x0, ringLength } = grid;
  const low = new Float64Array(ringLength.length);
  const high = new Float64Array(ringLength.length);
  for (let r = 0; r < ringLength.length; r++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let v = ringOffsets[r]!; v < ringOffsets[r]! + ringLength[r]!; v++) {
      const c = Math.round(coordinates[2 * v]! / tolerance) - x0;
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
    low[r] = lo;
    high[r] = hi;
  }
  return { low, high };
}

/**
 * The vertices of stripe `s` in ascending order: those whose column, or a ring neighbour's
 * column, lies in the stripe's window (its columns and one more on each side). Only rings whose
 * columns reach the window are read.
 */
function stripeMembers(
  flat: FlatPolygons,
  grid: Grid,
  rings: { low: Float64Array; high: Float64Array },
  s: number,
  work: Workspace,
): Int32Array {
  const { coordinates, ringOffsets } = flat;
  const { tolerance, x0, bounds, ringLength } = grid;
  const from = bounds[s]! - 1;
  const to = bounds[s + 1]!;
  let members = work.int32('members', 1 << 16);
  let count = 0;
  const inWindow = (c: number): boolean => c >= from && c <= to;
  for (let r = 0; r < ringLength.length; r++) {
    if (rings.high[r]! < from || rings.low[r]! > to) continue;
    const a = ringOffsets[r]!;
    const length = ringLength[r]!;
    const column = (k: number): number => Math.round(coordinates[2 * (a + k)]! / tolerance) - x0;
    let previous = column(length - 1);
    let current = column(0);
    for (let k = 0; k < length; k++) {
      const following = column((k + 1) % length);
      if (inWindow(current) || inWindow(previous) || inWindow(following)) {
        if (count === members.length) {
          const grown = work.int32('grown', 2 * count);
          grown.set(members);
          members = work.int32('members', 2 * count);
          members.set(grown.subarray(0, count));
        }
        members[count++] = a + k;
      }
      previous = current;
      current = following;
    }
  }
  return members.subarray(0, count);
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
  const rings = ringColumns(flat, grid);
  const parts: Float64Array[] = [];
  const work = new Workspace();
  const pairs = new PairList(1 << 16);
  for (let s = 0; s < stripes; s++) {
    // A view of the workspace's 'members', which only stripeMembers writes.
    const stripe = stripeMembers(flat, grid, rings, s, work);
    parts.push(stripeKeys(flat, grid, stripe, criterion, { work, pairs }));
  }
  const all = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return distinctSorted(all);
}

/** The distinct values of `keys`, ascending (sorts `keys` in place). */
function distinctSorted(keys: Float64Array): Float64Array {
  keys.sort();
  let distinct = 0;
  for (let p = 0; p < keys.length; p++) {
    if (distinct === 0 || keys[distinct - 1] !== keys[p]) keys[distinct++] = keys[p]!;
  }
  return keys.slice(0, distinct);
}

/** The sorted, distinct pair keys of one stripe's vertices (`members`, ascending). */
function stripeKeys(
  flat: FlatPolygons,
  grid: Grid,
  members: Int32Array,
  criterion: 'queen' | 'rook',
  reuse: { readonly work: Workspace; readonly pairs: PairList },
): Float64Array {
  const { work, pairs } = reuse;
  const { coordinates, ringOffsets } = flat;
  const { tolerance, x0, y0, ringFeature, ringLength } = grid;
  const m = members.length;
  const n = flat.length;
  const snapped = {
    featureOf: work.int32('featureOf', m),
    next: work.int32('next', m),
    sx: work.int32('sx', m),
    sy: work.int32('sy', m),
    order: work.int32('order', m),
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
  const nodes = mergeNodes(snapped, m, criterion, work);
  pairs.length = 0;
  if (criterion === 'queen') queenPairs(nodes, n, pairs, work);
  else rookPairs(nodes, snapped, n, pairs, work);
  const keys = work.float64('keys', pairs.length);
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs.a[p]!;
    const j = pairs.b[p]!;
    keys[p] = i < j ? i * n + j : j * n + i;
  }
  return distinctSorted(keys);
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
