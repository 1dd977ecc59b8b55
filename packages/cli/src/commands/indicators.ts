import { basename, dirname, resolve } from 'node:path';
import { writeCsv } from '@lokus/io';
import type { IndicatorResult, KnownVillage, SmallCellPolicy } from '@lokus/registers';
import { computeIndicators } from '@lokus/registers/node';
import { CliError } from '../CliError.ts';
import { type Context, say, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import { diagnosticLines, printDiagnostics } from '../printDiagnostics.ts';
import type { CommandOutcome } from '../program.ts';
import { startProgress } from '../progress.ts';
import { readTableFile } from '../readTableFile.ts';
import { checkOutputs, writeOutputs } from '../writeOutputs.ts';

/** Options of `lokus indicators`. */
export interface IndicatorsOptions {
  /** Indicator definitions (YAML or JSON). */
  readonly definitions: string;
  /** Village table to write (CSV); nothing is written without it. */
  readonly out?: string;
  /** The district's village table: its codes are the villages, its names go into the output. */
  readonly villages?: string;
  /** `flag` (default) keeps counts below the threshold and lists them; `suppress` empties them. */
  readonly smallCells?: SmallCellPolicy;
  /** Small-cell threshold (default: the definitions' `smallCount`, 5). */
  readonly smallCount?: number;
  /** Also write rate columns. */
  readonly rates?: boolean;
}

/** Column listing a village's small cells in the written table. */
export const SMALL_COLUMN = 'sel_kecil';

const STEPS = 6;

/** The known villages of a village table, with names and kecamatan. */
async function knownVillages(ctx: Context, file: string): Promise<KnownVillage[]> {
  const table = await readTableFile(ctx, file);
  return table.records.map((r) => ({
    code: r.code,
    ...(r.name === undefined ? {} : { name: r.name }),
    ...(r.kecamatanName === undefined ? {} : { kecamatanName: r.kecamatanName }),
  }));
}

/** The village table as CSV: code, name and kecamatan (when known), indicators, small cells. */
function tableCsv(result: IndicatorResult, named: boolean): string {
  const columns = [
    'kode',
    ...(named ? ['nama', 'kecamatan'] : []),
    ...result.columns,
    SMALL_COLUMN,
  ];
  const rows = result.records.map((r) => ({
    kode: r.code,
    ...(named ? { nama: r.name ?? '', kecamatan: r.kecamatanName ?? '' } : {}),
    ...(r.values as Record<string, number | null>),
    [SMALL_COLUMN]: (result.small[r.code] ?? []).join(' '),
  }));
  return writeCsv(rows, { columns });
}

/**
 * `lokus indicators <register files…> --definitions f [--out table.csv] [--villages v.csv]`:
 * village indicators from household registers (CSV, XLSX, Parquet) in an in-memory DuckDB, with
 * a progress line per step. Prints every problem (counts and example row numbers, never a
 * personal field) and writes the village table (`kode`, indicators, `sel_kecil` listing the
 * small counts) through a temporary file, refusing to overwrite without `--force`. Errors in the
 * definitions or files (exit code 1) write nothing.
 *
 * @example
 * const { mkdtempSync, readFileSync, rmSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const registers = ['keluarga', 'anggota'].map((r) => `packages/registers/test/fixtures/kecil/${r}.csv`);
 * const dir = mkdtempSync(`${tmpdir()}/lokus-`);
 * const out = `${dir}/indikator.csv`;
 * const { json } = await indicatorsCommand(ctx, registers, { definitions: 'data/definitions/dtsen-desa.yaml', out });
 * [json.villages, json.columns.length, json.smallCells]; // => [3, 9, 19]
 * readFileSync(out, 'utf8').split('\r\n')[1];
 * // => '99.01.01.2001,4,10,2,3,6,2,2,2,3,kk_total desil1_kk desil12_kk rtlh_unit tanpa_air_kk tanpa_sanitasi_kk atps_anak'
 * printed.at(-2); // => '3 villages, 9 indicators, 19 small cells\n'
 * rmSync(dir, { recursive: true, force: true });
 */
export async function indicatorsCommand(
  ctx: Context,
  files: readonly string[],
  options: IndicatorsOptions,
): Promise<CommandOutcome> {
  const at = (f: string) => resolve(ctx.terminal.cwd, f);
  if (options.out !== undefined) checkOutputs(ctx, dirname(options.out), [basename(options.out)]);
  const progress = startProgress(ctx, STEPS);
  let result: IndicatorResult;
  try {
    const known =
      options.villages === undefined ? undefined : await knownVillages(ctx, options.villages);
    result = await computeIndicators(files.map(at), at(options.definitions), {
      ...(known === undefined ? {} : { known }),
      ...(options.smallCells === undefined ? {} : { smallCells: options.smallCells }),
      ...(options.smallCount === undefined ? {} : { smallCount: options.smallCount }),
      rates: options.rates === true,
      onStep: (label) => progress.tick(label),
    });
  } finally {
    progress.stop();
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        'indikator desa tidak dapat dihitung; tidak ada berkas yang ditulis',
        'the village indicators cannot be computed; nothing was written',
      ),
      { details: diagnosticLines(ctx, result.diagnostics) },
    );
  }
  printDiagnostics(ctx, result.diagnostics);
  const written =
    options.out === undefined
      ? []
      : writeOutputs(ctx, dirname(options.out), [
          {
            name: basename(options.out),
            content: tableCsv(result, options.villages !== undefined),
          },
        ]);
  const small = Object.values(result.small).reduce((s, l) => s + l.length, 0);
  say(
    ctx,
    tr(
      ctx.lang,
      `${result.records.length} desa, ${result.columns.length} indikator, ${small} sel kecil`,
      `${result.records.length} villages, ${result.columns.length} indicators, ${small} small cells`,
    ),
  );
  for (const w of written) say(ctx, w);
  return {
    json: {
      villages: result.records.length,
      columns: result.columns,
      rows: result.rows,
      smallCells: small,
      written,
      diagnostics: result.diagnostics,
    },
  };
}
