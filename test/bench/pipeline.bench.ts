/**
 * Benchmark of the whole scoring pipeline at national scale: ~84,000 synthetic villages × 20
 * indicators (seeded `generateNational`, columns only: the pipeline reads no polygons, so none
 * are generated), validate → denominators → impute → treat → normalise → weight → aggregate →
 * rank → select the top 8,400 with 1–3 loci per kecamatan → classify.
 *
 * Measured, each as median / p90 / min wall time and median CPU time (`process.cpuUsage`, this
 * process, all threads) of a run:
 * - `runScenario`, the same scenario every run;
 * - `runScenario` and `createRunner(table).run` on a new set of weights every run (a weight
 *   slider), and the runner on a changed normalisation every run (min-max ↔ z-score);
 * - the same pipeline in plain pandas (`pipeline_pandas.py`), timed inside Python on the same
 *   table, written to a temporary folder as raw float64/int32 files; skipped with a note when
 *   Python with pandas is absent (`LOKUS_PYTHON`, default `/usr/bin/python3`). The two
 *   pipelines' selections and scores are compared.
 * - some single stages, and Fisher–Jenks breaks.
 * Target (2-core machine): the runner on a weight change ≤ 15 ms median and ≥ 7× faster than
 * pandas in the same run. The load average at the start and the end is printed beside: other
 * processes share the cores, and wall time grows with them while CPU time does much less.
 *
 * Run: `pnpm bench pipeline` or `node --expose-gc --import tsx test/bench/pipeline.bench.ts`.
 * Prints one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  classify,
  createRng,
  createRunner,
  createTableFromColumns,
  fisherJenks,
  groupIndex,
  rankScores,
  runScenario,
  type Scenario,
  type ScenarioResult,
  selectLoci,
  type VillageTable,
} from '@lokus/core';
import { generateNational } from '@lokus/synth';
import { type Timing, timeRuns } from './timeRuns.ts';

const SEED = 20261123;
const WARMUP = 5;
const RUNS = 25;
const TARGET_MS = 15;
const TARGET_RATIO = 7;
const PYTHON = process.env.LOKUS_PYTHON ?? '/usr/bin/python3';

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const round2 = (x: number): number => Math.round(x * 100) / 100;
const load = (): number => round2(loadavg()[0]!);

/** Wall and CPU time of `fn(k)` over `runs` runs after `warmup` (k counts every call). */
const time = (fn: (k: number) => unknown, runs = RUNS, warmup = WARMUP): Timing =>
  timeRuns(fn, runs, warmup);

const loadStart = load();
const heapStart = heapMb();
const t0 = performance.now();
const national = generateNational({ seed: SEED, detail: 'light' });
const generateMs = performance.now() - t0;
const t1 = performance.now();
const { table, diagnostics: tableDiagnostics } = createTableFromColumns(national.columns);
const createTableMs = performance.now() - t1;
const indicators = national.indicators;

const scenario: Scenario = {
  name: 'National benchmark (synthetic)',
  indicators,
  missing: 'median',
  normalise: { method: 'minmax', range: [0, 100] },
  weights: { method: 'equal' },
  aggregate: { method: 'arithmetic' },
  select: { mode: 'top-n', n: 8400, quota: { min: 1, max: 3 } },
  classify: { scheme: 'quantile', k: 5 },
};
/** A weight slider: every run a new seeded set of manual weights (0.5–1.5 before rescaling). */
const rng = createRng(SEED);
const weighted: Scenario[] = Array.from({ length: WARMUP + RUNS }, () => ({
  ...scenario,
  weights: { method: 'manual' },
  indicators: indicators.map((ind) => ({ ...ind, weight: 0.5 + rng() })),
}));
const renormalised = (k: number): Scenario => ({
  ...scenario,
  normalise: { method: k % 2 === 0 ? 'zscore' : 'minmax', range: [0, 100] },
});

