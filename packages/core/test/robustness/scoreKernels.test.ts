import { describe, expect, it } from 'vitest';
import { arithmeticMean } from '../../src/aggregate/arithmeticMean.ts';
import { geometricMean } from '../../src/aggregate/geometricMean.ts';
import { createRng } from '../../src/random.ts';
import {
  arithmeticInto,
  geometricInto,
  geometricLogs,
  unitWeights,
} from '../../src/robustness/scoreKernels.ts';

const rng = createRng(7);
const n = 500;
const ids = ['a', 'b', 'c', 'd'];
// Column b has gaps, c has zeros and negatives (geometric floors them), d is constant.
const cols = [
  Float64Array.from({ length: n }, () => rng() * 100),
  Float64Array.from({ length: n }, () => (rng() < 0.1 ? Number.NaN : rng() * 3)),
  Float64Array.from({ length: n }, () => Math.floor(rng() * 5) - 1),
  new Float64Array(n).fill(4),
];
const record = Object.fromEntries(ids.map((id, j) => [id, cols[j]!]));
const gapped = Uint8Array.from(cols, (c) => (c.some(Number.isNaN) ? 1 : 0));

describe('scoreKernels', () => {
  for (const x of [
    [1, 2, 3, 4],
    [0.3, 0, 0.2, 0.5],
    [0, 1, 0, 0],
    [1, 0, 1, 1],
  ]) {
    const weights = Object.fromEntries(ids.map((id, j) => [id, x[j]!]));
    const w = new Float64Array(4);
    unitWeights(Float64Array.from(x), w);
    const out = new Float64Array(n);
    const scratch = new Float64Array(n);

    it(`arithmeticInto gives arithmeticMean's exact bits, weights ${x}`, () => {
      arithmeticInto(cols, gapped, w, out, scratch);
      expect(out).toEqual(arithmeticMean(record, weights).score);
    });

    it(`geometricInto gives geometricMean's exact bits, weights ${x}`, () => {
      geometricInto(cols.map(geometricLogs), gapped, w, out, scratch);
      expect(out).toEqual(geometricMean(record, weights).score);
    });
  }
});

describe('scoreKernels without gaps, four columns per pass', () => {
  const r = createRng(19);
  const m = 11; // two passes of four columns and three single columns
  const wide = Array.from({ length: m }, (_, j) =>
    Float64Array.from({ length: n }, () => (j === 5 ? Math.floor(r() * 4) - 1 : r() * 10 ** j)),
  );
  const wideIds = wide.map((_, j) => `x${j}`);
  const wideRecord = Object.fromEntries(wideIds.map((id, j) => [id, wide[j]!]));
  const noGaps = new Uint8Array(m);
  for (const x of [
    Array.from({ length: m }, (_, j) => j + 1),
    Array.from({ length: m }, (_, j) => (j % 3 === 0 ? 0 : 1 / (j + 1))),
    Array.from({ length: m }, (_, j) => (j === 9 ? 1 : 0)),
  ]) {
    const weights = Object.fromEntries(wideIds.map((id, j) => [id, x[j]!]));
    const w = new Float64Array(m);
    unitWeights(Float64Array.from(x), w);
    const out = new Float64Array(n);
    const scratch = new Float64Array(n);

    it(`arithmeticInto gives arithmeticMean's exact bits, weights ${x}`, () => {
      arithmeticInto(wide, noGaps, w, out, scratch);
      expect(out).toEqual(arithmeticMean(wideRecord, weights).score);
    });

    it(`geometricInto gives geometricMean's exact bits, weights ${x}`, () => {
      geometricInto(wide.map(geometricLogs), noGaps, w, out, scratch);
      expect(out).toEqual(geometricMean(wideRecord, weights).score);
    });
  }
});
