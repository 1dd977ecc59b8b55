import { REASON_LABELS, type ScenarioResult } from '@lokus/core';

/**
 * Why village `index` of a result was or was not selected, in words: the reason phrase of
 * `REASON_LABELS` (Bahasa Indonesia by default), followed for a forced decision by the reason
 * the team wrote in the scenario. `''` when the result has no selection stage. O(1).
 *
 * @example
 * const { table } = createTable([
 *   { code: '33.21.01.2001', name: 'Sukamaju', kecamatanName: 'Kaliwungu', values: { d1: 40 } },
 *   { code: '33.21.01.2002', name: 'Sukamundur', kecamatanName: 'Kaliwungu', values: { d1: 10 } },
 *   { code: '33.21.02.2001', name: 'Karanganyar', kecamatanName: 'Sayung', values: { d1: 25 } },
 * ]);
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const result = runScenario(table, { name: 'Contoh', year: 2026, indicators: [d1], select: { mode: 'top-n', n: 1 } });
 * villageReason(result, 0); // => 'peringkatnya masuk batas pemilihan'
 * villageReason(result, 1); // => 'di bawah batas pemilihan'
 */
export function villageReason(
  result: ScenarioResult,
  index: number,
  options: { readonly lang?: 'id' | 'en' } = {},
): string {
  const { lang = 'id' } = options;
  const reason = result.stages?.selected.reason[index];
  if (reason === undefined) return '';
  const phrase = REASON_LABELS[reason][lang];
  if (reason !== 'forced-include' && reason !== 'forced-exclude') return phrase;
  const given = (result.stages?.selected.detail[index] ?? '').replace(/^Forced (in|out): /, '');
  return given === '' ? phrase : `${phrase}: ${given}`;
}
