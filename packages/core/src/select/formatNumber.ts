/**
 * Formats a number for a sentence: at most `digits` decimals, trailing zeros dropped, and a
 * decimal comma for Indonesian. Presentation only; never used in computations.
 */
export function formatNumber(x: number, locale: 'id' | 'en' = 'en', digits = 2): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '–' : String(x);
  let s = x.toFixed(digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0') s = '0';
  return locale === 'id' ? s.replace('.', ',') : s;
}
