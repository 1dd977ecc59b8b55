/**
 * Benchmark of @lokus/geo's spatial analysis at national scale: 84,000 synthetic village polygons.
 *
 * Run: `npx tsx test/bench/spatial.bench.ts [--runs 5] [--edge-points 3]`. Prints one JSON
 * object with median wall-clock and CPU timings (ms) and memory peaks (MB); CPU time is the
 * steadier figure on a shared machine.
 *
 * The polygons are the national synthetic villages of `@lokus/synth` (`generateNational` with
 * polygons: 84,000 seeded Voronoi cells grouped by province, kabupaten and kecamatan), and the
 * variable is its household count per village. With `--hexagons`, a seeded, jittered brick
 * (hexagon-topology) tessellation of 280 × 300 cells with `edge-points` wiggled points per edge is
 * used instead, closer to the vertex density of real boundary files. Targets: queen ≤ 1 s, Moran's I (999 permutations) ≤ 1 s, local Moran (999
 * permutations) ≤ 5 s, Gi* ≤ 0.3 s, peak RSS ≤ 300 MB.
 */
import { createRng } from '@lokus/core';
import {
  getisOrdG,
  localMoran,
  moranI,
  queenWeights,
  rookWeights,
  rowStandardise,
  weightsSummary,
} from '@lokus/geo';
import { generateNational } from '@lokus/synth';
import type { Feature, Polygon, Position } from 'geojson';

const argValue = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = argValue('--runs', 5);
const EDGE_POINTS = argValue('--edge-points', 3);
const ROWS = 280;
const COLS = 300;

/** Deterministic pseudo-random value in [-0.5, 0.5) of two integers. */
function noise(a: number, b: number, salt: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + salt * 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296 - 0.5;
}

const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;
const DX = 46 / (2 * COLS + 1);
const DY = 17 / ROWS;

/** Lattice vertex (i half-columns, j rows) with a seeded jitter. */
function vertex(i: number, j: number): Position {
  return [
    round5(95 + (i + 0.3 * noise(i, j, 1)) * DX),
    round5(-11 + (j + 0.3 * noise(i, j, 2)) * DY),
  ];
}

/** Points strictly inside the edge between two lattice vertices, from a to b. */
function edgeInterior(a: readonly [number, number], b: readonly [number, number]): Position[] {
  const forward = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const [p, q] = forward ? [a, b] : [b, a];
  const pa = vertex(p[0], p[1]);
  const pb = vertex(q[0], q[1]);
  const out: Position[] = [];
  for (let k = 1; k <= EDGE_POINTS; k++) {
    const t = k / (EDGE_POINTS + 1);
    const wiggle = 0.05 * noise(p[0] * 7919 + q[0], p[1] * 104729 + q[1], k);
    out.push([
      round5(pa[0]! + t * (pb[0]! - pa[0]!) - wiggle * (pb[1]! - pa[1]!)),
      round5(pa[1]! + t * (pb[1]! - pa[1]!) + wiggle * (pb[0]! - pa[0]!)),
    ]);
  }
  return forward ? out : out.reverse();
}

