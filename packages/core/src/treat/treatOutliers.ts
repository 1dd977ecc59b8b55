import type { TreatLog, TreatOutput } from '../result.ts';
import type { TreatMethod } from '../scenario/types.ts';
import { checkSkewKurt, type SkewKurtCheck } from './checkSkewKurt.ts';

/** Options of {@link treatOutliers}; defaults are COINr `Treat()`'s. */
export interface TreatOutliersOptions {
  /** `coinr` (default), `winsorise`, `log` or `none`. */
  readonly method?: TreatMethod;
  /** Absolute skewness threshold (default 2). */
  readonly skewMax?: number;
  /** Excess kurtosis threshold (default 3.5). */
  readonly kurtMax?: number;
  /** Most points winsorised (default 5). */
  readonly winsorMax?: number;
  /** Indicator id written into the log. */
  readonly indicator?: string;
}

interface Winsorised {
  readonly values: Float64Array;
  readonly low: number;
  readonly high: number;
  readonly pass: boolean;
  /** True when winsorising removed all spread (COINr's test then returns NA). */
  readonly flat: boolean;
}

/**
 * COINr's `winsorise()`: while the skew/kurtosis test fails and fewer than `winsorMax` points are
 * winsorised, the point(s) at the extreme on the side of the skew (high when skew ≥ 0, low when
 * negative) take the next value inward. Tied extremes move together and each counts, so a step
 * can overshoot `winsorMax`, as in COINr.
 */
function winsorise(
  values: Float64Array,
  skewMax: number,
  kurtMax: number,
  winsorMax: number,
): Winsorised {
  const x = values.slice();
  const n = x.length;
  const flagged = new Uint8Array(n); // 1 = winsorised high, 2 = winsorised low
  let low = 0;
  let high = 0;
  let check = checkSkewKurt(x, { skewMax, kurtMax });
  while (!check.pass && low + high < winsorMax) {
    const up = check.skew >= 0;
    // Find the extreme and the next distinct value inward.
    let extreme = up ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (!Number.isNaN(v) && (up ? v > extreme : v < extreme)) extreme = v;
    }
    let inward = up ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (!Number.isNaN(v) && v !== extreme && (up ? v > inward : v < inward)) inward = v;
    }
    if (!Number.isFinite(inward)) break;
    for (let i = 0; i < n; i++) {
      if (x[i] === extreme) {
        x[i] = inward;
        if (flagged[i] === 0) {
          flagged[i] = up ? 1 : 2;
          if (up) high++;
          else low++;
        }
      }
    }
    check = checkSkewKurt(x, { skewMax, kurtMax });
    if (Number.isNaN(check.skew) || Number.isNaN(check.kurtosis)) {
      return { values: x, low, high, pass: true, flat: true };
    }
  }
  return { values: x, low, high, pass: check.pass, flat: false };
}

/**
 * COINr's skew-aware "COIN Tool" log (`log_CT_plus()`): with a = 0.01·(max − min), positive skew
 * gives log(x − min + a) and otherwise −log(max + a − x); both keep the order of the values.
 * Skew that cannot be computed (fewer than 3 values) uses the positive form.
 */
function logTransform(values: Float64Array, skew: number): Float64Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const out = values.slice();
  if (!(max > min)) return out;
  const a = 0.01 * (max - min);
  const positive = Number.isNaN(skew) || skew > 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i]!;
    if (Number.isNaN(v)) continue;
    out[i] = positive ? Math.log(v - min + a) : -Math.log(max + a - v);
  }
  return out;
}

