import { FUNDING_SOURCES } from '../read/fundingSources.ts';
import { AGENCY_COLUMNS, PLAN_COLUMNS } from '../read/planColumns.ts';
import type { PlanTable } from '../tables/planTable.ts';

/**
 * The action-plan template: the Indonesian headers and three example rows (one per way of naming
 * villages), and a guidance table (`Petunjuk`) of every column with whether it is required and
 * what it holds; the agency-list template likewise. Written to `data/templates/` as CSV and XLSX.
 *
 * @example
 * planTemplate().plan.rows.length; // => 3
 */
export function planTemplate(): {
  plan: PlanTable;
  agencies: PlanTable;
  guidance: PlanTable;
} {
  const plan: PlanTable = {
    columns: PLAN_COLUMNS.map((c) => c.header),
    rows: [
      row(PLAN_COLUMNS, [
        'Dinas Sosial',
        'Perlindungan sosial',
        'Bantuan sosial daerah',
        'desil1_kk',
        120,
        'KK',
        600_000_000,
        'APBD',
        'semua lokus',
      ]),
      row(PLAN_COLUMNS, [
        'Dinas Perkim',
        'Rumah layak huni',
        'Bedah rumah',
        'rtlh_unit',
        40,
        'unit',
        800_000_000,
        FUNDING_SOURCES[1].id,
        '33.21.04.2020; 33.21.04.2016',
      ]),
      row(PLAN_COLUMNS, [
        'Dinas Kesehatan',
        'Percepatan penurunan stunting',
        'PMT lokal',
        'stunting_pct',
        10,
        '%',
        250_000_000,
        'APBD',
        'semua lokus di kecamatan Sayung',
      ]),
    ],
  };
  const agencies: PlanTable = {
    columns: AGENCY_COLUMNS.map((c) => c.header),
    rows: [
      row(AGENCY_COLUMNS, ['Dinas Sosial', 'desil1_kk; miskin_ekstrem_jiwa', 1, 3, '', '', '']),
      row(AGENCY_COLUMNS, [
        'Dinas Perkim',
        'rtlh_unit; tanpa_sanitasi_kk',
        1,
        3,
        'Sayung',
        '',
        '33.21.04.2020',
      ]),
    ],
  };
  const guidance: PlanTable = {
    columns: ['Berkas', 'Kolom', 'Wajib', 'Isi'],
    rows: [
      ...PLAN_COLUMNS.map((c) => ({
        Berkas: 'rencana-aksi',
        Kolom: c.header,
        Wajib: c.required ? 'ya' : 'tidak',
        Isi: c.en,
      })),
      ...AGENCY_COLUMNS.map((c) => ({
        Berkas: 'daftar-opd',
        Kolom: c.header,
        Wajib: c.required ? 'ya' : 'tidak',
        Isi: c.en,
      })),
    ],
  };
  return { plan, agencies, guidance };
}

function row(
  columns: readonly { readonly header: string }[],
  values: readonly (string | number)[],
): Record<string, string | number | null> {
  return Object.fromEntries(columns.map((c, i) => [c.header, values[i] ?? null]));
}
