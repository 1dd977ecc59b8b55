/**
 * Benchmark of @lokus/geo's spatial analysis at national scale: 84,000 synthetic village
 * polygons read from a GeoJSON file into flat typed arrays (never an object tree), queen and rook
 * weights, Moran's I and local Moran with 999 permutations in one thread and on two worker
 * threads (`@lokus/geo/node`, whose results must equal the single-thread ones), and Gi*.
 *
 * Run: `node --expose-gc --import tsx test/bench/spatial.bench.ts [--runs 3] [--detail light]`
 * (or `pnpm bench spatial`). Prints one JSON object with median wall-clock and CPU timings (ms),
 * the load average at the start and the end (other processes share the cores, so CPU time is the
 * steadier figure), and the process's peak resident memory (`maxRss`, from the kernel) with the
 * peak so far and the resident, heap and ArrayBuffer memory after each step. Garbage is collected
 * before each timed call (a call's garbage is not left to the next), and the flat polygons are
 * released once the weights are built, as an application that goes on to the statistics would.
 *
 * Data: `@lokus/synth` `generateNational` (seed 20261123, polygons, `detail` realistic by
 * default: about 95 vertices per village, as the real districts' 68–123; `light`: about 6). The
 * villages are generated once by a child process into a GeoJSON file in the system's temporary
 * folder (with the household counts as the variable), reused by later runs; this process only
 * reads that file, so its memory is the benchmark's. The measuring process runs as plain
 * JavaScript, as a user of the published packages would: this file bundles itself (and the
 * worker entry) with esbuild into the temporary folder and runs the bundle, since the TypeScript
 * loader alone would add about 40 MB and the unused GeoJSON helpers another 30. Where libpysal (but not esda) is installed
 * under /usr/bin/python3, `spatialMoran.py` runs esda's permutation loop with numpy on the same
 * weights and values as a baseline. Targets: Moran's I (999 permutations) ≤ 1 s, peak RSS
 * ≤ 300 MB, queen ≤ 1 s, local Moran ≤ 5 s, Gi* ≤ 0.3 s.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '@lokus/core';
import {
  type FlatPolygons,
  getisOrdG,
  localMoran,
  moranI,
  queenWeights,
  rookWeights,
  rowStandardise,
  type SpatialWeights,
  weightsSummary,
} from '@lokus/geo';
import { createSpatialPool, readFlatGeoJsonFile } from '@lokus/geo/node';

const argValue = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const RUNS = Number(argValue('--runs', '3'));
const DETAIL = argValue('--detail', 'realistic') as 'realistic' | 'light';
const SEED = 20261123;
const HERE = fileURLToPath(import.meta.url);
/** This source file (the bundle is told where it came from). */
const SOURCE = argValue('--source', HERE);

/** Child process: writes the national villages as GeoJSON (one feature at a time) and y. */
async function writeNational(path: string): Promise<void> {
  const { generateNational } = await import('@lokus/synth');
  const national = generateNational({ seed: SEED, polygons: true, detail: DETAIL });
  const fd = openSync(`${path}.tmp`, 'w');
  writeSync(fd, '{"type":"FeatureCollection","features":[\n');
  national.boundaries!.features.forEach((f, i) => {
    writeSync(fd, `${i === 0 ? '' : ',\n'}${JSON.stringify(f)}`);
  });
  writeSync(fd, '\n]}\n');
  closeSync(fd);
  const y = national.columns.columns.kk_total!;
  writeFileSync(`${path}.y`, new Uint8Array(y.buffer, y.byteOffset, y.byteLength));
  renameSync(`${path}.tmp`, path);
}

if (process.argv.includes('--write-national')) {
  await writeNational(argValue('--write-national', ''));
  process.exit(0);
}

const dataFile = join(tmpdir(), `lokus-bench-national-${SEED}-${DETAIL}.geojson`);
if (!existsSync(dataFile)) {
  const made = spawnSync(
    process.execPath,
    ['--import', 'tsx', HERE, '--detail', DETAIL, '--write-national', dataFile],
    { stdio: 'inherit' },
  );
  if (made.status !== 0) throw new Error('generating the national villages failed');
}

