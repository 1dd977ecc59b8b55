import type { PlanCoverage } from '../coverage/types.ts';
import type { PlanTable } from './planTable.ts';

const H = {
  id: [
    'Kode',
    'Desa/Kelurahan',
    'Kecamatan',
    'Peringkat',
    'Jumlah Program',
    'OPD',
    'Anggaran (Rp)',
    'KK Miskin',
    'Anggaran per KK Miskin (Rp)',
    'Kebutuhan',
    'Kebutuhan Belum Ditangani',
    'Status',
  ],
  en: [
    'Code',
    'Village',
    'Kecamatan',
    'Rank',
    'Programmes',
    'Agencies',
    'Budget (Rp)',
    'Poor households',
    'Budget per poor household (Rp)',
    'Needs',
    'Needs not addressed',
    'Status',
  ],
} as const;

/**
 * The coverage of each locus as a table (code order), headers in Bahasa Indonesia (default) or
 * English: programmes, agencies, budget, poor households and budget per poor household (rounded
 * to whole rupiah), its needs, the needs no programme addresses, and a status word (`tidak ada
 * program`, `sebagian`, `lengkap`).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { desil1_kk: 40, rtlh_unit: 12 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { desil1_kk: 10, rtlh_unit: 30 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { desil1_kk: 25, rtlh_unit: 5 } },
 * ]);
 * const ind = (id, unit) => ({ id, label: { id, en: id }, unit, kind: 'count', direction: 'higher-is-worse' });
 * const indicators = [ind('desil1_kk', 'KK'), ind('rtlh_unit', 'unit')];
 * const result = runScenario(table, { name: 'x', year: 2026, indicators, select: { mode: 'top-n', n: 2 } });
 * const plan = { file: 'rat.csv', setAside: [], diagnostics: [], rows: [{ row: 1, line: 2, agency: 'Dinas Sosial',
 *   programme: 'PKH', activity: '', indicator: 'desil1_kk', target: null, targetUnit: '', budget: 10_000_000,
 *   source: 'APBD', scope: { kind: 'codes' }, villages: ['33.21.01.2001'] }] };
 * coverageTable(planCoverage(plan, planVillages(result))).columns[0]; // => 'Kode'
 */
export function coverageTable(
  coverage: PlanCoverage,
  options: { lang?: 'id' | 'en' } = {},
): PlanTable {
  const lang = options.lang ?? 'id';
  const h = H[lang];
  const rows = coverage.loci.map((l) => {
    const status =
      l.rows.length === 0
        ? lang === 'id'
          ? 'tidak ada program'
          : 'no programme'
        : l.unaddressed.length > 0
          ? lang === 'id'
            ? 'sebagian'
            : 'partial'
          : lang === 'id'
            ? 'lengkap'
            : 'complete';
    const values = [
      l.code,
      l.name,
      l.kecamatanName || l.kecamatan,
      l.rank,
      l.rows.length,
      l.agencies.join('; '),
      Math.round(l.budget),
      l.poorHouseholds,
      l.budgetPerPoorHousehold === null ? null : Math.round(l.budgetPerPoorHousehold),
      l.needs.map((n) => n.need.label[lang]).join('; '),
      l.unaddressed.map((n) => n.label[lang]).join('; '),
      status,
    ];
    return Object.fromEntries(h.map((k, i) => [k, values[i] ?? null]));
  });
  return { columns: h, rows };
}
