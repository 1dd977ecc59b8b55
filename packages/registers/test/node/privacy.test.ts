import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeIndicators } from '@lokus/registers/node';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFINITIONS, FIXTURES } from '../helpers.ts';

const KELUARGA = readFileSync(join(FIXTURES, 'kecil', 'keluarga.csv'), 'utf8');
const ANGGOTA = readFileSync(join(FIXTURES, 'kecil', 'anggota.csv'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'lokus-privacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every personal value of the fixture: NIKs, names, addresses, birth dates. */
function personalValues(): string[] {
  const rows = (text: string) =>
    Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const out = new Set<string>();
  for (const r of rows(KELUARGA))
    for (const c of ['nik_kepala', 'nama_kepala', 'alamat']) out.add(r[c]!);
  for (const r of rows(ANGGOTA)) for (const c of ['nik', 'nama', 'tanggal_lahir']) out.add(r[c]!);
  return [...out];
}

/** A register with every kind of row problem, so that every diagnostic path is taken. */
function troubled(): [string, string] {
  const k = KELUARGA.split('\n');
  k[2] = k[2]!.replace('99.01.01.2001', '99.01.09.2001');
  k[3] = k[3]!.replace('99.01.01.2001', 'Dusun Kulon');
  k[4] = k[4]!.replace(',1,1,0,1', ',99,1,0,1');
  const a = ANGGOTA.split('\n');
  a[5] = a[5]!.replace(',K02,', ',K99,');
  a[7] = a[7]!.replace(',55,', ',Bambang Hartono,');
  const households = join(dir, 'keluarga.csv');
  const persons = join(dir, 'anggota.csv');
  writeFileSync(households, `${k.join('\n').trimEnd()}\n${k[1]}\n`);
  writeFileSync(persons, `${a.join('\n').trimEnd()}\n${a[1]}\n`);
  return [households, persons];
}

// Each test starts DuckDB and reads a register: seconds on a loaded machine.
describe('privacy: no NIK, name, address or birth date reaches any output', () => {
  it('the result (village table, small cells, every diagnostic with its rows and values) holds none', async () => {
    const files = troubled();
    const known = ['99.01.01.2001', '99.01.01.2002', '99.01.02.1001'].map((code) => ({ code }));
    const r = await computeIndicators(files, DEFINITIONS, { rates: true, known });
    const codes = r.diagnostics.map((d) => d.code).sort();
    expect(codes, JSON.stringify(r.diagnostics, null, 1)).toEqual([
      'DUPLICATE_HOUSEHOLD_KEY',
      'DUPLICATE_NIK',
      'IMPOSSIBLE_VALUE',
      'IMPOSSIBLE_VALUE',
      'MALFORMED_HOUSEHOLD_VILLAGE_CODE',
      'PERSON_WITHOUT_HOUSEHOLD',
      'SMALL_COUNT',
      'UNKNOWN_VILLAGE_CODE',
    ]);
    const text = JSON.stringify(r);
    const leaked = personalValues().filter((v) => text.includes(v));
    expect(leaked).toEqual([]);
    // A name in a declared column (a shifted column) is withheld; a number is shown.
    expect(r.diagnostics.find((d) => d.column === 'umur')?.value).toBe('(text withheld)');
    expect(r.diagnostics.find((d) => d.column === 'desil')?.value).toBe('99');
  }, 60_000);

  it('a database error about a broken line keeps no text of that line', async () => {
    const broken = join(dir, 'rusak.csv');
    writeFileSync(
      broken,
      `${ANGGOTA.trimEnd()}\n9901010101800099,K01,"Siti Nurhaliza,1999-01-01,26,2,0,x,y\n`,
    );
    const r = await computeIndicators(
      [join(FIXTURES, 'kecil', 'keluarga.csv'), broken],
      DEFINITIONS,
    );
    const text = JSON.stringify(r);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    for (const v of ['9901010101800099', 'Siti Nurhaliza', ...personalValues()]) {
      expect(text.includes(v), v).toBe(false);
    }
  }, 60_000);

  it('the working tables hold no personal column: only hashes, codes and the declared fields', async () => {
    const { duckdbRunner } = await import('@lokus/registers/node');
    const { readDefinitions, runRegisters } = await import('@lokus/registers');
    const set = readDefinitions(readFileSync(DEFINITIONS, 'utf8')).definitions!;
    const runner = await duckdbRunner();
    const files = [join(FIXTURES, 'kecil', 'keluarga.csv'), join(FIXTURES, 'kecil', 'anggota.csv')];
    await runRegisters(
      runner,
      set,
      files.map((file) => ({ file, format: 'csv' as const })),
    );
    const columns = await runner.query(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_name LIKE 'r_%' ORDER BY table_name, ordinal_position",
    );
    runner.close();
    const names = columns.map((c) => `${c.table_name}.${c.column_name}`);
    for (const personal of [
      'nik',
      'nama',
      'tanggal_lahir',
      'nik_kepala',
      'nama_kepala',
      'alamat',
    ]) {
      expect(names.some((n) => n.endsWith(`.${personal}`))).toBe(false);
    }
    expect(names).toContain('r_anggota._key');
  }, 60_000);
});
