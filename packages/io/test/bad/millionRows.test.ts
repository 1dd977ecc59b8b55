import { createTable } from '@lokus/core';
import { joinByCode } from '@lokus/geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/readCsv.ts';
import { bigTable } from './bigTable.ts';

// A table of 1,000,000 rows for a boundary file of 30 villages, generated here (not committed).
// Speed and memory are measured by bench/millionRows.bench.ts; this test pins the answers.

describe('a million-row table against 30 boundaries', () => {
  it('readCsv and joinByCode read and join it, summarising repeated diagnostics', {
    timeout: 300_000,
  }, () => {
    const n = 1_000_000;
    const text = bigTable(n);
    const read = readCsv(text, { file: 'besar.csv' });
    expect(read.records).toHaveLength(n);
    // Every 1000th row has a text cell: 1000 NON_NUMERIC_VALUE, 50 kept and one summary.
    const nonNumeric = read.diagnostics.filter((d) => d.code === 'NON_NUMERIC_VALUE');
    expect(nonNumeric).toHaveLength(51);
    expect(nonNumeric[50]?.value).toMatchObject({ count: 1000, omitted: 950 });
    expect(nonNumeric[50]?.file).toBe('besar.csv');

    const { table } = createTable(read.records, { file: 'besar.csv' });
    const features: Feature<Geometry | null>[] = Array.from({ length: 30 }, (_, i) => ({
      type: 'Feature',
      geometry: null,
      properties: { kode: `33.21.01.${2001 + i}` },
    }));
    const boundaries: FeatureCollection<Geometry | null> = { type: 'FeatureCollection', features };
    const join = joinByCode(table, boundaries, { tableFile: 'besar.csv' });
    expect(join.matched).toBe(30);
    expect(join.refused).toBe(false);
    expect(join.unmatchedTable).toHaveLength(n - 30);
    expect(join.diagnostics.length).toBeLessThan(200);
    const unmatched = join.diagnostics.filter((d) => d.code === 'JOIN_UNMATCHED_TABLE');
    expect(unmatched).toHaveLength(51);
    expect(unmatched[50]?.value).toMatchObject({ count: n - 30, omitted: n - 80 });
  });
});
