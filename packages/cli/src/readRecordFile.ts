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
 * readRecordFile(ctx, 'out/2025/hasil-idm.json').year; // => 2025
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
