import { createTable, runScenario, type ScenarioResult } from '@lokus/core';
import { type Agency, type PlanVillage, planVillages } from '@lokus/plan';

/**
 * A constructed district of 8 desa in two kecamatan (33.21.01 Kaliwungu, 33.21.02 Sayung), four
 * indicators of need, the top 4 selected. Each locus's first need is built to be a different
 * indicator: 2001 desil1, 2002 RTLH, 2003 no water, 2004 stunting (see `needs` in the tests).
 */
export function district(): ScenarioResult {
  const rows: [string, string, string, number, number, number, number, number][] = [
    // code, name, kecamatan name, desil1_kk, rtlh_unit, tanpa_air_kk, stunting_pct, kk_total
    ['33.21.01.2001', 'Sukamaju', 'Kaliwungu', 90, 20, 10, 10, 500],
    ['33.21.01.2002', 'Karangrejo', 'Kaliwungu', 30, 95, 15, 12, 500],
    ['33.21.01.2003', 'Mojosari', 'Kaliwungu', 35, 25, 90, 11, 500],
    ['33.21.02.2001', 'Banyumeneng', 'Sayung', 32, 22, 20, 40, 500],
    ['33.21.02.2002', 'Sidorejo', 'Sayung', 10, 5, 5, 5, 500],
    ['33.21.02.2003', 'Tugu', 'Sayung', 12, 6, 6, 6, 500],
    ['33.21.02.2004', 'Purwosari', 'Sayung', 11, 7, 4, 7, 500],
    ['33.21.01.1001', 'Kaliwungu', 'Kaliwungu', 9, 4, 3, 4, 500],
  ];
  const { table } = createTable(
    rows.map(([code, name, kecamatanName, d1, rtlh, air, stunting, kk]) => ({
      code,
      name,
      kecamatanName,
      values: {
        desil1_kk: d1,
        rtlh_unit: rtlh,
        tanpa_air_kk: air,
        stunting_pct: stunting,
        kk_total: kk,
      },
    })),
  );
  const ind = (id: string, unit: string) =>
    ({ id, label: { id, en: id }, unit, kind: 'count', direction: 'higher-is-worse' }) as const;
  return runScenario(table, {
    name: 'uji',
    year: 2026,
    indicators: [
      ind('desil1_kk', 'KK'),
      ind('rtlh_unit', 'unit'),
      ind('tanpa_air_kk', 'KK'),
      ind('stunting_pct', '%'),
    ],
    select: { mode: 'top-n', n: 4 },
  });
}

/** The constructed district's villages as the plan sees them. */
export function villages(): PlanVillage[] {
  return planVillages(district());
}

/** An agency with defaults. */
export function agency(name: string, mandate: string[], over: Partial<Agency> = {}): Agency {
  return {
    name,
    mandate,
    min: 0,
    max: 1,
    preferKecamatan: [],
    preferVillages: [],
    pinned: [],
    ...over,
  };
}
