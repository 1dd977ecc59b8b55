import { describe, expect, it } from 'vitest';
import { binValues } from '../../src/classify/binValues.ts';

describe('binValues', () => {
  it('binValues uses inclusive upper bounds: bins[j-1] < v ≤ bins[j]', () => {
    const r = binValues([-5, 1, 1.5, 2, 3], [1, 2, 3], 'manual');
    expect(Array.from(r.classOf)).toEqual([0, 0, 1, 1, 2]);
    expect(r.counts).toEqual([2, 2, 1]);
  });

  it('binValues gives class -1 to NaN and ±Infinity and does not count them', () => {
    const r = binValues(
      [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1],
      [1],
      'manual',
    );
    expect(Array.from(r.classOf)).toEqual([-1, -1, -1, 0]);
    expect(r.counts).toEqual([1]);
  });

  it('binValues puts a value above the last bin in the last class', () => {
    expect(binValues([9], [1, 2], 'manual').classOf[0]).toBe(1);
  });

  it('binValues leaves a repeated bin empty', () => {
    expect(binValues([0, 0, 1], [0, 0, 1], 'box-plot').counts).toEqual([2, 0, 1]);
  });

  it('binValues copies bins and labels', () => {
    const bins = [1, 2];
    const r = binValues([1], bins, 'idm-status', ['a', 'b']);
    bins[0] = 5;
    expect(r.bins).toEqual([1, 2]);
    expect(r.labels).toEqual(['a', 'b']);
  });
});
