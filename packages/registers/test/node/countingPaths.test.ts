/**
 * The engine's faster paths give what the plain ones give: persons grouped by the hash of their
 * household's village code equal persons grouped by the code's text; row numbers of a register
 * parsed from two CSV files (the table's row ids) are each file's own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  aggregateSql,
  jsonRows,
  matchSources,
  planRegisters,
  readDefinitions,
  stageSql,
  villageHashesUniqueSql,
} from '@lokus/registers';
import { computeIndicators, duckdbRunner } from '@lokus/registers/node';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFINITIONS, FIXTURES } from '../helpers.ts';

const KELUARGA = readFileSync(join(FIXTURES, 'kecil', 'keluarga.csv'), 'utf8');
const ANGGOTA = readFileSync(join(FIXTURES, 'kecil', 'anggota.csv'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'lokus-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (text: string) => text.trimEnd().split('\n');

describe('counting paths', () => {
  it('persons grouped by the village code hash equal persons grouped by its text', async () => {
    // A malformed code (K03), an orphan person (K99) and a ten-digit code (K04) in the fixture.
    const k = lines(KELUARGA).map((l) => l.replace('K03,99.01.01.2001', 'K03,99.1.1.2001'));
    const a = lines(ANGGOTA).map((l, i) => (i === 5 ? l.replace(',K02,', ',K99,') : l));
    const files = [join(dir, 'k.csv'), join(dir, 'a.csv')];
    writeFileSync(files[0]!, `${k.join('\n')}\n`);
    writeFileSync(files[1]!, `${a.join('\n')}\n`);
    // Plus a person indicator on a household field, which the join must carry.
    const extra = `
  - id: jiwa_desil1
    label: { id: Penduduk desil 1, en: Persons in decile-1 households }
    unit: jiwa
    register: anggota
    where: { keluarga.desil: { eq: 1 } }
`;
    const set = readDefinitions(`${readFileSync(DEFINITIONS, 'utf8')}${extra}`).definitions!;
    const runner = await duckdbRunner();
    const sources = files.map((file) => ({ file, format: 'csv' as const }));
    const plan = planRegisters(set, (await matchSources(runner, set, sources)).byRegister);
    for (const stage of plan.stages) for (const sql of stageSql(stage)) await runner.query(sql);
    const [households, persons] = plan.stages;
    const ids = (r: string) => plan.indicators.filter((i) => i.register === r).map((i) => i.id);
    for (const sql of aggregateSql(set, households!.register, ids('keluarga'))) {
      await runner.query(sql);
    }
    const unique = await runner.query(villageHashesUniqueSql(households!.register));
    const count = async (byHash: boolean) => {
      const [sql] = aggregateSql(set, persons!.register, ids('anggota'), persons!.fields, {
        byHash,
      });
      const rows = await runner.query(`SELECT * FROM (${sql}) ORDER BY _village NULLS FIRST`);
      return rows;
    };
    const byHash = await count(true);
    const byText = await count(false);
    // The engine's transfer: the same counts as one JSON text.
    const [json] = aggregateSql(set, persons!.register, ids('anggota'), persons!.fields, {
      json: true,
    });
    const [text] = await runner.query(json!);
    const fromJson = jsonRows(text!._rows).sort((a, b) =>
      String(a._village ?? '').localeCompare(String(b._village ?? '')),
    );
    runner.close();
    expect(unique[0]!.unique).toBe(true);
    expect(byHash).toEqual(byText);
    expect(fromJson).toEqual(byHash);
    // NULL group: K03's 2 persons (malformed code) and the orphan; 2001 holds K01, K02 and K04.
    // Desil 1: K01 (4 persons) and K04 (2) in 2001, K08 (2) in 1001.
    expect(byHash.map((r) => [r._village, r._n, r._joined, r.jiwa_desil1])).toEqual([
      [null, 3, 2, 0],
      ['99.01.01.2001', 7, 7, 6],
      ['99.01.01.2002', 5, 5, 0],
      ['99.01.02.1001', 4, 4, 2],
    ]);
  }, 60_000);

  it('row numbers of a register in two CSV files are each file’s own', async () => {
    const [header, ...rows] = lines(KELUARGA);
    const first = join(dir, 'k1.csv');
    const second = join(dir, 'k2.csv');
    writeFileSync(first, `${[header, ...rows.slice(0, 5)].join('\n')}\n`);
    // The second file repeats K03 (its row 2) and has desil 11 in its row 3.
    const more = [rows[5]!, rows[2]!, rows[6]!.replace(',10,0,1,1', ',11,0,1,1'), ...rows.slice(7)];
    writeFileSync(second, `${[header, ...more].join('\n')}\n`);
    const r = await computeIndicators(
      [first, second, join(FIXTURES, 'kecil', 'anggota.csv')],
      DEFINITIONS,
    );
    const duplicate = r.diagnostics.find((d) => d.code === 'DUPLICATE_HOUSEHOLD_KEY')!;
    expect([duplicate.count, duplicate.rows, duplicate.file]).toEqual([1, [3, 2], first]);
    const bad = r.diagnostics.find((d) => d.code === 'IMPOSSIBLE_VALUE')!;
    expect([bad.column, bad.value, bad.rows, bad.file]).toEqual(['desil', '11', [3], second]);
    expect(r.records.find((v) => v.code === '99.01.01.2001')!.values.kk_total).toBe(4);
  }, 60_000);
});
