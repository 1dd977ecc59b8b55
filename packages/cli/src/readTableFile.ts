import type { VillageRecord } from '@lokus/core';
import { type DecimalSeparator, type IoDiagnostic, readCsv, readXlsx } from '@lokus/io';
import { CliError } from './CliError.ts';
import { type Context, tr } from './Context.ts';
import { EXIT } from './exitCodes.ts';
import { readInputFile } from './readInputFile.ts';
import { sha256 } from './sha256.ts';

/** Reader options a user can set where a table is ambiguous (all recorded in provenance). */
export interface TableReaderOptions {
  /** Decimal separator of every numeric column; the thousands separator is the other one. */
  readonly decimal?: DecimalSeparator;
  /** WHATWG encoding label of a CSV file (`utf-8`, `windows-1252`, …). */
  readonly encoding?: string;
  /** CSV field delimiter. */
  readonly delimiter?: string;
  /** XLSX worksheet name or 1-based position. */
  readonly sheet?: string;
}

/** A table as read: its records, diagnostics, and the reader choices that were made. */
export interface TableFile {
  readonly file: string;
  /** SHA-256 of the file's bytes. */
  readonly sha256: string;
  readonly format: 'csv' | 'xlsx';
  readonly records: readonly VillageRecord[];
  readonly diagnostics: readonly IoDiagnostic[];
  /** What the reader used: given by the user or detected (delimiter, encoding, decimals, sheet). */
  readonly readerOptions: Readonly<Record<string, unknown>>;
}

/**
 * Reads a village table (`.csv`, `.txt`, `.tsv` or `.xlsx`) with `@lokus/io`, passing the
 * user's reader options, and records what the reader chose. A file that cannot be read at all
 * throws a {@link CliError}; everything else is in `diagnostics`.
 *
 * @example
 * const printed = [];
 * const terminal = { out: (t) => printed.push(t), err: (t) => printed.push(t), interactive: false, cwd: '.' };
 * const ctx = { lang: 'en', quiet: false, json: false, force: false, terminal, current: { file: null, progress: null } };
 * const read = await readTableFile(ctx, 'data/sample/villages.csv');
 * [read.format, read.records.length, read.records[0].code, read.readerOptions.delimiter]; // => ['csv', 250, '99.01.01.2001', ',']
 * read.readerOptions.decimal.idm; // => '.'
 */
export async function readTableFile(
  ctx: Context,
  file: string,
  options: TableReaderOptions = {},
): Promise<TableFile> {
  const bytes = readInputFile(ctx, file);
  const hash = sha256(bytes);
  const decimal = options.decimal === undefined ? {} : { decimal: options.decimal };
  if (/\.xlsx$/i.test(file)) {
    const sheet =
      options.sheet === undefined
        ? {}
        : { sheet: /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet };
    const read = await readXlsx(bytes, { file, ...decimal, ...sheet });
    return {
      file,
      sha256: hash,
      format: 'xlsx',
      records: read.records,
      diagnostics: read.diagnostics,
      readerOptions: { sheet: read.sheet, decimal: options.decimal ?? read.decimal },
    };
  }
  if (/\.xls$/i.test(file)) {
    throw new CliError(
      EXIT.DATA,
      tr(
        ctx.lang,
        `${file}: format .xls (Excel lama) tidak didukung; simpan sebagai .xlsx atau .csv`,
        `${file}: the old Excel format .xls is not supported; save it as .xlsx or .csv`,
      ),
      { file },
    );
  }
  const read = readCsv(bytes, {
    file,
    ...decimal,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
  });
  return {
    file,
    sha256: hash,
    format: 'csv',
    records: read.records,
    diagnostics: read.diagnostics,
    readerOptions: {
      delimiter: read.delimiter,
      encoding: read.encoding,
      decimal: options.decimal ?? read.decimal,
    },
  };
}
