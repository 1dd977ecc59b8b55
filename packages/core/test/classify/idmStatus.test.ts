import { describe, expect, it } from 'vitest';
import { idmStatus } from '../../src/classify/idmStatus.ts';
import { classIntCases, expectMatches } from './golden.ts';

describe('idmStatus', () => {
  for (const { dataSet, values, expected } of classIntCases('idm-status')) {
    it(`idmStatus(${dataSet}) counts match R cut(x, c(-Inf, .4907, .5989, .7072, .8155, Inf))`, () => {
      expectMatches(idmStatus(values), expected);
    });
  }

  it('idmStatus puts each threshold value in the lower status (Permendesa 2/2016: ≤)', () => {
    const r = idmStatus([0.4907, 0.4908, 0.5989, 0.7072, 0.8155, 0.8156]);
    expect(Array.from(r.classOf)).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it('idmStatus always has five labelled classes', () => {
    const r = idmStatus([Number.NaN]);
    expect(r.k).toBe(5);
    expect(r.bins).toEqual([0.4907, 0.5989, 0.7072, 0.8155, 1]);
    expect(r.labels).toEqual(['Sangat Tertinggal', 'Tertinggal', 'Berkembang', 'Maju', 'Mandiri']);
    expect(r.counts).toEqual([0, 0, 0, 0, 0]);
    expect(r.classOf[0]).toBe(-1);
  });

  it('idmStatus does not mutate its input', () => {
    const values = Float64Array.of(0.9, 0.3);
    const copy = values.slice();
    idmStatus(values);
    expect(values).toEqual(copy);
  });
});
