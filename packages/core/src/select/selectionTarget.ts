import type { SelectSpec } from '../scenario/types.ts';
import { formatNumber } from './formatNumber.ts';

/** The number of loci a selection aims at, its cutoff in words, and the quota bounds. */
export interface SelectionTarget {
  /** Loci wanted; Infinity in threshold mode. */
  readonly target: number;
  /** The cutoff in words, e.g. `top 10% of 240 ranked = 24 loci`. */
  readonly cutoffText: string;
  /** The score threshold (threshold mode), else NaN. */
  readonly threshold: number;
  readonly quotaMin: number;
  readonly quotaMax: number;
}

/**
 * Reads the target of a selection spec: `n` (top-n), round(percent/100 × ranked) with halves up
 * (top-percent), or every village with score ≥ threshold; and the quota bounds (default 0 and
 * Infinity). Internal.
 *
 * @throws When the number the mode needs is missing or out of range, or 0 ≤ min ≤ max fails.
 */
export function selectionTarget(spec: SelectSpec, rankedCount: number): SelectionTarget {
  const quotaMin = spec.quota?.min ?? 0;
  const quotaMax = spec.quota?.max ?? Number.POSITIVE_INFINITY;
  const quota = { quotaMin, quotaMax };
  const { mode } = spec;
  let out: SelectionTarget;
  if (mode === 'top-n') {
    const k = spec.n;
    if (k === undefined || !Number.isInteger(k) || k < 0) {
      throw new Error('selectLoci requires spec.n, a whole number ≥ 0, for mode top-n');
    }
    const cutoffText = `top ${k} ${k === 1 ? 'locus' : 'loci'}`;
    out = { target: k, cutoffText, threshold: Number.NaN, ...quota };
  } else if (mode === 'top-percent') {
    const p = spec.percent;
    if (p === undefined || !(p >= 0 && p <= 100)) {
      throw new Error('selectLoci requires spec.percent in [0, 100] for mode top-percent');
    }
    const target = Math.round((p / 100) * rankedCount);
    const cutoffText = `top ${formatNumber(p)}% of ${rankedCount} ranked = ${target} ${target === 1 ? 'locus' : 'loci'}`;
    out = { target, cutoffText, threshold: Number.NaN, ...quota };
  } else if (mode === 'threshold') {
    const t = spec.threshold;
    if (t === undefined || Number.isNaN(t)) {
      throw new Error('selectLoci requires spec.threshold, a number, for mode threshold');
    }
    const cutoffText = `threshold ${formatNumber(t)}`;
    out = { target: Number.POSITIVE_INFINITY, cutoffText, threshold: t, ...quota };
  } else {
    throw new Error(
      `selectLoci requires mode top-n, top-percent or threshold (got ${String(mode)})`,
    );
  }
  if (!(quotaMin >= 0) || !(quotaMax >= quotaMin)) {
    throw new Error('selectLoci requires 0 ≤ quota.min ≤ quota.max');
  }
  return out;
}