/**
 * Treats the outliers of one indicator the way COINr's `Treat()` does by default (`f1 =
 * "winsorise"`, `f2 = "log_CT"`, `f_pass = "check_SkewKurt"`, `winmax = 5`, `skew_thresh = 2`,
 * `kurt_thresh = 3.5`):
 * 1. pass the values when |skew| < skewMax or excess kurtosis < kurtMax (see `checkSkewKurt`);
 * 2. otherwise winsorise one extreme at a time on the side of the skew, replacing it with the next
 *    value inward and re-testing, up to `winsorMax` points;
 * 3. if the test still fails, undo the winsorisation and log-transform the original values
 *    (COINr's skew-aware `log_CT_plus`: log(x − min + a) for positive skew, −log(max + a − x)
 *    for negative skew, a = 0.01·(max − min)); the log is kept even if the test still fails,
 *    which `skewAfter`/`kurtosisAfter` then show.
 * If winsorising leaves all values equal, COINr's test returns `NA` and the values are returned
 * untreated; so they are here. Method `winsorise` runs step 2 only (no log), `log` applies the
 * log transform whatever the test says, `none` returns the values unchanged (the same array) and
 * computes the skewness and kurtosis of its log only when they are first read (the log's fields
 * are then getters over one memoised `checkSkewKurt`, so reading them costs one O(n) pass once,
 * and a run that never reads them pays nothing). `NaN` stays `NaN` and is ignored by every
 * statistic. Inputs are never mutated.
 *
 * Source: W. Becker et al., COINr, R/treat.R (`Treat.numeric`, `winsorise`, `log_CT_plus`).
 * Complexity O(n · winsorMax); O(1) for `none` until its log's statistics are read.
 *
 * @example
 * const { values, log } = treatOutliers(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]));
 * log.applied; // => 'winsorise'
 * values[11]; // => 30
 */
export function treatOutliers(
  values: Float64Array,
  options: TreatOutliersOptions = {},
): TreatOutput {
  if (!(values instanceof Float64Array)) throw new Error('treatOutliers requires a Float64Array');
  const { method = 'coinr', skewMax = 2, kurtMax = 3.5, winsorMax = 5, indicator = '' } = options;
  if (!(winsorMax >= 0)) throw new Error('treatOutliers requires winsorMax ≥ 0');
  if (method === 'none') return untreated(values, indicator, skewMax, kurtMax);
  const before = checkSkewKurt(values, { skewMax, kurtMax });
  const finish = (
    out: Float64Array,
    applied: TreatLog['applied'],
    low: number,
    high: number,
  ): TreatOutput => {
    const after = applied === 'none' ? before : checkSkewKurt(out, { skewMax, kurtMax });
    return {
      values: out,
      log: {
        indicator,
        requested: method,
        applied,
        skew: before.skew,
        kurtosis: before.kurtosis,
        skewAfter: after.skew,
        kurtosisAfter: after.kurtosis,
        winsorisedLow: low,
        winsorisedHigh: high,
      },
    };
  };
  switch (method) {
    case 'log': {
      const out = logTransform(values, before.skew);
      let changed = false;
      for (let i = 0; i < out.length && !changed; i++) changed = out[i] !== values[i];
      return finish(out, changed ? 'log' : 'none', 0, 0);
    }
    case 'winsorise': {
      const w = winsorise(values, skewMax, kurtMax, winsorMax);
      if (w.flat || w.low + w.high === 0) return finish(values, 'none', 0, 0);
      return finish(w.values, 'winsorise', w.low, w.high);
    }
    case 'coinr': {
      if (before.pass) return finish(values, 'none', 0, 0);
      const w = winsorise(values, skewMax, kurtMax, winsorMax);
      if (w.flat) return finish(values, 'none', 0, 0);
      if (w.pass) return finish(w.values, 'winsorise', w.low, w.high);
      return finish(logTransform(values, before.skew), 'log', 0, 0);
    }
    default:
      throw new Error(`treatOutliers requires method none, coinr, winsorise or log, not ${method}`);
  }
}

/**
 * The output of method `none`: the same array, with a log whose statistics are computed on first
 * read and remembered (the values are not changed, so before and after are the same test).
 */
function untreated(
  values: Float64Array,
  indicator: string,
  skewMax: number,
  kurtMax: number,
): TreatOutput {
  let check: SkewKurtCheck | undefined;
  const stats = (): SkewKurtCheck => {
    check ??= checkSkewKurt(values, { skewMax, kurtMax });
    return check;
  };
  const log: TreatLog = {
    indicator,
    requested: 'none',
    applied: 'none',
    get skew() {
      return stats().skew;
    },
    get kurtosis() {
      return stats().kurtosis;
    },
    get skewAfter() {
      return stats().skew;
    },
    get kurtosisAfter() {
      return stats().kurtosis;
    },
    winsorisedLow: 0,
    winsorisedHigh: 0,
  };
  return { values, log };
}
