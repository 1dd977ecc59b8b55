/**
 * The sorting core of the contiguity builders: vertices snapped to grid cells are radix-sorted,
 * 8-adjacent occupied cells merged into nodes (union–find), and features sharing a node (queen)
 * or an edge between two nodes (rook) paired. Sorting instead of hashing keeps memory access
 * sequential, which matters at millions of vertices.
 */

/** Snapped vertices: cell keys (unsigned 32-bit in `Int32Array`s), feature, next ring vertex. */
export interface Snapped {
  readonly featureOf: Int32Array;
  /** Next vertex of the ring (itself where the next vertex is not in the set: no edge). */
  readonly next: Int32Array;
  readonly sx: Int32Array;
  readonly sy: Int32Array;
  /** 0, 1, … (permuted along by the sort). */
  readonly order: Int32Array;
}

/**
 * Reusable typed arrays by name, grown as needed: the stripes of a contiguity build take their
 * working arrays from one workspace instead of allocating (and leaving to the collector) a new
 * set per stripe. An array grows with a quarter to spare, so that stripes of about the same size
 * (the usual case) do not each replace it.
 */
export class Workspace {
  private readonly int32s = new Map<string, Int32Array>();
  private readonly float64s = new Map<string, Float64Array>();

  /** An Int32Array of `length` named `name` (zero-filled when `zero`). */
  int32(name: string, length: number, zero = false): Int32Array {
    let array = this.int32s.get(name);
    if (array === undefined || array.length < length) {
      array = new Int32Array(Math.max(length + (length >> 2), 16));
      this.int32s.set(name, array);
      return array.subarray(0, length);
    }
    const view = array.subarray(0, length);
    if (zero) view.fill(0);
    return view;
  }

  /** A Float64Array of `length` named `name`. */
  float64(name: string, length: number): Float64Array {
    let array = this.float64s.get(name);
    if (array === undefined || array.length < length) {
      array = new Float64Array(Math.max(length + (length >> 2), 16));
      this.float64s.set(name, array);
    }
    return array.subarray(0, length);
  }
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
/**
 * The histograms of a sort's passes (at most three 11-bit digits), reused by every sort: a sort
 * runs to its end before the next, and a contiguity build sorts several times per stripe.
 */
const HISTOGRAMS = new Int32Array(RADIX * Math.ceil(32 / RADIX_BITS));

/**
 * Stable LSD radix sort of records (hi, lo, payload) by (hi, lo) as unsigned 32-bit keys stored
 * in `Int32Array`s, 11 bits per pass, skipping the digits above each key's maximum; the three
 * arrays are permuted along (no gathers, so it stays cache-friendly on millions of records). The
 * histograms of all passes come from one read of each key. Sorts in place, using `scratch`
 * buffers at least as long as the arrays.
 */
export function radixSort2(
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
    const hist = HISTOGRAMS.subarray(0, RADIX * passes).fill(0);
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
export class PairList {
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

/** Root of x in a union–find forest, compressing the path. */
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

/** Vertices sorted by cell with the node (merged cell) of each, sorted and by vertex. */
export interface Nodes {
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
export function mergeNodes(
  snapped: Snapped,
  vertexCount: number,
  criterion: 'queen' | 'rook',
  work: Workspace = new Workspace(),
): Nodes {
  const { featureOf, sx, sy, order } = snapped;
  const scratch = [
    work.int32('scratch0', vertexCount),
    work.int32('scratch1', vertexCount),
    work.int32('scratch2', vertexCount),
  ] as const;
  radixSort2(sx, sy, order, scratch);
  const cellAt = work.int32('cellAt', vertexCount);
  // Cell c starts at sorted position cellStart[c]; its coordinates are sx, sy there.
  const cellStart = work.int32('cellStart', vertexCount);
  let cellCount = 0;
  for (let p = 0; p < vertexCount; p++) {
    if (p === 0 || sx[p] !== sx[p - 1] || sy[p] !== sy[p - 1]) {
      cellStart[cellCount++] = p;
    }
    cellAt[p] = cellCount - 1;
  }
  const cellX = (c: number): number => sx[cellStart[c]!]! >>> 0;
  const cellY = (c: number): number => sy[cellStart[c]!]! >>> 0;
  const parent = work.int32('parent', cellCount);
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
  const nodeSorted = work.int32('nodeSorted', vertexCount);
  const featureSorted = work.int32('featureSorted', vertexCount);
  const vertexNode = criterion === 'rook' ? work.int32('vertexNode', vertexCount) : null;
  for (let p = 0; p < vertexCount; p++) {
    const node = merged ? find(parent, cellAt[p]!) : cellAt[p]!;
    nodeSorted[p] = node;
    featureSorted[p] = featureOf[order[p]!]!;
    if (vertexNode) vertexNode[order[p]!] = node;
  }
  return { nodeSorted, featureSorted, vertexNode, merged, scratch };
}

/** Queen: features meeting at a node are neighbours. */
export function queenPairs(
  nodes: Nodes,
  n: number,
  pairs: PairList,
  work: Workspace = new Workspace(),
): void {
  const { nodeSorted, featureSorted, merged, scratch } = nodes;
  // Merged nodes may not be contiguous in cell order: sort by node again.
  if (merged) {
    radixSort2(nodeSorted, work.int32('zeros', nodeSorted.length, true), featureSorted, scratch);
  }
  emitRuns(nodeSorted, nodeSorted, featureSorted, work.int32('seen', n, true), pairs);
}

/** Rook: each ring edge as the key (min(a, b), max(a, b)) of its end nodes; shared edges pair. */
export function rookPairs(
  nodes: Nodes,
  snapped: Snapped,
  n: number,
  pairs: PairList,
  work: Workspace = new Workspace(),
): void {
  const vertexNode = nodes.vertexNode!;
  const { next, featureOf } = snapped;
  const vertexCount = vertexNode.length;
  let edgeCount = 0;
  for (let u = 0; u < vertexCount; u++) if (vertexNode[u] !== vertexNode[next[u]!]) edgeCount++;
  const edgeA = work.int32('edgeA', edgeCount);
  const edgeB = work.int32('edgeB', edgeCount);
  const edgeFeature = work.int32('edgeFeature', edgeCount);
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
  emitRuns(edgeA, edgeB, edgeFeature, work.int32('seen', n, true), pairs);
}
