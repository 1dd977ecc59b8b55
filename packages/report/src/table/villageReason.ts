import { REASON_LABELS, type ScenarioResult } from '@lokus/core';

/**
 * Why village `index` of a result was or was not selected, in words: the reason phrase of
 * `REASON_LABELS` (Bahasa Indonesia by default), followed for a forced decision by the reason
 * the team wrote in the scenario. `''` when the result has no selection stage. O(1).
 *
 * @example
 * // result: the sample district under data/scenarios/campuran.yaml; 99.01.05.2010 is forced in.
 * villageReason(result, result.table.code.indexOf('99.01.05.2010'));
 * // => 'ditetapkan masuk: Desa terdampak banjir rob 2025 (usulan Camat)'
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
