import { type Trend, trend, trendTable, writeLociCsv } from '@lokus/report';
import { CliError } from '../CliError.ts';
import { type Context, say, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import { diagnosticLines, printDiagnostics } from '../printDiagnostics.ts';
import type { CommandOutcome } from '../program.ts';
import { startProgress } from '../progress.ts';
import { readRecordFile } from '../readRecordFile.ts';
import { writeOutputs } from '../writeOutputs.ts';

/** Options of `lokus trend`. */
export interface TrendCommandOptions {
  /** Input column whose sum over the loci tracks the district target. */
  readonly indicator?: string;
  /** Folder for the per-village trend table (CSV); nothing is written when absent. */
  readonly out?: string;
}

/** The trend as lines for people. */
function trendLines(ctx: Context, t: Trend): string[] {
  return [
    tr(ctx.lang, `Tahun: ${t.years.join(', ')}`, `Years: ${t.years.join(', ')}`),
    '',
    tr(
      ctx.lang,
      `Lulus (${t.graduates.length}) — ${t.graduateRule}`,
      `Graduated (${t.graduates.length}) — ${t.graduateRule}`,
    ),
    ...t.graduates.map(
      (g) =>
        `  ${g.year}  ${g.code}  ${g.name} (${g.kecamatanName || g.kecamatan}): ${g.change.text}`,
    ),
    tr(
      ctx.lang,
      `Lokus setiap tahun (${t.stayed.length}):`,
      `Loci every year (${t.stayed.length}):`,
    ),
    ...t.stayed.map((s) => `  ${s.code}  ${s.name}: ${s.ranks.map((r) => r ?? '–').join(' → ')}`),
    ...(t.target === null ? [] : ['', ...t.target.text]),
  ];
}

/**
 * `lokus trend <result>…`: several years' result records (any order) to a per-village table
 * (rank and locus each year), the villages that graduated (left the loci because their own need
 * fell, not by a rule), those that were loci every year, and the district target's progress,
 * from `trend` of `@lokus/report`. With `--out` the table (`trendTable`) is written as `tren.csv`.
 *
 * @example
 * const { mkdtempSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const record = (year, [a, b, c]) => writeResultRecord(toResultRecord(runScenario(createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: a } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: b } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: c } },
 * ]).table, { name: 'Contoh', year, indicators: [d1], select: { mode: 'top-n', n: 1 } }), { date: `${year}-01-15` }));
 * writeFileSync(`${terminal.cwd}/2025.json`, record(2025, [40, 10, 25]));
 * writeFileSync(`${terminal.cwd}/2026.json`, record(2026, [20, 10, 25]));
 * writeFileSync(`${terminal.cwd}/2027.json`, record(2027, [5, 30, 25]));
 * const { json } = await trendCommand(ctx, ['2027.json', '2025.json', '2026.json'], { out: 'out' });
 * json.years; // => [2025, 2026, 2027]
 * json.graduates.map((g) => [g.year, g.code]); // => [[2026, '33.21.01.2001']]
 * [json.stayed, json.outputs]; // => [[], ['out/tren.csv']]
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function trendCommand(
  ctx: Context,
  files: readonly string[],
  options: TrendCommandOptions,
): Promise<CommandOutcome> {
  const progress = startProgress(ctx, files.length);
  let records: ReturnType<typeof readRecordFile>[];
  try {
    records = files.map((f) => {
      progress.tick(tr(ctx.lang, `membaca ${f}`, `reading ${f}`));
      return readRecordFile(ctx, f);
    });
  } finally {
    progress.stop();
  }
  const target = options.indicator === undefined ? {} : { target: { column: options.indicator } };
  const t = trend(records, { lang: ctx.lang, ...target });
  if (t.diagnostics.some((d) => d.severity === 'error')) {
    throw new CliError(EXIT.DATA, tr(ctx.lang, 'tren tidak dapat dibuat', 'no trend can be made'), {
      details: diagnosticLines(ctx, t.diagnostics),
    });
  }
  printDiagnostics(ctx, t.diagnostics);
  const written =
    options.out === undefined
      ? []
      : writeOutputs(ctx, options.out, [
          { name: 'tren.csv', content: writeLociCsv(trendTable(t, { lang: ctx.lang })) },
        ]);
  for (const line of trendLines(ctx, t)) say(ctx, line);
  for (const path of written) say(ctx, `${tr(ctx.lang, 'ditulis', 'written')}: ${path}`);
  return {
    json: {
      ok: true,
      command: 'trend',
      years: t.years,
      graduates: t.graduates,
      graduateRule: t.graduateRule,
      stayed: t.stayed,
      target: t.target,
      series: t.series,
      villages: t.villages,
      outputs: written,
      diagnostics: t.diagnostics,
    },
  };
}
