import type { ScenarioIndicator } from '@lokus/core';
import { formatIndicatorValue } from '../format/formatIndicatorValue.ts';
import type { RecordVillage } from '../record/types.ts';
import type { IndicatorMove } from './types.ts';

/** What {@link indicatorMoves} needs besides the two villages. */
export interface MoveContext {
  /** Indicators scored in both years (this year's metadata). */
  readonly indicators: readonly ScenarioIndicator[];
  /** This year's weight of each indicator (summing to 1). */
  readonly weights: Readonly<Record<string, number>>;
  /** Last year's district standard deviation of each indicator's scored values. */
  readonly spread: Readonly<Record<string, number>>;
  readonly lang: 'id' | 'en';
}

/**
 * How each shared indicator of one village moved from last year to this year, in its own unit
 * and as a change in need: `needChange = w · s · (current − previous) / sd`, with `w` this year's
 * weight, `s` = +1 for higher-is-worse and −1 for higher-is-better, and `sd` last year's district
 * standard deviation of the indicator (so indicators in different units compare; 0 when sd is 0
 * or a value is missing). Largest |needChange| first, ties by indicator order. O(m log m).
 *
 * @example
 * const ind = { id: 'd1', label: { id: 'KK desil 1', en: 'Desil 1 households' }, unit: '%', kind: 'rate', direction: 'higher-is-worse', denominator: 'kk' };
 * const moves = indicatorMoves({ raw: { d1: 8.2 } }, { raw: { d1: 12.5 } }, { indicators: [ind], weights: { d1: 1 }, spread: { d1: 2 }, lang: 'id' });
 * moves[0].text; // => 'KK desil 1 turun dari 12,50% menjadi 8,20% (−4,30 poin persen)'
 * moves[0].needChange; // => -2.1500000000000004
 */
export function indicatorMoves(
  current: Pick<RecordVillage, 'raw'>,
  previous: Pick<RecordVillage, 'raw'>,
  context: MoveContext,
): IndicatorMove[] {
  const moves = context.indicators.map((ind, k) => ({
    k,
    move: indicatorMove(ind, current, previous, context),
  }));
  moves.sort((a, b) => Math.abs(b.move.needChange) - Math.abs(a.move.needChange) || a.k - b.k);
  return moves.map((m) => m.move);
}

function indicatorMove(
  ind: ScenarioIndicator,
  current: Pick<RecordVillage, 'raw'>,
  previous: Pick<RecordVillage, 'raw'>,
  context: MoveContext,
): IndicatorMove {
  const { lang } = context;
  const now = current.raw[ind.id] ?? null;
  const before = previous.raw[ind.id] ?? null;
  const change = now === null || before === null ? null : now - before;
  const sign = ind.direction === 'higher-is-worse' ? 1 : -1;
  const sd = context.spread[ind.id] ?? 0;
  const weight = context.weights[ind.id] ?? 0;
  const needChange = change === null || !(sd > 0) ? 0 : (weight * sign * change) / sd;
  const unit = ind.unit ?? null;
  const show = (x: number | null): string => formatIndicatorValue(x, ind, lang);
  const label = ind.label[lang];
  // The difference in the indicator's unit, signed: "−23,85" (percentage points for a %).
  const delta = (d: number): string =>
    `${d < 0 ? '−' : '+'}${show(Math.abs(d)).replace(/%$/, lang === 'id' ? ' poin persen' : ' percentage points')}`;
  let text: string;
  if (change === null)
    text =
      lang === 'id'
        ? `${label}: ${show(before)} → ${show(now)}`
        : `${label}: ${show(before)} → ${show(now)}`;
  else if (change === 0)
    text = lang === 'id' ? `${label} tetap ${show(now)}` : `${label} unchanged at ${show(now)}`;
  else {
    const verb = change < 0 ? (lang === 'id' ? 'turun' : 'fell') : lang === 'id' ? 'naik' : 'rose';
    text =
      lang === 'id'
        ? `${label} ${verb} dari ${show(before)} menjadi ${show(now)} (${delta(change)})`
        : `${label} ${verb} from ${show(before)} to ${show(now)} (${delta(change)})`;
  }
  return {
    id: ind.id,
    label,
    unit,
    previous: before,
    current: now,
    change,
    improved: change !== null && sign * change < 0,
    needChange,
    text,
  };
}
