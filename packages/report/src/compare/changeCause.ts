import type { RecordVillage } from '../record/types.ts';
import type { ChangeCause } from './types.ts';

const INELIGIBLE = new Set(['ineligible-kind', 'ineligible-minimum']);

/**
 * The cause of a village entering (`direction: 'entered'`) or leaving the loci, from its
 * selection reasons in both years and its net change in need (see `indicatorMoves`). Rules are
 * checked before need: this year's forced decision, carry-over, quota, eligibility or missing
 * score; then last year's rule that no longer holds; only then the village's own need
 * (`need-rose` / `need-fell`), else `others-moved`. See `ChangeCause` for each code. O(1).
 *
 * @example
 * changeCause('left', { reason: 'rank' }, { reason: 'below-cutoff' }, -0.4); // => 'need-fell'
 * changeCause('left', { reason: 'quota-minimum' }, { reason: 'below-cutoff' }, -0.4); // => 'rule-ended'
 */
export function changeCause(
  direction: 'entered' | 'left',
  previous: Pick<RecordVillage, 'reason'> | undefined,
  current: Pick<RecordVillage, 'reason'> | undefined,
  needChange: number,
): ChangeCause {
  if (previous === undefined) return 'code-appeared';
  if (current === undefined) return 'code-vanished';
  const before = previous.reason;
  const now = current.reason;
  if (direction === 'entered') {
    if (now === 'forced-include') return 'forced-in';
    if (now === 'carry-over') return 'carried-over';
    if (now === 'quota-minimum' || before === 'quota-maximum') return 'quota';
    if (before === 'forced-exclude') return 'forced-out-ended';
    if (INELIGIBLE.has(before)) return 'newly-eligible';
    if (before === 'unranked') return 'newly-ranked';
    return needChange > 0 ? 'need-rose' : 'others-moved';
  }
  if (now === 'forced-exclude') return 'forced-out';
  if (INELIGIBLE.has(now)) return 'no-longer-eligible';
  if (now === 'unranked') return 'unranked';
  if (now === 'quota-maximum') return 'quota';
  if (before === 'forced-include') return 'forced-in-ended';
  if (before === 'carry-over' || before === 'quota-minimum') return 'rule-ended';
  return needChange < 0 ? 'need-fell' : 'others-moved';
}
