import { describe, expect, it } from 'vitest';
import { checkSkewKurt } from '../../src/treat/checkSkewKurt.ts';
import { treatOutliers } from '../../src/treat/treatOutliers.ts';

// Reference values: COINr's winsorise() and log_CT_plus() (R/treat.R) transcribed line by line
// into R 4 with e1071::skewness/kurtosis(type = 2), COINr's own estimators; run on the vectors
// below. Values printed with options(digits = 17).

const range = (a: number, b: number): number[] =>
  Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('treatOutliers', () => {
  it('treatOutliers (COINr default) leaves a passing indicator untouched', () => {
    const values = new Float64Array(range(1, 20));
    const out = treatOutliers(values, { indicator: 'a' });
    expect(out.values).toBe(values); // unchanged values are shared, never copied or mutated
    expect(out.values).toEqual(values);
    expect(out.log).toMatchObject({
      indicator: 'a',
      requested: 'coinr',
      applied: 'none',
      winsorisedLow: 0,
      winsorisedHigh: 0,
    });
  });

  it('treatOutliers winsorises c(1:10, 30, 100) once: 100 becomes 30 (COINr Treat example)', () => {
    // Hand check: skew 3.06 and kurtosis 9.74 fail; after 100 → 30 the skew is 1.71 < 2: pass.
    const values = new Float64Array([...range(1, 10), 30, 100]);
    const before = values.slice();
    const out = treatOutliers(values);
    expect(values).toEqual(before);
    expect(Array.from(out.values)).toEqual([...range(1, 10), 30, 30]);
    expect(out.log.applied).toBe('winsorise');
    expect(out.log.winsorisedHigh).toBe(1);
    expect(out.log.winsorisedLow).toBe(0);
    expect(out.log.skew).toBeCloseTo(3.0632410342394985, 12);
    expect(out.log.kurtosis).toBeCloseTo(9.7413908345691436, 12);
    expect(out.log.skewAfter).toBeCloseTo(1.7120380600890506, 12);
    expect(out.log.kurtosisAfter).toBeCloseTo(1.8157805377242044, 12);
  });

  it('treatOutliers moves tied extremes together and counts each (Fibonacci tail)', () => {
    const y = [
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987,
      1597, 2584, 4181, 6765, 10946,
    ];
    const out = treatOutliers(new Float64Array(y));
    // R: winsorise() gives nwin 2 and tail 610 987 1597 2584 4181 4181 4181.
    expect(out.log.applied).toBe('winsorise');
    expect(out.log.winsorisedHigh).toBe(2);
    expect(Array.from(out.values.slice(-7))).toEqual([610, 987, 1597, 2584, 4181, 4181, 4181]);
  });

  it('treatOutliers winsorises the low end when the skew is negative', () => {
    // R: c(-100, -30, 1:10) → nwin 1, -100 becomes -30; skew -1.8826888048451635.
    const out = treatOutliers(new Float64Array([-100, -30, ...range(1, 10)]));
    expect(out.log.applied).toBe('winsorise');
    expect(out.log.winsorisedLow).toBe(1);
    expect(out.log.winsorisedHigh).toBe(0);
    expect(out.values[0]).toBe(-30);
    expect(out.log.skewAfter).toBeCloseTo(-1.8826888048451635, 12);
    expect(out.log.kurtosisAfter).toBeCloseTo(2.2192871956224485, 12);
  });

  it('treatOutliers falls back to log(x − min + a) on the original values when 5 points do not suffice', () => {
    // c(rep(1, 40), 2:20, 1000 * (1:10)): still failing after 5 winsorised points.
    const y = [...Array<number>(40).fill(1), ...range(2, 20), ...range(1, 10).map((k) => 1000 * k)];
    const out = treatOutliers(new Float64Array(y));
    expect(out.log.applied).toBe('log');
    expect(out.log.winsorisedHigh).toBe(0);
    expect(out.log.skew).toBeCloseTo(2.9309643362224582, 12);
    expect(out.values[0]).toBeCloseTo(4.6050701809877577, 12);
    expect(out.values[40]).toBeCloseTo(4.6150215020384655, 12);
    expect(out.values[68]).toBeCloseTo(9.2201906978290182, 12);
    expect(out.log.skewAfter).toBeCloseTo(2.1910546709468508, 12);
    expect(out.log.kurtosisAfter).toBeCloseTo(3.0940181804109366, 12);
  });

  it("treatOutliers method 'log' on negative skew uses −log(max + a − x) and keeps the order", () => {
    const z = [
      -1e4,
      -5000,
      -2000,
      -1000,
      -500,
      -300,
      -100,
      -50,
      -20,
      -10,
      -5,
      -2,
      -1,
      ...Array<number>(12).fill(0),
    ];
    const out = treatOutliers(new Float64Array(z), { method: 'log' });
    // R: lz[1:3], lz[25], then skew and kurtosis of lz
    expect(out.values[0]).toBeCloseTo(-9.2202907028293506, 12);
    expect(out.values[1]).toBeCloseTo(-8.536995818712418, 12);
    expect(out.values[2]).toBeCloseTo(-7.6496926237115144, 12);
    expect(out.values[24]).toBeCloseTo(-4.6051701859880918, 12);
    expect(out.log.skewAfter).toBeCloseTo(-1.8757901955768275, 12);
    expect(out.log.kurtosisAfter).toBeCloseTo(2.5361350891291505, 12);
    for (let i = 1; i < z.length; i++)
      expect(out.values[i]!).toBeGreaterThanOrEqual(out.values[i - 1]!);
    expect(out.log.applied).toBe('log');
  });

  it("treatOutliers method 'winsorise' stops at winsorMax and never logs", () => {
    const y = [...Array<number>(40).fill(1), ...range(2, 20), ...range(1, 10).map((k) => 1000 * k)];
    const out = treatOutliers(new Float64Array(y), { method: 'winsorise', winsorMax: 3 });
    expect(out.log.applied).toBe('winsorise');
    expect(out.log.winsorisedHigh).toBe(3);
    expect(Array.from(out.values.slice(-4))).toEqual([7000, 7000, 7000, 7000]);
  });

  it("treatOutliers method 'none' copies", () => {
    const values = new Float64Array([...range(1, 10), 30, 100]);
    const out = treatOutliers(values, { method: 'none' });
    expect(out.values).toEqual(values);
    expect(out.log.applied).toBe('none');
  });

  it("treatOutliers method 'none' logs the same statistics as checkSkewKurt, also when serialised", () => {
    const values = new Float64Array([...range(1, 10), 30, 100]);
    const { log } = treatOutliers(values, { method: 'none', indicator: 'x' });
    const check = checkSkewKurt(values);
    expect([log.skew, log.kurtosis, log.skewAfter, log.kurtosisAfter]).toEqual([
      check.skew,
      check.kurtosis,
      check.skew,
      check.kurtosis,
    ]);
    expect(JSON.parse(JSON.stringify(log))).toEqual({
      indicator: 'x',
      requested: 'none',
      applied: 'none',
      skew: check.skew,
      kurtosis: check.kurtosis,
      skewAfter: check.skew,
      kurtosisAfter: check.kurtosis,
      winsorisedLow: 0,
      winsorisedHigh: 0,
    });
  });

  it('treatOutliers keeps NaN in place and ignores it in the statistics', () => {
    const values = new Float64Array([Number.NaN, ...range(1, 10), 30, 100, Number.NaN]);
    const out = treatOutliers(values);
    expect(Number.isNaN(out.values[0]!)).toBe(true);
    expect(Number.isNaN(out.values[13]!)).toBe(true);
    expect(out.values[12]).toBe(30);
    expect(out.log.skew).toBeCloseTo(3.0632410342394985, 12);
  });

  it('treatOutliers returns the values untreated when winsorising would leave no spread (as COINr)', () => {
    const values = new Float64Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100]);
    const out = treatOutliers(values);
    expect(out.values).toEqual(values);
    expect(out.log.applied).toBe('none');
  });

  it('treatOutliers throws on an unknown method', () => {
    expect(() =>
      treatOutliers(new Float64Array(3), { method: 'boxcox' as unknown as 'log' }),
    ).toThrow(/^treatOutliers requires method/);
  });
});