let last = runScenario(table, scenario);
if (!last.ok || last.stages === null) {
  throw new Error(
    `benchmark scenario failed: ${last.diagnostics.find((d) => d.severity === 'error')?.message}`,
  );
}
const heapBefore = heapMb();
const sameScenario = time(() => {
  last = runScenario(table, scenario);
});
const heapAfter = heapMb();
const stages = last.stages!;
const score = stages.aggregated.score;
const runScenarioOnWeights = time((k) => runScenario(table, weighted[k]!));

const runner = createRunner(table);
const c0 = process.cpuUsage();
const t2 = performance.now();
runner.run(scenario);
const firstRun = { wallMs: round2(performance.now() - t2), cpuMs: cpuSince(c0) };
const runnerOnWeights = time((k) => runner.run(weighted[k]!));
const runnerOnNormalisation = time((k) => runner.run(renormalised(k)));
const identical = [scenario, weighted[0]!, weighted[RUNS]!, renormalised(0)].every((s) =>
  sameResult(createRunner(table).run(s), runScenario(table, s)),
);
const sequenceIdentical = [weighted[1]!, renormalised(0), weighted[2]!, scenario].every((s) =>
  sameResult(runner.run(s), runScenario(table, s)),
);
const pandas = runPandas(table, scenario, last);
const runnerMs = runnerOnWeights.medianMs;

const result = {
  benchmark: 'core/pipeline',
  synthetic: true,
  seed: SEED,
  data: 'generateNational({ detail: "light" }), columns only: the pipeline reads no polygons',
  villages: table.length,
  indicators: indicators.length,
  kecamatan: new Set(table.kecamatan).size,
  loadAverage: { start: loadStart, end: load() },
  setup: {
    generateMs: Math.round(generateMs),
    createTableMs: Math.round(createTableMs),
    tableDiagnostics: tableDiagnostics.length,
  },
  runScenario: sameScenario,
  runScenarioOnWeightChange: runScenarioOnWeights,
  createRunner: {
    firstRun,
    onWeightChange: {
      ...runnerOnWeights,
      targetMs: TARGET_MS,
      meetsTarget: runnerMs <= TARGET_MS,
    },
    onNormalisationChange: runnerOnNormalisation,
    identicalToRunScenario: identical && sequenceIdentical,
  },
  pandas: pandasSummary(),
  stages: {
    rank: time(() => rankScores(score, { codes: table.code, groups: table.kecamatan })),
    selectWithQuota: time(() =>
      selectLoci({ table, score, ranked: stages.ranked, columns: stages.raw }, scenario.select!),
    ),
    classifyQuantile: time(() => classify(score, { scheme: 'quantile', k: 5 })),
  },
  fisherJenksK5: (() => {
    const t = time(() => fisherJenks(score, 5), 7, 1);
    return { ...t, targetMs: 300, meetsTarget: t.medianMs <= 300 };
  })(),
  selected: stages.selected.count,
  heapMb: {
    start: Math.round(heapStart),
    beforeRuns: Math.round(heapBefore),
    afterRuns: Math.round(heapAfter),
    growthDuringRuns: Math.round(heapAfter - heapBefore),
    totalGrowth: Math.round(heapAfter - heapStart),
    targetGrowthMb: 200,
    gcExposed: gc !== undefined,
  },
};
console.log(JSON.stringify(result, null, 2));

/** The pandas figures beside lokus's, with the ratios and the agreement of both pipelines. */
function pandasSummary(): Record<string, unknown> {
  if ('skipped' in pandas) return pandas;
  const { medianMs, cpuMedianMs } = pandas;
  const ratio = round2(medianMs / runnerMs);
  return {
    ...pandas,
    ratioToRunner: ratio,
    ratioToRunnerCpu: round2(cpuMedianMs / runnerOnWeights.cpuMedianMs),
    ratioToRunScenario: round2(medianMs / sameScenario.medianMs),
    targetRatio: TARGET_RATIO,
    meetsTarget: ratio >= TARGET_RATIO,
  };
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(start);
  return round2((c.user + c.system) / 1000);
}

/**
 * Whether two results hold the same stages, diagnostics and hashes: the JSON of everything but
 * the typed arrays, and the bytes of every typed array.
 */
