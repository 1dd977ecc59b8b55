/** Scenarios the viewer falls back to when a dataset ships none. */
import type { IndicatorMeta, Scenario, ScenarioIndicator } from '@lokus/core';

/** IDM 2024: lower social, economic and environmental resilience = higher priority. */
export const idmScenario: Scenario = {
  name: 'IDM 2024 (IKS, IKE, IKL)',
  description:
    'Desa with the lowest resilience indices first; kelurahan have no IDM and stay unranked.',
  year: 2024,
  indicators: (
    [
      ['iks', 'Indeks Ketahanan Sosial (IKS)', 'Social Resilience Index (IKS)'],
      ['ike', 'Indeks Ketahanan Ekonomi (IKE)', 'Economic Resilience Index (IKE)'],
      ['ikl', 'Indeks Ketahanan Lingkungan (IKL)', 'Environmental Resilience Index (IKL)'],
    ] as const
  ).map(
    ([id, lid, len]): ScenarioIndicator => ({
      id,
      label: { id: lid, en: len },
      unit: 'indeks 0–1',
      kind: 'index',
      range: [0, 1],
      direction: 'higher-is-better',
      source: 'Kemendesa PDTT, IDM 2024',
      year: 2024,
      weight: 1,
    }),
  ),
  weights: { method: 'equal' },
  aggregate: { method: 'arithmetic' },
  select: { mode: 'top-n', n: 25, quota: { max: 5 } },
  classify: { scheme: 'quantile', k: 5 },
};

const DENOMINATORS = new Set(['kk_total', 'penduduk']);

/** A household-poverty scenario over every need indicator of a catalog. */
export function catalogScenario(catalog: readonly IndicatorMeta[]): Scenario {
  const need = catalog.filter((m) => m.direction === 'higher-is-worse' && !DENOMINATORS.has(m.id));
  return {
    name: 'Kemiskinan rumah tangga',
    indicators: (need.length > 0 ? need : catalog).map((m) => ({ ...m, weight: 1 })),
    weights: { method: 'equal' },
    aggregate: { method: 'arithmetic' },
    select: { mode: 'top-n', n: 25, quota: { max: 5 } },
    classify: { scheme: 'quantile', k: 5 },
  };
}
