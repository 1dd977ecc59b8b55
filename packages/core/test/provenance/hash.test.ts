import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/provenance/canonicalJson.ts';
import { Hasher, hashString } from '../../src/provenance/hash.ts';
import { tableHash } from '../../src/provenance/tableHash.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import { createTable } from '../../src/table/createTable.ts';
import type { VillageTable } from '../../src/types.ts';

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** The byte layout documented in hash.ts and tableHash.ts, written again with Node's Buffer. */
function tableBytes(table: VillageTable): Buffer {
  const parts: Buffer[] = [];
  const word = (w: number): void => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(w);
    parts.push(b);
  };
  const text = (s: string): void => {
    const b = Buffer.from(s, 'utf8');
    word(b.length);
    parts.push(b);
  };
  const num = (x: number): void => {
    const b = Buffer.alloc(8);
    if (Number.isNaN(x)) b.writeBigUInt64LE(0x7ff8000000000000n);
    else b.writeDoubleLE(x === 0 ? 0 : x);
    parts.push(b);
  };
  word(table.length);
  for (let i = 0; i < table.length; i++) {
    text(table.code[i]!);
    text(table.name[i]!);
    text(table.kecamatanName[i]!);
  }
  for (const id of Object.keys(table.columns).sort()) {
    text(id);
    const column = table.columns[id]!;
    word(column.length);
    for (const x of column) num(x);
  }
  return Buffer.concat(parts);
}

describe('hash (SHA-256)', () => {
  it('gives the FIPS 180-4 known answers', () => {
    expect(hashString('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hashString('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashString('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes a string as its UTF-8 bytes, as node:crypto does', () => {
    for (const s of ['lokus', 'Kecamatan Wonosalam · 33.21', 'é', '😀', 'x'.repeat(100_000)]) {
      expect(hashString(s)).toBe(sha256(s));
    }
  });

  it('Hasher.string writes length and UTF-8 bytes across block ends, long and odd strings too', () => {
    const strings = ['', 'é', '😀', '\ud800', 'x'.repeat(70_000), 'é'.repeat(21_000)];
    for (let i = 0; i < 3000; i++) strings.push(`Desa ${'ñ'.repeat(i % 40)} ${i}`);
    const hasher = new Hasher();
    const parts: Buffer[] = [];
    for (const s of strings) {
      hasher.string(s);
      const bytes = Buffer.from(s, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      parts.push(length, bytes);
    }
    expect(hasher.digest()).toBe(sha256(Buffer.concat(parts)));
  });

  it('tableHash equals SHA-256 of the documented bytes, computed with node:crypto', () => {
    const { table } = createTable([
      {
        code: '33.21.01.2001',
        name: 'Ngèmplak',
        kecamatanName: 'Mranggen',
        values: { a: 1.5, b: -0 },
      },
      { code: '33.21.01.1002', name: 'Batursari', values: { a: Number.NaN, b: 2e-300 } },
    ]);
    expect(tableHash(table)).toBe(sha256(tableBytes(table)));
  });

  it('tableHash is right across the 64 KiB blocks it feeds SHA-256 in', () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({
      code: `99.01.${String(1 + (i % 90)).padStart(2, '0')}.${2001 + i}`,
      name: `Desa ${i}`,
      values: { z: i / 7, a: i % 3 === 0 ? Number.NaN : -i },
    }));
    const { table } = createTable(records);
    const bytes = tableBytes(table);
    expect(bytes.length).toBeGreaterThan(3 * 65_536);
    expect(tableHash(table)).toBe(sha256(bytes));
  });

  it("a run's provenance: inputHash is tableHash, scenarioHash is SHA-256 of the canonical resolved scenario", () => {
    const { table } = createTable([
      { code: '99.01.01.2001', values: { x: 1 } },
      { code: '99.01.01.2002', values: { x: 3 } },
    ]);
    const result = runScenario(table, {
      name: 'Uji',
      indicators: [
        { id: 'x', label: { id: 'X', en: 'X' }, kind: 'count', direction: 'higher-is-worse' },
      ],
      select: { mode: 'top-n', n: 1 },
    });
    expect(result.ok).toBe(true);
    expect(result.provenance.inputHash).toBe(sha256(tableBytes(table)));
    expect(result.provenance.scenarioHash).toBe(sha256(canonicalJson(result.scenario)));
  });

  it('Hasher.number treats every NaN alike and -0 like +0, but not 0 like NaN', () => {
    const h = (x: number): string => new Hasher().number(x).digest();
    expect(h(Number.NaN)).toBe(h(-Number.NaN));
    expect(h(-0)).toBe(h(0));
    expect(h(0)).not.toBe(h(Number.NaN));
    expect(h(1)).not.toBe(h(1 + Number.EPSILON));
  });

  it('Hasher.column depends on order and length', () => {
    const h = (xs: number[]): string => new Hasher().column(xs).digest();
    expect(h([1, 2])).not.toBe(h([2, 1]));
    expect(h([1, 2])).not.toBe(h([1, 2, 0]));
    expect(h([1, 2])).toBe(h([1, 2]));
  });

  it('canonicalJson sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined })).toBe(
      '{"a":[2,{"c":4,"d":3}],"b":1}',
    );
    expect(canonicalJson({ x: Number.NaN })).toBe('{"x":null}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
