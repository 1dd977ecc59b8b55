// Reference values for the classification tests, read from test/golden/classify/ (see its README).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Classification } from '../../src/result.ts';

const dir = new URL('../../../../test/golden/classify/', import.meta.url);

export interface GoldenResult {
  readonly bins: readonly number[];
  readonly counts: readonly number[];
}

interface ClassIntFile {
  readonly dataSets: Readonly<
    Record<
      string,
      {
        readonly values: readonly (number | null)[];
        readonly results: Record<string, GoldenResult>;
      }
    >
  >;
}

export interface MapclassifyCase {
  readonly call: string;
  readonly scheme: string;
  readonly k?: number;
  readonly multiples?: readonly number[];
  readonly breaks?: readonly number[];
  readonly input?: { readonly arange?: number; readonly repeat?: readonly [number, number][] };
  readonly bins: readonly number[];
  readonly counts?: readonly number[];
}

const classInt = JSON.parse(readFileSync(new URL('classint.json', dir), 'utf8')) as ClassIntFile;
const mapclassify = JSON.parse(readFileSync(new URL('mapclassify-calemp.json', dir), 'utf8')) as {
  readonly cases: readonly MapclassifyCase[];
};

/** R classInt references: one entry per data set that has a result named `name`. */
export function classIntCases(
  name: string,
): { readonly dataSet: string; readonly values: Float64Array; readonly expected: GoldenResult }[] {
  return Object.entries(classInt.dataSets).flatMap(([dataSet, d]) => {
    const expected = d.results[name];
    if (expected === undefined) return [];
    const values = Float64Array.from(d.values, (v) => (v === null ? Number.NaN : v));
    return [{ dataSet, values, expected }];
  });
}

/** mapclassify docstring cases for one scheme, with their inputs built. */
export function mapclassifyCases(
  scheme: string,
): { readonly c: MapclassifyCase; readonly values: Float64Array }[] {
  const calemp = classIntCases('box-plot').find((x) => x.dataSet === 'calemp')!.values;
  return mapclassify.cases
    .filter((c) => c.scheme === scheme)
    .map((c) => {
      if (c.input?.arange !== undefined) {
        return { c, values: Float64Array.from({ length: c.input.arange }, (_, i) => i) };
      }
      if (c.input?.repeat !== undefined) {
        return {
          c,
          values: Float64Array.from(c.input.repeat.flatMap(([v, n]) => Array(n).fill(v))),
        };
      }
      return { c, values: calemp };
    });
}

/** Bins equal within a relative tolerance (R and JavaScript round sums differently). */
export function expectBins(actual: readonly number[], expected: readonly number[], rel = 1e-12) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, j) => {
    const e = expected[j]!;
    expect(Math.abs(a - e)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(e)));
  });
}

/** Compares a classification with a reference's bins (to `rel`) and counts (exactly). */
export function expectMatches(
  actual: Classification,
  expected: { readonly bins: readonly number[]; readonly counts?: readonly number[] },
  rel = 1e-12,
) {
  expectBins(actual.bins, expected.bins, rel);
  expect(actual.k).toBe(expected.bins.length);
  if (expected.counts !== undefined) expect(actual.counts).toEqual(expected.counts);
}
