import { describeScenario, type Scenario, type ScenarioResult } from '@lokus/core';
import type { AnnexIndicator, AnnexLang, AnnexScenario } from './types.ts';

/**
 * The scenario of a result in plain words, for the annex and the workbook's scenario sheet:
 * core's `describeScenario` (what is measured — each indicator with unit, direction, source and
 * its weight as a percentage of the total — how values are put on one scale and combined, how
 * gaps are handled, and every selection rule), with the weights the run actually used and the
 * names of the villages forced in or out. No method names, no formulas. O(n + m + rules).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * scenarioSection(result).rules[0]; // => 'Dipilih 1 desa/kelurahan dengan skor tertinggi.'
 */
export function scenarioSection(
  result: ScenarioResult,
  options: { readonly lang?: AnnexLang } = {},
): AnnexScenario {
  const { lang = 'id' } = options;
  const { year, ...rest } = result.scenario;
  const scenario: Scenario = year === null ? rest : { ...rest, year };
  const names: Record<string, string> = {};
  const select = result.scenario.select;
  const named = new Set([...(select.include ?? []), ...(select.exclude ?? [])].map((f) => f.code));
  result.table.code.forEach((code, i) => {
    if (named.has(code)) names[code] = result.table.name[i]!;
  });
  const weights = result.stages?.weights.weights;
  const d = describeScenario(scenario, {
    locale: lang,
    names,
    ...(weights === undefined ? {} : { current: weights }),
  });
  const indicators = d.indicators.map(
    (ind): AnnexIndicator => ({
      id: ind.id,
      name: ind.name,
      unit: ind.unit,
      direction: ind.direction,
      source: ind.source,
      weight: weights?.[ind.id] ?? ind.weight ?? 0,
      weightText: ind.weightText,
    }),
  );
  return {
    title: lang === 'id' ? 'Cara penentuan lokus' : 'How the loci were chosen',
    name: d.name,
    paragraphs: d.paragraphs,
    indicators,
    rules: d.rules,
  };
}
