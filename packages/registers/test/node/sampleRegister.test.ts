import { rmSync } from 'node:fs';
import { computeIndicators } from '@lokus/registers/node';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFINITIONS,
  DERIVABLE,
  sampleRecords,
  sampleTotals,
  writeSyntheticRegister,
} from '../helpers.ts';

describe('computeIndicators on the synthetic register of the sample district', () => {
  const files = writeSyntheticRegister(sampleTotals());
  afterAll(() => rmSync(files.dir, { recursive: true, force: true }));

  it('reproduces every register column of data/sample/villages.csv exactly, missing cells included', async () => {
    const sample = sampleRecords();
    const known = sample.map((r) => ({ code: r.code }));
    const result = await computeIndicators([files.households, files.persons], DEFINITIONS, {
      known,
    });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.records.map((r) => r.code)).toEqual(sample.map((r) => r.code).sort());
    const byCode = new Map(result.records.map((r) => [r.code, r.values]));
    let cells = 0;
    for (const r of sample) {
      for (const id of DERIVABLE) {
        const want = r.values[id];
        const got = byCode.get(r.code)?.[id];
        expect([r.code, id, got]).toEqual([r.code, id, Number.isNaN(want) ? null : want]);
        cells++;
      }
    }
    expect(cells).toBe(250 * DERIVABLE.length);
  }, 60_000);
});
