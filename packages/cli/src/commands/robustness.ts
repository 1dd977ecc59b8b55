import {
  borderlineReasons,
  type CoreDiagnostic,
  type Label,
  prepareRobustness,
  type RobustnessFlag,
  type RobustnessModel,
  type RobustnessResult,
  runRobustnessDraws,
  runSobolSamples,
  summariseRobustness,
  type VillageTable,
} from '@lokus/core';
import { writeCsv } from '@lokus/io';
import { CliError } from '../CliError.ts';
import { type Context, say, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import { type InputOptions, loadInputs } from '../loadInputs.ts';
import { diagnosticLines, printDiagnostics } from '../printDiagnostics.ts';
import type { CommandOutcome } from '../program.ts';
import { startProgress } from '../progress.ts';
import { createRobustnessPool, defaultRobustnessThreads } from '../robustnessPool.ts';
import { writeOutputs } from '../writeOutputs.ts';
import { outputStem } from './score.ts';

/** Options of `lokus robustness`. */
export interface RobustnessOptions extends Omit<InputOptions, 'scenario'> {
  /** Overrides the scenario's `robustness.draws`. */
  readonly draws?: number;
  /** Overrides the scenario's `robustness.seed`. */
  readonly seed?: number;
  /** Output folder for the CSV and JSON; nothing is written without it. */
  readonly out?: string;
  /**
   * Threads for the draws (default: the available cores, at most 2); the result is the same for
   * any number.
   */
  readonly threads?: number;
}

const FLAG_WORDS: Record<RobustnessFlag, Label> = {
  'stable-locus': { id: 'lokus stabil', en: 'stable locus' },
  'stable-non-locus': { id: 'bukan lokus stabil', en: 'stable non-locus' },
  borderline: { id: 'borderline', en: 'borderline' },
};

/** One CSV row per village, table order, with the reason of every borderline village. */
function robustnessRows(
  ctx: Context,
  table: VillageTable,
  result: RobustnessResult,
  reasons: ReadonlyMap<number, string>,
): Record<string, string | number | null>[] {
  return table.code.map((code, i) => ({
    kode: code,
    nama: table.name[i] ?? '',
    kecamatan: table.kecamatanName[i] || table.kecamatan[i]!,
    lokus_dasar: result.base.selected[i]!,
    peringkat_dasar: result.base.rank[i]!,
    peluang: result.probability[i]!,
    status: FLAG_WORDS[result.flag[i]!][ctx.lang],
    peringkat_median: result.rank?.median[i] ?? null,
    peringkat_p5: result.rank?.low[i] ?? null,
    peringkat_p95: result.rank?.high[i] ?? null,
    alasan: reasons.get(i) ?? '',
  }));
}

const COLUMNS = [
  'kode',
  'nama',
  'kecamatan',
  'lokus_dasar',
  'peringkat_dasar',
  'peluang',
  'status',
  'peringkat_median',
  'peringkat_p5',
  'peringkat_p95',
  'alasan',
];

/**
 * `lokus robustness <scenario> --data <table> [--draws N] [--seed S] [--out dir]`: how sure is
 * the list of loci? Runs the scenario's `robustness` block (draws and seed may be overridden)
 * with a progress bar, prints the stable and borderline villages with the reason for each, the
 * Sobol indices and what leaving out each indicator changes, and with `--out` writes
 * `robustness-<scenario>.csv` (one row per village) and `robustness-<scenario>.json`.
 *
 * @example
 * const { mkdtempSync, readFileSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const terminal = { out: () => {}, err: () => {}, interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: true, json: false, force: false, terminal, current: { file: null, progress: null } };
 * writeFileSync(`${terminal.cwd}/desa.csv`, 'kode,nama,nama_kec,a,b\n99.01.01.2001,Sukamaju,Kaliwungu,9,1\n99.01.01.2002,Sukamundur,Kaliwungu,5,5\n99.01.02.2001,Karanganyar,Sayung,1,2\n');
 * const ind = (id) => `{ id: ${id}, label: { id: ${id}, en: ${id} }, kind: count, direction: higher-is-worse }`;
 * const robustness = '{ draws: 1000, weights: { factor: 0.5 }, sobol: 0 }';
 * writeFileSync(`${terminal.cwd}/contoh.yaml`, `name: Contoh\nindicators: [${ind('a')}, ${ind('b')}]\nselect: { mode: top-n, n: 1 }\nrobustness: ${robustness}\n`);
 * const { json } = await robustnessCommand(ctx, 'contoh.yaml', { data: 'desa.csv', draws: 200, out: 'out', threads: 1 });
 * [json.draws, json.flags, json.written];
 * // => [200, { stableLocus: 1, borderline: 0, stableNonLocus: 2 }, ['out/robustness-contoh.csv', 'out/robustness-contoh.json']]
 * readFileSync(`${terminal.cwd}/out/robustness-contoh.csv`, 'utf8').split('\r\n')[2];
 * // => '99.01.01.2002,Sukamundur,Kaliwungu,1,1,0.95,stable locus,1,1,1.049999999999983,'
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function robustnessCommand(
  ctx: Context,
  scenario: string,
  options: RobustnessOptions,
): Promise<CommandOutcome> {
  const inputs = await loadInputs(ctx, { ...options, scenario });
  const value = inputs.scenarioFile?.value as Record<string, unknown> | undefined;
  const fail = (diagnostics: readonly CoreDiagnostic[] | readonly unknown[]): never => {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        'analisis kestabilan tidak dapat dijalankan',
        'the robustness analysis cannot run',
      ),
      { details: diagnosticLines(ctx, diagnostics as CoreDiagnostic[]) },
    );
  };
  if (inputs.diagnostics.some((d) => d.severity === 'error') || value === undefined) {
    fail(inputs.diagnostics);
  }
  const block = (value!.robustness ?? {}) as Record<string, unknown>;
  const spec = {
    ...block,
    ...(options.draws === undefined ? {} : { draws: options.draws }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
  const prepared = prepareRobustness(inputs.table, value, { spec, file: options.data });
  const model = prepared.model;
  if (model === null) return fail(prepared.diagnostics.filter((d) => d.severity === 'error'));
  const result = await runWithProgress(ctx, model, {
    table: inputs.table,
    scenario: value,
    spec,
    file: options.data,
    threads: options.threads ?? defaultRobustnessThreads(),
  });
  const labels = Object.fromEntries(model.scenario.indicators.map((i) => [i.id, i.label]));
  const reasons = borderlineReasons(result, { labels });
  const written =
    options.out === undefined
      ? []
      : writeOutputs(ctx, options.out, outputs(ctx, inputs.table, result, reasons, scenario));
  printDiagnostics(ctx, prepared.diagnostics, { notes: 'count' });
  report(ctx, inputs.table, result, reasons, labels);
  return { json: summary(result, reasons, written) };
}

/**
 * The robustness analysis the scenario file declares (its `robustness` block), for the decree
 * annex of `lokus annex --robustness`: same draws and seed as `lokus robustness` without
 * `--draws`/`--seed`, so the annex's section matches that command's CSV; `threads` as that
 * command's `--threads` (same result for any number). Throws a {@link CliError} (exit 1) listing
 * the problems when the block is invalid.
 *
 * @example
 * const terminal = { out: () => {}, err: () => {}, interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const { table } = createTable([
 *   { code: '99.01.01.2001', values: { a: 9, b: 1 } },
 *   { code: '99.01.01.2002', values: { a: 5, b: 5 } },
 *   { code: '99.01.02.2001', values: { a: 1, b: 2 } },
 * ]);
 * const ind = (id) => ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' });
 * const scenario = { name: 'Contoh', indicators: [ind('a'), ind('b')], select: { mode: 'top-n', n: 1 }, robustness: { draws: 200, weights: { factor: 0.5 }, sobol: 0 } };
 * const result = await declaredRobustness(ctx, table, scenario, 'desa.csv', 1);
 * [result.spec.draws, result.flag]; // => [200, ['stable-non-locus', 'stable-locus', 'stable-non-locus']]
 * result.probability; // => Float64Array [0.05, 0.95, 0]
 * await declaredRobustness(ctx, table, { ...scenario, robustness: { draws: 0 } }, 'desa.csv', 1).catch((e) => [e.exitCode, e.details]);
 * // => [1, ['error SCENARIO_INVALID — The scenario is not valid at robustness.draws; fix that part. (robustness.draws must be ≥ 1, got 0.)']]
 */
export async function declaredRobustness(
  ctx: Context,
  table: VillageTable,
  scenario: unknown,
  file: string,
  threads: number = defaultRobustnessThreads(),
): Promise<RobustnessResult> {
  const { model, diagnostics } = prepareRobustness(table, scenario, { file });
  if (model !== null)
    return runThreaded(model, { table, scenario, spec: undefined, file, threads });
  throw new CliError(
    EXIT.DATA,
    tr(
      ctx.lang,
      'analisis kestabilan tidak dapat dijalankan',
      'the robustness analysis cannot run',
    ),
    {
      details: diagnosticLines(
        ctx,
        diagnostics.filter((d) => d.severity === 'error'),
      ),
    },
  );
}

/**
 * The inputs a worker thread rebuilds the model from (`spec` undefined: the scenario's block),
 * and the number of threads.
 */
interface ThreadedInputs {
  readonly table: VillageTable;
  readonly scenario: unknown;
  readonly spec: unknown;
  readonly file: string;
  readonly threads: number;
}

/** The analysis on `threads` threads (one: in this thread, no workers started). */
async function runThreaded(
  model: RobustnessModel,
  inputs: ThreadedInputs,
  onProgress?: (done: number, total: number) => void,
): Promise<RobustnessResult> {
  const { threads, ...job } = inputs;
  if (threads <= 1) {
    const part = runRobustnessDraws(model, {
      ...(onProgress === undefined
        ? {}
        : { onProgress: (done: number) => onProgress(done, model.spec.draws) }),
    });
    const sobol = model.spec.sobol > 0 && model.factors.length > 0 ? runSobolSamples(model) : null;
    return summariseRobustness(model, part, sobol);
  }
  const pool = await createRobustnessPool(threads);
  try {
    return await pool.run(model, job, onProgress);
  } finally {
    await pool.close();
  }
}

/** Draws and Sobol samples, ticking the progress bar at each percent. */
async function runWithProgress(
  ctx: Context,
  model: RobustnessModel,
  inputs: ThreadedInputs,
): Promise<RobustnessResult> {
  const draws = model.spec.draws;
  const progress = startProgress(ctx, 101);
  let shown = 0;
  try {
    const result = await runThreaded(model, inputs, (done) => {
      const percent = Math.floor((done / draws) * 100);
      for (; shown < Math.min(percent, 100); shown++) {
        progress.tick(tr(ctx.lang, `simulasi ${done}/${draws}`, `draw ${done}/${draws}`));
      }
    });
    progress.tick(tr(ctx.lang, 'indeks Sobol', 'Sobol indices'));
    return result;
  } finally {
    progress.stop();
  }
}

function outputs(
  ctx: Context,
  table: VillageTable,
  result: RobustnessResult,
  reasons: ReturnType<typeof borderlineReasons>,
  scenario: string,
): { name: string; content: string }[] {
  const stem = outputStem(scenario);
  const text = new Map(reasons.map((r) => [r.index, r.text[ctx.lang]]));
  const rows = robustnessRows(ctx, table, result, text);
  const json = {
    spec: result.spec,
    meanLoci: result.meanLoci,
    changes: result.changes,
    sobol: result.sobol,
    leaveOneOut: result.leaveOneOut,
    villages: rows,
  };
  return [
    { name: `robustness-${stem}.csv`, content: writeCsv(rows, { columns: COLUMNS }) },
    { name: `robustness-${stem}.json`, content: `${JSON.stringify(json, null, 2)}\n` },
  ];
}

/** The lines people read: counts by flag, thresholds, borderline villages with reasons, Sobol. */
function report(
  ctx: Context,
  table: VillageTable,
  result: RobustnessResult,
  reasons: ReturnType<typeof borderlineReasons>,
  labels: Readonly<Record<string, Label>>,
): void {
  const { draws, seed, thresholds } = result.spec;
  const count = (f: RobustnessFlag): number => result.flag.filter((x) => x === f).length;
  const pct = (p: number): string => `${Math.round(p * 100)}%`;
  // Decimal comma in Bahasa Indonesia.
  const num = (x: number, digits: number): string =>
    ctx.lang === 'id' ? x.toFixed(digits).replace('.', ',') : x.toFixed(digits);
  say(
    ctx,
    tr(
      ctx.lang,
      `${draws} simulasi (seed ${seed}): ${count('stable-locus')} lokus stabil (peluang ≥ ${pct(thresholds.stableLocus)}), ${count('borderline')} borderline, ${count('stable-non-locus')} bukan lokus stabil (peluang ≤ ${pct(thresholds.stableNonLocus)}); rata-rata ${num(result.changes.mean, 1)} desa berubah per simulasi.`,
      `${draws} draws (seed ${seed}): ${count('stable-locus')} stable loci (p ≥ ${pct(thresholds.stableLocus)}), ${count('borderline')} borderline, ${count('stable-non-locus')} stable non-loci (p ≤ ${pct(thresholds.stableNonLocus)}); on average ${result.changes.mean.toFixed(1)} villages change per draw.`,
    ),
  );
  for (const r of reasons)
    say(ctx, `  ${r.code} ${table.name[r.index] ?? ''}: ${r.text[ctx.lang]}`);
  for (const s of result.sobol?.indices ?? []) {
    say(
      ctx,
      tr(
        ctx.lang,
        `  Sobol ${s.factor}: orde pertama ${num(s.first, 2)}, total ${num(s.total, 2)}`,
        `  Sobol ${s.factor}: first order ${s.first.toFixed(2)}, total ${s.total.toFixed(2)}`,
      ),
    );
  }
  for (const e of result.leaveOneOut) {
    if (e.entered.length + e.left.length === 0) continue;
    const name = labels[e.indicator]?.[ctx.lang] ?? e.indicator;
    say(
      ctx,
      tr(
        ctx.lang,
        `  tanpa ${name}: ${e.entered.length} masuk, ${e.left.length} keluar`,
        `  without ${name}: ${e.entered.length} enter, ${e.left.length} leave`,
      ),
    );
  }
}

function summary(
  result: RobustnessResult,
  reasons: ReturnType<typeof borderlineReasons>,
  written: readonly string[],
): Record<string, unknown> {
  return {
    ok: true,
    command: 'robustness',
    draws: result.spec.draws,
    seed: result.spec.seed,
    thresholds: result.spec.thresholds,
    meanLoci: result.meanLoci,
    changes: result.changes,
    flags: {
      stableLocus: result.flag.filter((f) => f === 'stable-locus').length,
      borderline: result.flag.filter((f) => f === 'borderline').length,
      stableNonLocus: result.flag.filter((f) => f === 'stable-non-locus').length,
    },
    borderline: reasons.map((r) => ({
      code: r.code,
      probability: r.probability,
      rank: r.rank,
      reason: r.text,
    })),
    sobol: result.sobol,
    leaveOneOut: result.leaveOneOut,
    written,
  };
}
