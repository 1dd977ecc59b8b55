import type { HouseholdRow, PersonRow } from './types.ts';

/** A line of the synthetic label column, so that no file can be taken for real data. */
export const SYNTHETIC_LABEL = 'DATA SINTETIS';

/** Header of the synthetic household CSV. */
export const HOUSEHOLD_COLUMNS = [
  'id_keluarga',
  'kode_desa',
  'nik_kepala',
  'nama_kepala',
  'alamat',
  'desil',
  'rtlh',
  'air_layak',
  'sanitasi_layak',
  'keterangan',
] as const;

/** Header of the synthetic person CSV. */
export const PERSON_COLUMNS = [
  'nik',
  'id_keluarga',
  'nama',
  'tanggal_lahir',
  'umur',
  'sekolah',
  'miskin_ekstrem',
  'keterangan',
] as const;

const cell = (v: string | number | null) => (v === null ? '' : String(v));

/**
 * CSV lines (comma, no quoting needed: no value holds a comma or a quote) of synthetic register
 * rows, each ending with the `keterangan` column `DATA SINTETIS`. Prepend
 * `HOUSEHOLD_COLUMNS.join(',')` or `PERSON_COLUMNS.join(',')` as the header.
 *
 * Method: one template per row. O(rows).
 *
 * @example
 * registerCsvLines([], HOUSEHOLD_COLUMNS); // => ''
 */
export function registerCsvLines(
  rows: readonly (HouseholdRow | PersonRow)[],
  columns: typeof HOUSEHOLD_COLUMNS | typeof PERSON_COLUMNS,
): string {
  let out = '';
  for (const row of rows) {
    const r = row as unknown as Record<string, string | number | null>;
    for (let c = 0; c < columns.length - 1; c++) out += `${cell(r[columns[c]!] ?? null)},`;
    out += `${SYNTHETIC_LABEL}\n`;
  }
  return out;
}