/** Bundles this file and the spatial worker entry with the esbuild the lokus command builds with. */
async function bundle(): Promise<string> {
  const require = createRequire(new URL('../../packages/cli/package.json', import.meta.url));
  const esbuild = require('esbuild') as {
    build(options: Record<string, unknown>): Promise<unknown>;
  };
  const dir = join(tmpdir(), `lokus-bench-spatial-${process.pid}`);
  const worker = fileURLToPath(
    new URL('../../packages/geo/src/node/spatialWorker.ts', import.meta.url),
  );
  for (const [entry, name] of [
    [HERE, 'spatial.bench.mjs'],
    [worker, 'spatialWorker.js'],
  ] as const) {
    await esbuild.build({
      entryPoints: [entry],
      outfile: join(dir, name),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      external: ['@lokus/synth'],
    });
  }
  return join(dir, 'spatial.bench.mjs');
}

if (!process.argv.includes('--bundled')) {
  const bundled = await bundle();
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', bundled, ...process.argv.slice(2), '--source', HERE, '--bundled'],
    { stdio: 'inherit' },
  );
  rmSync(dirname(bundled), { recursive: true, force: true });
  process.exit(run.status ?? 1);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Collects garbage (the process runs with `--expose-gc`). */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * Median wall-clock and CPU (user + system, all threads) ms of `runs` calls, garbage collected
 * before each call (outside the timing): a call's garbage is not left to the next one.
 */
async function time<T>(
  runs: number,
  f: () => T | Promise<T>,
): Promise<{ ms: number; cpuMs: number; value: T }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let value: T | undefined;
  for (let r = 0; r < runs; r++) {
    value = undefined;
    collect();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = await f();
    wall.push(Math.round(performance.now() - t0));
    const c = process.cpuUsage(c0);
    cpu.push(Math.round((c.user + c.system) / 1000));
  }
  return { ms: median(wall), cpuMs: median(cpu), value: value as T };
}
const mb = (bytes: number): number => Math.round(bytes / 1048576);
/** The process's peak resident memory so far (MB), after each step. */
const peakAfter: Record<string, number> = {};
/** Resident, JS heap and ArrayBuffer memory right after each step (MB). */
const nowAfter: Record<string, { rss: number; heapUsed: number; arrayBuffers: number }> = {};
const peak = (step: string): void => {
  peakAfter[step] = Math.round(process.resourceUsage().maxRSS / 1024);
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
  nowAfter[step] = { rss: mb(rss), heapUsed: mb(heapUsed), arrayBuffers: mb(arrayBuffers) };
};

const loadStart = loadavg();
peak('start');
const read = await time(1, () => readFlatGeoJsonFile(dataFile, { properties: ['kode'] }));
/** The flat polygons, released once the weights are built (the coordinates are 16 bytes a vertex). */
let flat: FlatPolygons | null = read.value;
read.value = null as unknown as FlatPolygons;
const polygons = flat.length;
const coordinatesMB = mb(flat.coordinates.byteLength);
let vertices = 0;
for (let r = 0; r + 1 < flat.ringOffsets.length; r++) {
  vertices += flat.ringOffsets[r + 1]! - flat.ringOffsets[r]! - 1;
}
const yBytes = readFileSync(`${dataFile}.y`);
const y = new Float64Array(
  yBytes.buffer.slice(yBytes.byteOffset, yBytes.byteOffset + yBytes.byteLength),
);
peak('read');
const rssAfterRead = process.memoryUsage().rss;
const queen = await time(RUNS, () => queenWeights(flat!));
peak('queen');
const rook = await time(RUNS, () => rookWeights(flat!));
const rookSummary = weightsSummary(rook.value);
rook.value = null as unknown as typeof rook.value;
peak('rook');
flat = null;
collect();
peak('released');
const w = rowStandardise(queen.value);
const summary = weightsSummary(queen.value);
const pool = await createSpatialPool({ threads: 2 });
peak('pool');
const moran = await time(RUNS, () => moranI(y, w, { permutations: 999, rng: createRng(1) }));
peak('moranI');
const moran2 = await time(RUNS, () => pool.moranI(y, w, { permutations: 999, rng: createRng(1) }));
peak('moranITwoThreads');
const local = await time(1, () => localMoran(y, w, { permutations: 999, rng: createRng(2) }));
peak('localMoran');
const local2 = await time(1, () => pool.localMoran(y, w, { permutations: 999, rng: createRng(2) }));
peak('localMoranTwoThreads');
await pool.close();
const giStar = await time(RUNS, () => getisOrdG(y, queen.value, { star: true }));
peak('getisOrdGStar');
const loadEnd = loadavg();
/** Deep equality that compares typed arrays element by element (no copies, no strings). */
function same(a: unknown, b: unknown): boolean {
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return Object.is(a, b);
}

