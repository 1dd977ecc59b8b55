import type { Label, Severity } from '@lokus/core';

/**
 * Every diagnostic code of `@lokus/plan`, its severity and its sentence in English and Bahasa
 * Indonesia. `{value}` and `{detail}` are filled in by {@link planDiagnostic}. An error sets its
 * row aside (listed in `setAside`); a warning keeps the row. One source for the messages, the
 * README table and the tests.
 *
 * @example
 * PLAN_DIAGNOSTICS.PLAN_NEGATIVE_BUDGET.severity; // => 'error'
 */
export const PLAN_DIAGNOSTICS = {
  PLAN_EMPTY_FILE: {
    severity: 'error',
    en: 'the file has no rows under its header',
    id: 'berkas tidak berisi baris di bawah judul kolom',
  },
  PLAN_UNREADABLE: {
    severity: 'error',
    en: 'the file cannot be read as CSV or XLSX: {detail}',
    id: 'berkas tidak dapat dibaca sebagai CSV atau XLSX: {detail}',
  },
  PLAN_COLUMN_MISSING: {
    severity: 'error',
    en: 'required column "{value}" is missing (expected one of: {detail})',
    id: 'kolom wajib "{value}" tidak ada (diharapkan salah satu dari: {detail})',
  },
  PLAN_RAGGED_ROW: {
    severity: 'error',
    en: 'the row has {value} filled cells beyond the header (a cell holding the delimiter must be quoted); the row is set aside',
    id: 'baris memiliki {value} sel terisi di luar judul kolom (sel yang memuat pemisah harus diberi tanda kutip); baris dikesampingkan',
  },
  PLAN_MISSING_VALUE: {
    severity: 'error',
    en: 'the cell is empty; the row is set aside',
    id: 'sel kosong; baris dikesampingkan',
  },
  PLAN_NOT_A_NUMBER: {
    severity: 'error',
    en: '"{value}" is not a number; the row is set aside',
    id: '"{value}" bukan angka; baris dikesampingkan',
  },
  PLAN_NEGATIVE_BUDGET: {
    severity: 'error',
    en: 'budget {value} is negative; the row is set aside',
    id: 'anggaran {value} bernilai negatif; baris dikesampingkan',
  },
  PLAN_UNKNOWN_INDICATOR: {
    severity: 'error',
    en: '"{value}" is not an indicator of the catalogue ({detail}); the row is set aside',
    id: '"{value}" bukan indikator dalam katalog ({detail}); baris dikesampingkan',
  },
  PLAN_UNKNOWN_SOURCE: {
    severity: 'error',
    en: '"{value}" is not a funding source ({detail}); the row is set aside',
    id: '"{value}" bukan sumber dana yang dikenal ({detail}); baris dikesampingkan',
  },
  PLAN_UNKNOWN_VILLAGE: {
    severity: 'error',
    en: 'village code {value} is not in the result; the row is set aside',
    id: 'kode desa {value} tidak ada dalam hasil pemeringkatan; baris dikesampingkan',
  },
  PLAN_MALFORMED_VILLAGE: {
    severity: 'error',
    en: '"{value}" is neither a village code, "semua lokus" nor "semua lokus di kecamatan …"; the row is set aside',
    id: '"{value}" bukan kode desa, "semua lokus" atau "semua lokus di kecamatan …"; baris dikesampingkan',
  },
  PLAN_UNKNOWN_KECAMATAN: {
    severity: 'error',
    en: 'kecamatan "{value}" is not in the result; the row is set aside',
    id: 'kecamatan "{value}" tidak ada dalam hasil pemeringkatan; baris dikesampingkan',
  },
  PLAN_NO_LOCI_IN_KECAMATAN: {
    severity: 'warning',
    en: 'kecamatan "{value}" has no loci, so the row covers no village',
    id: 'kecamatan "{value}" tidak memiliki lokus, sehingga baris ini tidak menjangkau desa mana pun',
  },
  PLAN_DUPLICATE_ROW: {
    severity: 'warning',
    en: 'the row repeats row {detail}; it is counted once',
    id: 'baris ini sama dengan baris {detail}; dihitung sekali',
  },
  PLAN_OUTSIDE_MANDATE: {
    severity: 'warning',
    en: 'agency "{value}" has no mandate for indicator {detail} in the agency list',
    id: 'OPD "{value}" tidak memiliki mandat untuk indikator {detail} dalam daftar OPD',
  },
  PLAN_UNKNOWN_AGENCY: {
    severity: 'warning',
    en: 'agency "{value}" is not in the agency list',
    id: 'OPD "{value}" tidak ada dalam daftar OPD',
  },
  AGENCY_WITHOUT_MANDATE: {
    severity: 'error',
    en: 'agency "{value}" has no mandate (no indicator it can move); it is set aside',
    id: 'OPD "{value}" tidak memiliki mandat (tidak ada indikator yang dapat digerakkan); dikesampingkan',
  },
  AGENCY_BAD_CAPACITY: {
    severity: 'error',
    en: 'capacity {value} is not 0 ≤ min ≤ max with whole numbers; the agency is set aside',
    id: 'kapasitas {value} tidak memenuhi 0 ≤ min ≤ maks dengan bilangan bulat; OPD dikesampingkan',
  },
  AGENCY_DUPLICATE: {
    severity: 'error',
    en: 'agency "{value}" is listed again (first in row {detail}); this row is set aside',
    id: 'OPD "{value}" tercantum lagi (pertama di baris {detail}); baris ini dikesampingkan',
  },
} as const satisfies Record<string, Label & { readonly severity: Severity }>;

/** A diagnostic code of `@lokus/plan`. */
export type PlanDiagnosticCode = keyof typeof PLAN_DIAGNOSTICS;
