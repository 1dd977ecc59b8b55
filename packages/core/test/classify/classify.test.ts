import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxPlot } from '../../src/classify/boxPlot.ts';
import { classify } from '../../src/classify/classify.ts';
import { equalInterval } from '../../src/classify/equalInterval.ts';
import { fisherJenks } from '../../src/classify/fisherJenks.ts';
import { headTail } from '../../src/classify/headTail.ts';
import { idmStatus } from '../../src/classify/idmStatus.ts';
import { manualBreaks } from '../../src/classify/manualBreaks.ts';
import { quantile } from '../../src/classify/quantile.ts';
import { stdMean } from '../../src/classify/stdMean.ts';
import type { Classification } from '../../src/result.ts';
import type { ClassifyScheme, ClassifySpec } from '../../src/scenario/types.ts';
import { CLASSIFY_SCHEMES } from '../../src/scenario/vocabulary.ts';

const schemes: readonly ClassifyScheme[] = CLASSIFY_SCHEMES;

const spec = (scheme: ClassifyScheme, k: number): ClassifySpec =>
  scheme === 'manual' ? { scheme, k, breaks: [-10, 0, 10] } : { scheme, k };

/** Values with ties, missing values and a heavy tail. */
const valuesArb = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
    { weight: 2, arbitrary: fc.constantFrom(0, 1, 1, 5, 0.5) },
    { weight: 1, arbitrary: fc.constant(Number.NaN) },
  ),
  { maxLength: 60 },
);

function checkInvariants(values: readonly number[], r: Classification): void {
  const finite = values.filter(Number.isFinite);
  // counts sum to the number of finite values and match classOf
  expect(r.counts.reduce((a, b) => a + b, 0)).toBe(finite.length);
  expect(r.counts.length).toBe(r.k);
  expect(r.bins.length).toBe(r.k);
  const tally = new Array<number>(r.k).fill(0);
  values.forEach((v, i) => {
    const c = r.classOf[i]!;
    if (!Number.isFinite(v)) {
      expect(c).toBe(-1);
      return;
    }
    // exactly one class: the first whose upper bound is ≥ v (or the last one)
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(r.k);
    tally[c]!++;
    if (c < r.k - 1) expect(v).toBeLessThanOrEqual(r.bins[c]!);
    if (c > 0) expect(v).toBeGreaterThan(r.bins[c - 1]!);
  });
  expect(tally).toEqual(r.counts);
  // bins ascending: strictly, except box-plot which keeps tied quartiles
  for (let j = 1; j < r.k; j++) {
    if (r.scheme === 'box-plot') expect(r.bins[j]!).toBeGreaterThanOrEqual(r.bins[j - 1]!);
    else expect(r.bins[j]!).toBeGreaterThan(r.bins[j - 1]!);
  }
  // the last bound covers every finite value
  if (finite.length > 0) expect(r.bins[r.k - 1]!).toBeGreaterThanOrEqual(Math.max(...finite));
  // classOf is monotone in the value
  const order = values
    .map((v, i) => [v, r.classOf[i]!] as const)
    .filter(([v]) => Number.isFinite(v));
  order.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < order.length; i++)
    expect(order[i]![1]).toBeGreaterThanOrEqual(order[i - 1]![1]);
}

describe('classify', () => {
  it('classify dispatches every scheme to its function', () => {
    const values = [0.3, 0.55, 0.65, 0.75, 0.9, 0.45, 0.62, Number.NaN];
    const same: [ClassifyScheme, Classification][] = [
      ['quantile', quantile(values, 3)],
      ['equal-interval', equalInterval(values, 3)],
      ['fisher-jenks', fisherJenks(values, 3)],
      ['head-tail', headTail(values)],
      ['std-mean', stdMean(values)],
      ['box-plot', boxPlot(values)],
      ['manual', manualBreaks(values, [-10, 0, 10])],
      ['idm-status', idmStatus(values)],
    ];
    for (const [scheme, expected] of same) {
      const r = classify(values, spec(scheme, 3));
      expect(r.scheme).toBe(scheme);
      expect(r).toEqual(expected);
    }
  });

  it('classify requires breaks for the manual scheme', () => {
    expect(() => classify([1], { scheme: 'manual', k: 3 })).toThrow('classify requires breaks');
  });

  it('classify rejects an unknown scheme', () => {
    const bad = { scheme: 'jenks-caspall', k: 3 } as unknown as ClassifySpec;
    expect(() => classify([1], bad)).toThrow('classify requires a known scheme');
  });

  for (const scheme of schemes) {
    it(`classify(values, { scheme: '${scheme}' }) puts every finite value in exactly one class, counts add up, bins ascend, classOf is monotone`, () => {
      fc.assert(
        fc.property(valuesArb, fc.integer({ min: 1, max: 8 }), (values, k) => {
          const frozen = Object.freeze([...values]);
          checkInvariants(frozen, classify(frozen, spec(scheme, k)));
        }),
        { numRuns: 200, seed: 20240901 },
      );
    });
  }
});