/** esda's permutation loop in numpy on the same weights and values, where libpysal is present. */
function pysalBaseline(weights: SpatialWeights): Record<string, unknown> {
  const python = '/usr/bin/python3';
  if (spawnSync(python, ['-c', 'import libpysal, numpy, scipy']).status !== 0) {
    return { skipped: 'libpysal, numpy or scipy not importable by /usr/bin/python3' };
  }
  const base = join(tmpdir(), `lokus-bench-moran-${process.pid}`);
  const bytes = (a: ArrayBufferView): Uint8Array =>
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(`${base}.offsets`, bytes(weights.offsets));
  writeFileSync(`${base}.neighbours`, bytes(weights.neighbours));
  writeFileSync(`${base}.weights`, bytes(weights.weights));
  writeFileSync(`${base}.y`, bytes(y));
  const script = join(dirname(SOURCE), 'spatialMoran.py');
  const run = spawnSync(
    python,
    [script, ...['offsets', 'neighbours', 'weights', 'y'].map((e) => `${base}.${e}`)],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) return { skipped: run.stderr.trim().split('\n').at(-1) };
  const out = JSON.parse(run.stdout) as {
    I: number;
    pSim: number;
    seconds: number;
    cpuSeconds: number;
  };
  return {
    note: "esda is not installed: its Moran permutation loop (permute z, lag through libpysal's sparse W) in numpy",
    moranI999Ms: Math.round(out.seconds * 1000),
    moranI999CpuMs: Math.round(out.cpuSeconds * 1000),
    I: out.I,
    pSim: out.pSim,
  };
}

console.log(
  JSON.stringify({
    benchmark: '@lokus/geo spatial',
    node: process.version,
    runs: RUNS,
    source: `@lokus/synth generateNational (synthetic), detail ${DETAIL}, read from GeoJSON into flat arrays`,
    polygons,
    verticesPerPolygon: Math.round((vertices / polygons) * 10) / 10,
    loadAverage: { start: loadStart, end: loadEnd },
    weights: {
      meanNeighbours: summary.meanNeighbours,
      minNeighbours: summary.minNeighbours,
      maxNeighbours: summary.maxNeighbours,
      islands: summary.islands,
      rookMeanNeighbours: rookSummary.meanNeighbours,
    },
    medianMs: {
      readFlatGeoJson: read.ms,
      queenWeights: queen.ms,
      rookWeights: rook.ms,
      moranI999: moran.ms,
      moranI999TwoThreads: moran2.ms,
      localMoran999: local.ms,
      localMoran999TwoThreads: local2.ms,
      getisOrdGStar: giStar.ms,
    },
    medianCpuMs: {
      readFlatGeoJson: read.cpuMs,
      queenWeights: queen.cpuMs,
      rookWeights: rook.cpuMs,
      moranI999: moran.cpuMs,
      moranI999TwoThreads: moran2.cpuMs,
      localMoran999: local.cpuMs,
      localMoran999TwoThreads: local2.cpuMs,
      getisOrdGStar: giStar.cpuMs,
    },
    threadsEqualSingle: {
      moranI: same(moran.value, moran2.value),
      localMoran: same(local.value, local2.value),
    },
    results: { moranI: moran.value.I, moranPSim: moran.value.pSim },
    pysal: pysalBaseline(w),
    memoryMB: {
      rssAfterRead: mb(rssAfterRead),
      coordinates: coordinatesMB,
      maxRss: Math.round(process.resourceUsage().maxRSS / 1024),
      maxRssAfter: peakAfter,
      after: nowAfter,
    },
  }),
);
