import { type ResultRecord, readResultRecord } from '@lokus/report';
import { CliError } from './CliError.ts';
import { type Context, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';
import { diagnosticLines } from './printDiagnostics.ts';
import { readInputFile } from './readInputFile.ts';

/**
 * Reads a result record (`hasil-<scenario>.json`, written by `lokus score`) and checks it with
 * `readResultRecord`; a record with an error is a {@link CliError} (exit code 1) listing every
 * problem with its JSON path and value.
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
 * const read = readRecordFile(ctx, 'hasil-2025.json');
 * [read.year, read.villages.filter((v) => v.selected).map((v) => v.code)]; // => [2025, ['33.21.01.2001']]
 * writeFileSync(`${terminal.cwd}/rusak.json`, '{"year": 2025}');
 * await Promise.resolve().then(() => readRecordFile(ctx, 'rusak.json')).catch((e) => [e.exitCode, e.message]);
 * // => [1, 'rusak.json is not a readable lokus result record']
 * rmSync(terminal.cwd, { recursive: true, force: true });
 */
export function readRecordFile(ctx: Context, file: string): ResultRecord {
  const text = new TextDecoder().decode(readInputFile(ctx, file));
  const { record, diagnostics } = readResultRecord(text, { file });
  if (record === null) {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        `${file} bukan rekaman hasil lokus yang dapat dibaca`,
        `${file} is not a readable lokus result record`,
      ),
      { file, details: diagnosticLines(ctx, diagnostics) },
    );
  }
  return record;
}