function sameResult(a: ScenarioResult, b: ScenarioResult): boolean {
  const split = (r: ScenarioResult) => {
    const arrays: ArrayBufferView[] = [];
    const text = JSON.stringify(r, (_k, v) =>
      ArrayBuffer.isView(v) ? `#${arrays.push(v)} ${v.constructor.name}` : v,
    );
    return { text, arrays };
  };
  const x = split(a);
  const y = split(b);
  const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return x.text === y.text && x.arrays.every((v, k) => bytes(v).equals(bytes(y.arrays[k]!)));
}

/**
 * Runs `pipeline_pandas.py` on the table and compares its selection and scores with lokus's
 * result of the same scenario. Needs a code-sorted table, so that row order is code order (the
 * tie rule of both pipelines).
 */
function runPandas(
  t: VillageTable,
  s: Scenario,
  lokus: ScenarioResult,
): Record<string, unknown> & ({ skipped: string } | { medianMs: number; cpuMedianMs: number }) {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas, numpy'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    return { skipped: `no Python with pandas at ${PYTHON} (set LOKUS_PYTHON)`, python: PYTHON };
  }
  for (let i = 1; i < t.length; i++) {
    if (!(t.code[i - 1]! < t.code[i]!)) throw new Error('pipeline bench needs code-sorted rows');
  }
  const dir = mkdtempSync(join(tmpdir(), 'lokus-pipeline-'));
  try {
    writeTable(dir, t, s);
    const script = fileURLToPath(new URL('pipeline_pandas.py', import.meta.url));
    const run = spawnSync(PYTHON, [script, dir], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    if (run.status !== 0) throw new Error(`pipeline_pandas.py failed: ${run.stderr.trim()}`);
    const out = JSON.parse(run.stdout) as {
      medianMs: number;
      cpuMedianMs: number;
      selectedRows: number[];
      score: number[];
      rank: number[];
    } & Record<string, unknown>;
    const { selectedRows, score: pyScore, rank: pyRank, ...figures } = out;
    return { ...figures, agreement: agreement(lokus, selectedRows, pyScore, pyRank) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table as raw little-endian files for pandas: values (indicator-major), kecamatan ids. */
function writeTable(dir: string, t: VillageTable, s: Scenario): void {
  const ids = s.indicators.map((ind) => ind.id);
  const values = new Float64Array(ids.length * t.length);
  ids.forEach((id, j) => {
    values.set(t.columns[id]!, j * t.length);
  });
  writeFileSync(join(dir, 'values.f64'), new Uint8Array(values.buffer));
  const kec = groupIndex(t.kecamatan).ids;
  writeFileSync(
    join(dir, 'kecamatan.i32'),
    new Uint8Array(kec.buffer, kec.byteOffset, kec.byteLength),
  );
  const meta = {
    villages: t.length,
    indicators: ids,
    directions: s.indicators.map((ind) => ind.direction),
    weights: ids.map(() => 1),
    n: s.select!.n,
    quotaMin: s.select!.quota!.min,
    quotaMax: s.select!.quota!.max,
    warmup: WARMUP,
    runs: RUNS,
  };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
}

/** How far pandas and lokus agree: identical selections, ranks, the largest score difference. */
function agreement(
  lokus: ScenarioResult,
  selectedRows: number[],
  pyScore: number[],
  pyRank: number[],
): Record<string, unknown> {
  const st = lokus.stages!;
  const mine: number[] = [];
  st.selected.selected.forEach((x, i) => {
    if (x === 1) mine.push(i);
  });
  let maxScoreDiff = 0;
  let rankDiffers = 0;
  for (let i = 0; i < pyScore.length; i++) {
    maxScoreDiff = Math.max(maxScoreDiff, Math.abs(pyScore[i]! - st.aggregated.score[i]!));
    if (pyRank[i] !== st.ranked.rank[i]) rankDiffers++;
  }
  return {
    sameSelection:
      mine.length === selectedRows.length && mine.every((r, k) => r === selectedRows[k]),
    selected: selectedRows.length,
    villagesWithOtherRank: rankDiffers,
    maxScoreDifference: maxScoreDiff,
  };
}
