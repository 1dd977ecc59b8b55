import { describeDiagnostic, type ScenarioResult } from '@lokus/core';
import { fixZipTimestamps } from '@lokus/io';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { scenarioSection } from '../annex/scenarioSection.ts';
import { documentDate } from './documentDate.ts';
import { type LociColumn, type LociTable, type LociTableOptions, lociTable } from './lociTable.ts';

/** Options of {@link writeLociXlsx}. */
export interface WriteLociXlsxOptions {
  /** Language of sheet names, headers and texts; Bahasa Indonesia by default. */
  readonly lang?: 'id' | 'en';
  /** Only the loci on the first sheet instead of every village. Default `false`. */
  readonly lociOnly?: boolean;
  /**
   * Date stamped in the workbook and written as the provenance date; default 1 January of the
   * scenario's year (UTC), else the Unix epoch — never the clock, so re-runs are byte-identical.
   */
  readonly date?: Date;
  /** Villages left out of the scoring, listed last with the reason (see `lociTable`). */
  readonly excluded?: LociTableOptions['excluded'];
}

const SHEETS = {
  id: { loci: 'Lokus', full: 'Nilai lengkap', scenario: 'Skenario', provenance: 'Provenans' },
  en: { loci: 'Loci', full: 'Full values', scenario: 'Scenario', provenance: 'Provenance' },
} as const;

const numFmt = (c: LociColumn): string | undefined =>
  c.type !== 'number'
    ? undefined
    : c.digits === undefined
      ? 'General'
      : c.digits === 0
        ? '0'
        : `0.${'0'.repeat(c.digits)}`;

/**
 * Writes the loci table of a result as a formatted Excel workbook people can print and check:
 *
 * 1. `Lokus`: the display columns of {@link lociTable} (rounded numbers with a matching number
 *    format), column widths, a bold frozen header with an autofilter, and print set-up — A4
 *    landscape, fitted to one page wide, the header row repeated on every page, the scenario
 *    name and year as page header and page numbers in the footer.
 * 2. `Nilai lengkap`: code and name with every number at full precision (score, indicator values
 *    as scored, normalised values).
 * 3. `Skenario`: the scenario in words (see `scenarioSection`), then as YAML, one line per row.
 * 4. `Provenans`: version, input and scenario hashes, date, counts, then every diagnostic in
 *    words (core's `describeDiagnostic`, in the workbook's language).
 *
 * Text is always a text cell, never a formula. Deterministic: the workbook dates and zip entry
 * times come from `options.date` or the scenario year, so the same result gives the same bytes.
 *
 * Method: exceljs (github.com/exceljs/exceljs), then the zip timestamps fixed. O(cells).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * const bytes = await writeLociXlsx(result);
 * [bytes[0], bytes[1]]; // => [0x50, 0x4b] (a zip: 'PK')
 */
export async function writeLociXlsx(
  result: ScenarioResult,
  options: WriteLociXlsxOptions = {},
): Promise<Uint8Array> {
  const { lang = 'id', lociOnly = false } = options;
  const date = documentDate({ ...options, year: result.scenario.year });
  const table = lociTable(result, {
    lang,
    lociOnly,
    ...(options.excluded ? { excluded: options.excluded } : {}),
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'lokus';
  workbook.lastModifiedBy = 'lokus';
  workbook.created = date;
  workbook.modified = date;
  const names = SHEETS[lang];
  addTableSheet(
    workbook,
    names.loci,
    table,
    table.columns.filter((c) => c.precision === 'display'),
    printTitle(result),
  );
  const keys = new Set(['rank', 'code', 'name', 'kecamatan', 'locus']);
  const fullColumns = table.columns.filter(
    (c) => keys.has(c.key) || c.precision === 'full' || c.key === 'reasonCode',
  );
  addTableSheet(workbook, names.full, table, fullColumns, null);
  addScenarioSheet(workbook, names.scenario, result, lang);
  addProvenanceSheet(workbook, names.provenance, result, lang, date);
  const written: unknown = await workbook.xlsx.writeBuffer();
  const bytes =
    written instanceof ArrayBuffer
      ? new Uint8Array(written.slice(0))
      : new Uint8Array(written as Uint8Array);
  return fixZipTimestamps(bytes, date);
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  table: LociTable,
  columns: readonly LociColumn[],
  /** Page header when printed; `null` for a sheet without print set-up. */
  print: string | null,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => {
    const format = numFmt(c);
    return {
      key: c.key,
      width: Math.max(c.width, Math.min(c.header.length + 2, 30)),
      ...(format === undefined ? {} : { style: { numFmt: format } }),
    };
  });
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const row of table.rows) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  if (print === null) return;
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddHeader: `&C${print}`, oddFooter: '&L&A&R&P / &N' };
}

function addScenarioSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  result: ScenarioResult,
  lang: 'id' | 'en',
): void {
  const words = scenarioSection(result, { lang });
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 120 }];
  const bold = (text: string): void => {
    sheet.addRow([text]).font = { bold: true };
  };
  bold(words.name);
  for (const p of words.paragraphs) sheet.addRow([p]).alignment = { wrapText: true };
  sheet.addRow([]);
  bold(lang === 'id' ? 'Indikator' : 'Indicators');
  for (const ind of words.indicators) {
    const unit = ind.unit === null ? '' : ` (${ind.unit})`;
    const source = ind.source === null ? '' : `; ${ind.source}`;
    sheet.addRow([`${ind.name}${unit}: ${ind.direction}; ${ind.weightText}${source}`]);
  }
  sheet.addRow([]);
  bold(lang === 'id' ? 'Aturan pemilihan' : 'Selection rules');
  for (const rule of words.rules) sheet.addRow([rule]);
  sheet.addRow([]);
  bold(lang === 'id' ? 'Skenario lengkap (YAML)' : 'Full scenario (YAML)');
  for (const line of stringify(result.scenario).trimEnd().split('\n')) sheet.addRow([line]);
}

function addProvenanceSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  result: ScenarioResult,
  lang: 'id' | 'en',
  date: Date,
): void {
  const id = lang === 'id';
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [
    { width: 28 },
    { width: 60 },
    { width: 12 },
    { width: 8 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
  ];
  const p = result.provenance;
  const selected = result.stages?.selected.count ?? 0;
  const pairs: [string, string | number][] = [
    [id ? 'Perangkat lunak' : 'Software', `${p.library} ${p.version}`],
    [id ? 'Hash data masukan' : 'Input hash', p.inputHash],
    [id ? 'Hash skenario' : 'Scenario hash', p.scenarioHash],
    [id ? 'Skenario' : 'Scenario', result.scenario.name],
    [id ? 'Tahun' : 'Year', result.scenario.year ?? ''],
    [id ? 'Tanggal' : 'Date', date.toISOString().slice(0, 10)],
    [id ? 'Jumlah desa/kelurahan' : 'Villages', result.table.length],
    [id ? 'Jumlah lokus' : 'Loci', selected],
  ];
  for (const [key, value] of pairs) sheet.addRow([key, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  const head = id
    ? ['Kode', 'Pesan', 'Tingkat', 'Baris', 'Kolom', 'Nilai', 'Desa/Kelurahan']
    : ['Code', 'Message', 'Severity', 'Row', 'Column', 'Value', 'Village'];
  sheet.addRow([id ? 'Catatan data' : 'Data notes']).font = { bold: true };
  sheet.addRow(head).font = { bold: true };
  for (const d of result.diagnostics) {
    const value =
      d.value === undefined
        ? null
        : typeof d.value === 'number'
          ? d.value
          : JSON.stringify(d.value);
    sheet.addRow([
      d.code,
      describeDiagnostic(d, { locale: lang }),
      d.severity,
      d.row ?? null,
      d.column ?? null,
      value,
      d.village ?? null,
    ]);
  }
}

/** The printed page header: scenario name and year, `&` doubled (Excel's header codes). */
function printTitle(result: ScenarioResult): string {
  const { name, year } = result.scenario;
  return `${name}${year === null ? '' : ` ${year}`}`.replace(/&/g, '&&');
}
