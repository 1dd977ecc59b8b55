import {
  compareYears,
  type ResultRecord,
  type YearChange,
  type YearComparison,
} from '@lokus/report';
import { CliError } from '../CliError.ts';
import { type Context, say, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import type { InputOptions } from '../loadInputs.ts';
import { printDiagnostics } from '../printDiagnostics.ts';
import type { CommandOutcome } from '../program.ts';
import { readRecordFile } from '../readRecordFile.ts';
import { scoreRun } from '../scoreRun.ts';

/** Options of `lokus compare`. */
export interface CompareOptions extends Partial<InputOptions> {
  /** Last year's result record. */
  readonly previous?: string;
}

/** The entered or left villages as indented lines: code, name, kecamatan, the reason in words. */
function changeLines(changes: readonly YearChange[]): string[] {
  return changes.map(
    (c) => `  ${c.code}  ${c.name} (${c.kecamatanName || c.kecamatan}): ${c.text}`,
  );
}

/** The comparison as lines for people. */
function comparisonLines(ctx: Context, c: YearComparison): string[] {
  const a = c.agreement;
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
  const moved = [...c.villages]
    .filter((v) => v.shift !== null && v.shift !== 0)
    .sort((x, y) => Math.abs(y.shift!) - Math.abs(x.shift!) || (x.code < y.code ? -1 : 1))
    .slice(0, 10);
  return [
    ...c.summary,
    '',
    tr(
      ctx.lang,
      `Kesepakatan: ${a.overlap} lokus di kedua tahun (Jaccard ${f(a.jaccard)}), Spearman ${f(a.spearman)}, Kendall tau-b ${f(a.kendallTauB)} atas ${a.rankedInBoth} desa.`,
      `Agreement: ${a.overlap} loci in both years (Jaccard ${f(a.jaccard)}), Spearman ${f(a.spearman)}, Kendall tau-b ${f(a.kendallTauB)} over ${a.rankedInBoth} villages.`,
    ),
    '',
    tr(ctx.lang, `Masuk (${c.entered.length}):`, `Entered (${c.entered.length}):`),
    ...changeLines(c.entered),
    tr(ctx.lang, `Keluar (${c.left.length}):`, `Left (${c.left.length}):`),
    ...changeLines(c.left),
    tr(ctx.lang, 'Pergeseran peringkat terbesar:', 'Largest rank shifts:'),
    ...moved.map(
      (v) =>
        `  ${v.code}  ${v.name}: ${v.rankPrevious} → ${v.rankCurrent} (${v.shift! > 0 ? '+' : ''}${v.shift})`,
    ),
  ];
}

/**
 * `lokus compare <A> <B>` (two result records, A the earlier), `lokus compare <result>
 * --previous <last year>`, or `lokus compare <scenario> --data <table> --previous <last year>`
 * (this year scored now): rank shifts, the villages that entered and left the loci with the
 * reason in words, and agreement figures (overlap, Jaccard, Spearman, Kendall tau-b), from
 * `compareYears` of `@lokus/report`. Writes nothing.
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
 * const { json } = await compareCommand(ctx, ['2025.json', '2026.json'], {});
 * [json.entered.map((v) => v.code), json.left.map((v) => v.code)]; // => [['33.21.02.2001'], ['33.21.01.2001']]
 * json.left[0].text; // => 'its need fell: Decile-1 households fell from 40 KK to 20 KK (−20 KK); rank 1 → 2'
 * printed[0]; // => '0 of 1 loci of 2025 remain loci in 2026; 1 entered, 1 left.\n'
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function compareCommand(
  ctx: Context,
  files: readonly string[],
  options: CompareOptions,
): Promise<CommandOutcome> {
  const usage = (): never => {
    throw new CliError(
      EXIT.USAGE,
      tr(
        ctx.lang,
        'compare perlu dua rekaman hasil (A B), atau satu dengan --previous',
        'compare needs two result records (A B), or one with --previous',
      ),
    );
  };
  let previous: ResultRecord;
  let current: Parameters<typeof compareYears>[0];
  if (options.previous !== undefined) {
    if (files.length !== 1) usage();
    previous = readRecordFile(ctx, options.previous);
    if (options.data !== undefined) {
      const run = await scoreRun(ctx, { ...options, data: options.data, scenario: files[0]! });
      printDiagnostics(
        ctx,
        run.diagnostics.filter((d) => d.severity !== 'info'),
      );
      current = run.result;
    } else current = readRecordFile(ctx, files[0]!);
  } else {
    if (files.length !== 2) usage();
    previous = readRecordFile(ctx, files[0]!);
    current = readRecordFile(ctx, files[1]!);
  }
  const comparison = compareYears(current, previous, { lang: ctx.lang });
  printDiagnostics(ctx, comparison.diagnostics);
  for (const line of comparisonLines(ctx, comparison)) say(ctx, line);
  return { json: { ok: true, command: 'compare', ...comparison } };
}
