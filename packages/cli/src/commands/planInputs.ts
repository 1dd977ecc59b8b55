import { createTable, runScenario, type ScenarioResult } from '@lokus/core';
import {
  type PlanDiagnostic,
  type PlanVillage,
  planVillages,
  readSheet,
  type Sheet,
} from '@lokus/plan';
import type { ResultRecord } from '@lokus/report';
import { CliError } from '../CliError.ts';
import { type Context, step, tr } from '../Context.ts';
import { EXIT } from '../exitCodes.ts';
import { readInputFile } from '../readInputFile.ts';
import { readRecordFile } from '../readRecordFile.ts';

/**
 * The villages of a result record as the plan sees them: the record's table (the columns the
 * scenario used) is scored again with the record's scenario, so that each locus's needs come
 * from core's explain step; the loci must equal the record's, else the record was edited or
 * made by another version (exit code 1, naming the villages that differ).
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
 * writeFileSync(`${terminal.cwd}/hasil-2025.json`, record(2025, [40, 10, 25]));
 * recordVillages(ctx, 'hasil-2025.json').villages.map((v) => [v.code, v.locus, v.rank]);
 * // => [['33.21.01.2001', true, 1], ['33.21.01.2002', false, 3], ['33.21.02.2001', false, 2]]
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export function recordVillages(
  ctx: Context,
  file: string,
): { record: ResultRecord; result: ScenarioResult; villages: PlanVillage[] } {
  const record = readRecordFile(ctx, file);
  step(ctx, `menghitung ulang ${file}`, `re-scoring ${file}`);
  const { table } = createTable(
    record.villages.map((v) => ({
      code: v.code,
      name: v.name,
      kecamatanName: v.kecamatanName,
      values: v.values,
    })),
  );
  const result = runScenario(table, record.scenario);
  if (result.stages === null) {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        `${file}: skenario rekaman tidak dapat dihitung ulang`,
        `${file}: the record's scenario cannot be scored again`,
      ),
      { file },
    );
  }
  const villages = planVillages(result);
  const recorded = new Set(record.villages.filter((v) => v.selected).map((v) => v.code));
  const differ = villages.filter((v) => v.locus !== recorded.has(v.code)).map((v) => v.code);
  if (differ.length > 0) {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        `${file}: lokus hasil hitung ulang berbeda dari rekaman (${differ.slice(0, 5).join(', ')})`,
        `${file}: the loci scored again differ from the record's (${differ.slice(0, 5).join(', ')})`,
      ),
      { file },
    );
  }
  return { record, result, villages };
}

/**
 * Reads a plan or agency sheet (CSV or XLSX) from a file.
 *
 * @example
 * const { mkdtempSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
 * const { tmpdir } = process.getBuiltinModule('node:os');
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: mkdtempSync(`${tmpdir()}/lokus-`) };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * writeFileSync(`${terminal.cwd}/rat.csv`, 'OPD;Program;Kegiatan;Indikator;Target;Satuan Target;Anggaran (Rp);Sumber Dana;Desa/Kelurahan\nDinas Sosial;Perlindungan sosial;PKH plus;desil1_kk;40;KK;100000000;APBD;33.21.01.2001\n');
 * const sheet = await sheetFile(ctx, 'rat.csv', {});
 * [sheet.header[0], sheet.header.length]; // => ['OPD', 9]
 * printed; // => ['… reading rat.csv\n']
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export async function sheetFile(
  ctx: Context,
  file: string,
  options: { readonly sheet?: string; readonly encoding?: string; readonly delimiter?: string },
): Promise<Sheet> {
  step(ctx, `membaca ${file}`, `reading ${file}`);
  const bytes = readInputFile(ctx, file);
  const name = file.split(/[\\/]/).at(-1) ?? file;
  return readSheet(bytes, {
    file: name,
    ...(options.sheet === undefined
      ? {}
      : { sheet: /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet }),
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
  });
}

/**
 * Plan diagnostics as terminal lines in the user's language, errors first.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const warning = planDiagnostic('PLAN_DUPLICATE_ROW', { file: 'rat.csv', row: 2, line: 3, detail: '1' });
 * const error = planDiagnostic('PLAN_NEGATIVE_BUDGET', { file: 'rat.csv', row: 3, line: 4, column: 'Anggaran (Rp)', value: -5 });
 * planDiagnosticLines(ctx, [warning, error]);
 * // => ['error PLAN_NEGATIVE_BUDGET — rat.csv, row 3 (4), column "Anggaran (Rp)": budget -5 is negative; the row is set aside', 'warning PLAN_DUPLICATE_ROW — rat.csv, row 2 (3): the row repeats row 1; it is counted once']
 * planDiagnosticLines({ ...ctx, lang: 'id' }, [error]);
 * // => ['galat PLAN_NEGATIVE_BUDGET — rat.csv, baris 3 (4), kolom "Anggaran (Rp)": anggaran -5 bernilai negatif; baris dikesampingkan']
 */
export function planDiagnosticLines(
  ctx: Context,
  diagnostics: readonly PlanDiagnostic[],
): string[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const word = {
    error: tr(ctx.lang, 'galat', 'error'),
    warning: tr(ctx.lang, 'peringatan', 'warning'),
    info: 'info',
  };
  return [...diagnostics]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order[a.d.severity] - order[b.d.severity] || a.i - b.i)
    .map(
      ({ d }) => `${word[d.severity]} ${d.code} — ${ctx.lang === 'en' ? d.message : d.messageId}`,
    );
}

/**
 * Stops with exit code 1 when a file has errors, listing every diagnostic; prints warnings.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const warning = planDiagnostic('PLAN_DUPLICATE_ROW', { file: 'rat.csv', row: 2, line: 3, detail: '1' });
 * const error = planDiagnostic('PLAN_NEGATIVE_BUDGET', { file: 'rat.csv', row: 3, line: 4, column: 'Anggaran (Rp)', value: -5 });
 * refuseErrors(ctx, 'rat.csv', [warning]);
 * printed; // => ['warning PLAN_DUPLICATE_ROW — rat.csv, row 2 (3): the row repeats row 1; it is counted once\n']
 * await Promise.resolve().then(() => refuseErrors(ctx, 'rat.csv', [warning, error])).catch((e) => [e.exitCode, e.message, e.details.length]);
 * // => [1, 'rat.csv has errors; nothing was written', 2]
 */
export function refuseErrors(
  ctx: Context,
  file: string,
  diagnostics: readonly PlanDiagnostic[],
): void {
  const lines = planDiagnosticLines(ctx, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        `${file} memuat kesalahan; tidak ada berkas yang ditulis`,
        `${file} has errors; nothing was written`,
      ),
      { file, details: lines },
    );
  }
  if (!ctx.quiet && !ctx.json) for (const line of lines) ctx.terminal.err(`${line}\n`);
}
