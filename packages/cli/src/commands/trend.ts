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
 * (await trendCommand(ctx, ['2025.json', '2026.json', '2027.json'], {})).json.years; // => [2025, 2026, 2027]
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