function makePolygons(): Feature<Polygon>[] {
  const features: Feature<Polygon>[] = [];
  for (let j = 0; j < ROWS; j++) {
    for (let c = 0; c < COLS; c++) {
      const i0 = 2 * c + (j % 2);
      const corners: [number, number][] = [
        [i0, j],
        [i0 + 1, j],
        [i0 + 2, j],
        [i0 + 2, j + 1],
        [i0 + 1, j + 1],
        [i0, j + 1],
      ];
      const ring: Position[] = [];
      corners.forEach((corner, k) => {
        ring.push(vertex(corner[0], corner[1]));
        ring.push(...edgeInterior(corner, corners[(k + 1) % 6]!));
      });
      ring.push(ring[0]!);
      features.push({
        type: 'Feature',
        properties: { kode: `cell-${j}-${c}` },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  return features;
}

let peakRss = 0;
let peakHeap = 0;
const sampleMemory = (): void => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Median wall-clock and CPU (user + system) milliseconds of `runs` calls. */
function time<T>(runs: number, f: () => T): { ms: number; cpuMs: number; all: number[]; value: T } {
  const all: number[] = [];
  const cpu: number[] = [];
  let value: T | undefined;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = f();
    all.push(Math.round(performance.now() - t0));
    const c = process.cpuUsage(c0);
    cpu.push(Math.round((c.user + c.system) / 1000));
    sampleMemory();
  }
  return { ms: median(all), cpuMs: median(cpu), all, value: value as T };
}

const tMake = performance.now();
const HEXAGONS = process.argv.includes('--hexagons');
const national = HEXAGONS ? null : generateNational({ seed: 20261123, polygons: true });
const features = (national?.boundaries?.features ?? makePolygons()) as Feature<Polygon>[];
const makeMs = Math.round(performance.now() - tMake);
sampleMemory();
// The GeoJSON input alone (84,000 features as JS objects) is most of the process's memory.
const inputRss = process.memoryUsage().rss;
const inputHeap = process.memoryUsage().heapUsed;
let vertices = 0;
for (const f of features) vertices += f.geometry.coordinates[0]!.length - 1;

const queen = time(RUNS, () => queenWeights(features));
const rook = time(RUNS, () => rookWeights(features));
const w = rowStandardise(queen.value);
const summary = weightsSummary(queen.value);
const rng = createRng(20240917);
let y: Float64Array = new Float64Array(features.length);
if (national !== null) {
  y = national.columns.columns.kk_total!;
} else {
  for (let i = 0; i < y.length; i++) {
    const j = Math.floor(i / COLS);
    const c = i % COLS;
    y[i] = Math.sin(c / 15) + Math.cos(j / 20) + 0.8 * (rng() - 0.5);
  }
}
sampleMemory();
const moran = time(RUNS, () => moranI(y, w, { permutations: 999, rng: createRng(1) }));
const local = time(Math.max(1, Math.min(RUNS, 3)), () =>
  localMoran(y, w, { permutations: 999, rng: createRng(2) }),
);
const giStar = time(RUNS, () => getisOrdG(y, queen.value, { star: true }));

const clusters = [0, 0, 0, 0, 0];
for (const q of local.value.cluster) clusters[q]!++;

console.log(
  JSON.stringify({
    benchmark: '@lokus/geo spatial',
    node: process.version,
    runs: RUNS,
    polygons: features.length,
    source: HEXAGONS ? 'jittered hexagons' : '@lokus/synth generateNational (synthetic)',
    verticesPerPolygon: vertices / features.length,
    generateMs: makeMs,
    weights: {
      meanNeighbours: summary.meanNeighbours,
      minNeighbours: summary.minNeighbours,
      maxNeighbours: summary.maxNeighbours,
      islands: summary.islands,
    },
    medianMs: {
      queenWeights: queen.ms,
      rookWeights: rook.ms,
      moranI999: moran.ms,
      localMoran999: local.ms,
      getisOrdGStar: giStar.ms,
    },
    medianCpuMs: {
      queenWeights: queen.cpuMs,
      rookWeights: rook.cpuMs,
      moranI999: moran.cpuMs,
      localMoran999: local.cpuMs,
      getisOrdGStar: giStar.cpuMs,
    },
    allMs: {
      queenWeights: queen.all,
      rookWeights: rook.all,
      moranI999: moran.all,
      localMoran999: local.all,
      getisOrdGStar: giStar.all,
    },
    results: {
      moranI: moran.value.I,
      moranPSim: moran.value.pSim,
      lisaClusters: {
        ns: clusters[0],
        HH: clusters[1],
        LH: clusters[2],
        LL: clusters[3],
        HL: clusters[4],
      },
    },
    memoryMB: {
      rssAfterInput: Math.round(inputRss / 1048576),
      heapUsedAfterInput: Math.round(inputHeap / 1048576),
      peakRssSampled: Math.round(peakRss / 1048576),
      peakHeapUsedSampled: Math.round(peakHeap / 1048576),
      maxRss: Math.round(process.resourceUsage().maxRSS / 1024),
    },
  }),
);
