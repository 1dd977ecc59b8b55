import type { PlanNeed } from '../types.ts';

function formatValue(v: number, lang: 'id' | 'en'): string {
  const rounded = Math.round(v * 100) / 100;
  const s = String(rounded);
  return lang === 'id' ? s.replace('.', ',') : s;
}

function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * One need in words: the indicator, the village's value with its unit, and its place in the
 * district (neediest first: `tertinggi` for indicators where higher is worse, `terendah`
 * otherwise). Values are rounded to two decimals for reading; an index is shown without unit.
 *
 * @example
 * needText({ indicator: 'rtlh_unit', scenarioIndicator: 'rtlh_per100kk', label: { id: 'RTLH per 100 KK', en: 'RTLH per 100 households' }, unit: 'per 100 KK', value: 31, districtRank: 2, rankedCount: 249, higherIsWorse: true, relative: 5 }, 'id');
 * // => 'RTLH 31 per 100 KK, tertinggi ke-2 di kabupaten'
 */
export function needText(need: PlanNeed, lang: 'id' | 'en'): string {
  const label = need.label[lang];
  // An index's unit (`indeks 0–1`) says nothing next to its value.
  const unit = /^(indeks|index)\b/i.test(need.unit) ? '' : need.unit;
  const name =
    unit !== '' && label.endsWith(` ${unit}`) ? label.slice(0, -unit.length).trim() : label;
  const value = Number.isNaN(need.value) ? '–' : `${formatValue(need.value, lang)} ${unit}`.trim();
  const r = need.districtRank;
  if (Number.isNaN(r)) return `${name} ${value}`;
  if (lang === 'id') {
    const word = need.higherIsWorse ? 'tertinggi' : 'terendah';
    return `${name} ${value}, ${word}${r === 1 ? '' : ` ke-${r}`} di kabupaten`;
  }
  const word = need.higherIsWorse ? 'highest' : 'lowest';
  return `${name} ${value}, ${r === 1 ? '' : `${ordinalEn(r)} `}${word} in the district`;
}
