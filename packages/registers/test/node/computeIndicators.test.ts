import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '@lokus/io';
import { computeIndicators, duckdbRunner } from '@lokus/registers/node';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFINITIONS, DERIVABLE, FIXTURES } from '../helpers.ts';

const KELUARGA = join(FIXTURES, 'kecil', 'keluarga.csv');
const ANGGOTA = join(FIXTURES, 'kecil', 'anggota.csv');

/**
 * Counted by hand from test/fixtures/kecil (9 households, 19 persons; K04 writes its code without
 * dots): desa 2001 = K01–K04, 2002 = K05–K07, kelurahan 1001 = K08–K09. Out-of-school children:
 * aged 7–18 with sekolah 0 or 2 (2001: Andi 13/2, Rudi 16/0, Dimas 7/0; 2002: Fajar 18/2).
 */
const BY_HAND = {
  '99.01.01.2001': [4, 10, 2, 3, 6, 2, 2, 2, 3],
  '99.01.01.2002': [3, 5, 0, 1, 0, 1, 0, 1, 1],
  '99.01.02.1001': [2, 4, 1, 1, 2, 0, 1, 1, 0],
};
/** The indicators of data/definitions/dtsen-desa.yaml, in order. */
const COLUMNS = DERIVABLE;
const table = (records: readonly { code: string; values: Readonly<Record<string, unknown>> }[]) =>
  Object.fromEntries(records.map((r) => [r.code, COLUMNS.map((c) => r.values[c])]));

describe('computeIndicators on a small hand-made register', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lokus-kecil-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('equals the values counted by hand, in village-code order, with no warning', async () => {
    const r = await computeIndicators([KELUARGA, ANGGOTA], DEFINITIONS);
    expect(r.columns).toEqual(COLUMNS);
    expect(table(r.records)).toEqual(BY_HAND);
    expect(r.records.map((x) => x.code)).toEqual(Object.keys(BY_HAND));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SMALL_COUNT']);
    expect(r.rows).toEqual({ keluarga: 9, anggota: 19 });
  });

  it('writes rates from the declared denominator and multiplier', async () => {
    const r = await computeIndicators([KELUARGA, ANGGOTA], DEFINITIONS, { rates: true });
    const v = r.records[0]!.values;
    expect([v.desil1_pct, v.miskin_ekstrem_permil, v.rtlh_per100kk, v.atps_permil]).toEqual([
      50, 600, 50, 300,
    ]);
  });

  it('flags counts 1–4 by default and empties them (and their rates) with suppress', async () => {
    const flagged = await computeIndicators([KELUARGA, ANGGOTA], DEFINITIONS);
    expect(flagged.small['99.01.02.1001']).toEqual([
      'kk_total',
      'penduduk',
      'desil1_kk',
      'desil12_kk',
      'miskin_ekstrem_jiwa',
      'tanpa_air_kk',
      'tanpa_sanitasi_kk',
    ]);
    const s = await computeIndicators([KELUARGA, ANGGOTA], DEFINITIONS, {
      smallCells: 'suppress',
      rates: true,
    });
    expect(table(s.records)['99.01.01.2001']).toEqual([
      null,
      10,
      null,
      null,
      6,
      null,
      null,
      null,
      null,
    ]);
    expect(s.records[0]!.values.desil1_pct).toBeNull();
    expect(s.records[0]!.values.miskin_ekstrem_permil).toBe(600);
  });

  it('gives the same table from Parquet and from XLSX as from CSV', async () => {
    const runner = await duckdbRunner();
    const parquet = [join(dir, 'keluarga.parquet'), join(dir, 'anggota.parquet')];
    for (const [i, csv] of [KELUARGA, ANGGOTA].entries()) {
      await runner.query(
        `COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${parquet[i]}' (FORMAT parquet)`,
      );
    }
    runner.close();
    const xlsx = [join(dir, 'keluarga.xlsx'), join(dir, 'anggota.xlsx')];
    for (const [i, csv] of [KELUARGA, ANGGOTA].entries()) {
      const parsed = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      });
      const bytes = await writeXlsx([
        { name: 'data', columns: parsed.meta.fields!, rows: parsed.data },
      ]);
      writeFileSync(xlsx[i]!, bytes);
    }
    expect(table((await computeIndicators(parquet, DEFINITIONS)).records)).toEqual(BY_HAND);
    expect(table((await computeIndicators(xlsx, DEFINITIONS)).records)).toEqual(BY_HAND);
  }, 30_000);

  it('keeps every known village, empty where the register has no household', async () => {
    const known = [...Object.keys(BY_HAND), '99.01.02.1002'].map((code) => ({
      code,
      name: `Desa ${code}`,
    }));
    const r = await computeIndicators([KELUARGA, ANGGOTA], DEFINITIONS, { known });
    expect(r.records.map((x) => x.code)).toEqual([...Object.keys(BY_HAND), '99.01.02.1002']);
    expect(r.records[3]!.values.kk_total).toBeNull();
    expect(r.records[3]!.name).toBe('Desa 99.01.02.1002');
    expect(r.diagnostics.map((d) => [d.code, d.village])).toContainEqual([
      'VILLAGE_WITHOUT_HOUSEHOLDS',
      '99.01.02.1002',
    ]);
  });
});
