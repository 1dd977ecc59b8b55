/**
 * The engine's faster paths give what the plain ones give: persons grouped by the hash of their
 * household's village code equal persons grouped by the code's text; row numbers of a register
 * parsed from two CSV files (the table's row ids) are each file's own; keys checked in a second
 * session while the counts are made give what the steps in turn give.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  aggregateSql,
  jsonRows,
  matchSources,
  planRegisters,
  type RegisterSource,
  readDefinitions,
  runRegisters,
  type SqlRunner,
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

  it('keys checked in a second session while counting give what the steps in turn give', async () => {
    const set = readDefinitions(readFileSync(DEFINITIONS, 'utf8')).definitions!;
    const known = ['99.01.01.2001', '99.01.01.2002'].map((code) => ({ code }));
    // Repeated household key (K02 again), repeated NIK, desil 11, an orphan, a malformed and
    // an unknown village code (99.01.02.1001 is not among the known villages).
    const k = lines(KELUARGA);
    const a = lines(ANGGOTA);
    const problems = {
      keluarga: [...k.map((l) => l.replace(',10,0,1,1', ',11,0,1,1')), k[2]!],
      anggota: [...a.map((l, i) => (i === 5 ? l.replace(',K02,', ',K99,') : l)), a[3]!],
    };
    const write = (name: string, rows: readonly string[]) => {
      const path = join(dir, name);
      writeFileSync(path, `${rows.join('\n')}\n`);
      return path;
    };
    const cases: Record<string, RegisterSource[]> = {
      clean: [KELUARGA, ANGGOTA].map((t, i) => ({
        file: write(`c${i}.csv`, lines(t)),
        format: 'csv',
      })),
      problems: [
        { file: write('p0.csv', problems.keluarga), format: 'csv' },
        { file: write('p1.csv', problems.anggota), format: 'csv' },
      ],
      empty: [
        { file: write('e0.csv', [k[0]!]), format: 'csv' },
        { file: write('e1.csv', a), format: 'csv' },
      ],
    };
    const db = await duckdbRunner();
    // The same files as Parquet, read through views rather than parsed tables.
    cases.parquet = cases.problems!.map((_, i) => ({
      file: join(dir, `p${i}.parquet`),
      format: 'parquet',
    }));
    for (const [i, s] of cases.problems!.entries()) {
      await db.query(
        `COPY (FROM read_csv('${s.file}', all_varchar = true)) TO '${cases.parquet[i]!.file}' (FORMAT parquet)`,
      );
    }
    db.close();
    for (const [name, sources] of Object.entries(cases)) {
      const twoSessions = await duckdbRunner();
      let onSession = 0;
      const spied: SqlRunner = {
        query: (sql) => twoSessions.query(sql),
        async session() {
          const side = await twoSessions.session!();
          return {
            query: (sql) => {
              onSession++;
              return side.query(sql);
            },
            close: () => side.close(),
          };
        },
      };
      const withSession = await runRegisters(spied, set, sources, { known });
      twoSessions.close();
      const one = await duckdbRunner();
      const inTurn = await runRegisters({ query: (sql) => one.query(sql) }, set, sources, {
        known,
      });
      one.close();
      expect(withSession, name).toEqual(inTurn);
      expect(onSession, name).toBe(2);
      const found = inTurn.diagnostics.map((d) => d.code);
      if (name === 'problems' || name === 'parquet') {
        expect(found).toEqual(
          expect.arrayContaining([
            'DUPLICATE_HOUSEHOLD_KEY',
            'DUPLICATE_NIK',
            'IMPOSSIBLE_VALUE',
            'PERSON_WITHOUT_HOUSEHOLD',
            'UNKNOWN_VILLAGE_CODE',
          ]),
        );
      }
      if (name === 'empty') expect(found).toContain('EMPTY_REGISTER');
      if (name === 'clean') expect(inTurn.records.length).toBe(2);
    }
  }, 60_000);
});
