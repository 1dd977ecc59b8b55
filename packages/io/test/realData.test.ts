import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/readCsv.ts';
import { readGeoJson } from '../src/readGeoJson.ts';

// The real data of five districts lives beside the repository; its directory comes from
// LOKUS_DATA_DIR (see the data README). Without it these tests are skipped.
const DATA_DIR = process.env.LOKUS_DATA_DIR ?? '';
const skip = DATA_DIR === '';
const note = skip ? ' (skipped: set LOKUS_DATA_DIR to the real data directory)' : '';

// Village counts from the data README (official numbers).
const DISTRICTS = [
  ['desa-3321-demak', 249],
  ['desa-3326-pekalongan', 285],
  ['desa-3318-pati', 406],
  ['desa-1802-lampung-tengah', 311],
  ['desa-1704-kaur', 195],
] as const;

describe('real data', () => {
  for (const [name, villages] of DISTRICTS) {
    it.skipIf(skip)(`readGeoJson reads ${name} with no error diagnostic${note}`, () => {
      const file = `${name}.geojson`;
      const r = readGeoJson(readFileSync(join(DATA_DIR, 'boundaries', file)), { file });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.features.features).toHaveLength(villages);
    });
  }

  it.skipIf(skip)(`readCsv reads idm-2024.csv: 1,409 desa, no diagnostic${note}`, () => {
    const r = readCsv(readFileSync(join(DATA_DIR, 'indicators', 'idm-2024.csv')), {
      file: 'idm-2024.csv',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.records).toHaveLength(1409);
    expect(r.codeColumn).toBe('kode');
    expect(r.numericColumns).toEqual(['idm', 'iks', 'ike', 'ikl', 'flag']);
    // idm = (iks + ike + ikl) / 3 to 4 decimals (data README), checked on every row.
    for (const { values } of r.records) {
      const mean = ((values.iks ?? 0) + (values.ike ?? 0) + (values.ikl ?? 0)) / 3;
      expect(Math.abs((values.idm ?? Number.NaN) - mean)).toBeLessThan(0.00051);
    }
  });
});
