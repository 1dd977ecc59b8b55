import { signedArea } from '@lokus/geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { generateNational } from '../src/generateNational.ts';
import { isSimpleRing } from '../src/ring.ts';

const CODE = /^(\d\d)\.(\d\d)\.(\d\d)\.([12])(\d\d\d)$/;
const nation = generateNational({ seed: 5 });

describe('generateNational', { timeout: 30_000 }, () => {
  it('generateNational builds an Indonesia-sized hierarchy with skewed sizes', () => {
    const { code } = nation.columns;
    expect(code.length).toBe(84_000);
    const count = (len: number): Map<string, number> => {
      const m = new Map<string, number>();
      for (const c of code) m.set(c.slice(0, len), (m.get(c.slice(0, len)) ?? 0) + 1);
      return m;
    };
    expect(count(2).size).toBe(38);
    expect(count(5).size).toBeGreaterThanOrEqual(500);
    expect(count(5).size).toBeLessThanOrEqual(530);
    expect(count(8).size).toBeGreaterThanOrEqual(7_000);
    expect(count(8).size).toBeLessThanOrEqual(7_600);
    const kelurahan = code.filter((c) => c[9] === '1').length;
    expect(kelurahan).toBeGreaterThan(7_000);
    expect(kelurahan).toBeLessThan(10_500);
    const kota = [...count(5).keys()].filter((k) => Number(k.slice(3)) >= 71).length;
    expect(kota).toBeGreaterThan(70);
    expect(kota).toBeLessThan(130);
    const sizes = [...count(8).values()].sort((a, b) => a - b);
    expect(sizes[sizes.length - 1]!).toBeGreaterThan(3 * sizes[Math.floor(sizes.length / 2)]!);
  });

  it('generateNational codes are sorted, unique, well formed and numbered from 1001 and 2001', () => {
    const { code, name, kecamatanName } = nation.columns;
    expect(new Set(code).size).toBe(code.length);
    const next = new Map<string, number>();
    const bad: string[] = [];
    for (let i = 0; i < code.length; i++) {
      const m = CODE.exec(code[i]!);
      if (!m || (i > 0 && !(code[i - 1]! < code[i]!)) || !name[i] || !kecamatanName[i]) {
        bad.push(code[i]!);
        continue;
      }
      const key = `${code[i]!.slice(0, 8)}.${m[4]}`;
      const expected = (next.get(key) ?? 0) + 1;
      if (Number(m[5]) !== expected) bad.push(code[i]!);
      next.set(key, expected);
    }
    expect(bad).toEqual([]);
  });

  it('generateNational gives 20 indicator columns with skew, ties, 2–5 % missing and consistent counts', () => {
    const { columns } = nation.columns;
    expect(nation.indicators.length).toBe(20);
    expect(Object.keys(columns)).toEqual(nation.indicators.map((m) => m.id));
    for (const m of nation.indicators) {
      const col = columns[m.id]!;
      expect(col.length).toBe(84_000);
      const present = Array.from(col).filter((x) => !Number.isNaN(x));
      const missing = 1 - present.length / col.length;
      if (m.id === 'kk_total' || m.id === 'penduduk') expect(missing).toBe(0);
      else if (['idm', 'iks', 'ike', 'ikl'].includes(m.id)) expect(missing).toBeGreaterThan(0.1);
      else {
        expect(missing).toBeGreaterThan(0.015);
        expect(missing).toBeLessThan(0.055);
      }
      expect(new Set(present).size).toBeLessThan(present.length); // ties
      if (m.kind === 'count') {
        const mean = present.reduce((a, b) => a + b, 0) / present.length;
        const median = [...present].sort((a, b) => a - b)[present.length >> 1]!;
        expect(mean).toBeGreaterThan(median); // right skew
      }
    }
    const bad: number[] = [];
    for (let i = 0; i < 84_000; i++) {
      const d1 = columns.desil1_kk![i]!;
      const d12 = columns.desil12_kk![i]!;
      if (d1 > d12 || d12 > columns.kk_total![i]!) bad.push(i);
      if (nation.columns.code[i]![9] === '1' && !Number.isNaN(columns.idm![i]!)) bad.push(i);
    }
    expect(bad).toEqual([]);
  });

  it('generateNational is deterministic per seed and differs between seeds', () => {
    const a = generateNational({ seed: 9, villages: 2000, indicators: 5, records: true });
    const b = generateNational({ seed: 9, villages: 2000, indicators: 5, records: true });
    const c = generateNational({ seed: 10, villages: 2000, indicators: 5 });
    expect(a.columns.code).toEqual(b.columns.code);
    expect(a.columns.name).toEqual(b.columns.name);
    expect(JSON.stringify(a.records)).toBe(JSON.stringify(b.records));
    expect(Array.from(a.columns.columns.desil1_kk!)).not.toEqual(
      Array.from(c.columns.columns.desil1_kk!),
    );
  });

  it('generateNational scales with villages and names extra columns sintetis_NN', () => {
    const small = generateNational({ seed: 2, villages: 8_400, indicators: 23, records: true });
    expect(small.columns.code.length).toBe(8_400);
    expect(new Set(small.columns.code.map((c) => c.slice(0, 8))).size).toBe(730);
    expect(small.indicators.slice(20).map((m) => m.id)).toEqual([
      'sintetis_21',
      'sintetis_22',
      'sintetis_23',
    ]);
    expect(small.records!.length).toBe(8_400);
    expect(small.records![10]!.code).toBe(small.columns.code[10]);
    expect(small.records![10]!.values.sintetis_22).toBe(small.columns.columns.sintetis_22![10]);
    expect(small.boundaries).toBeUndefined();
  });

  it('generateNational with polygons makes one valid cell per village, each kecamatan compact', {
    timeout: 30_000,
  }, () => {
    // The layout of cells and kecamatan; the realistic edges are tested in roughenEdges.test.ts.
    const n = generateNational({
      seed: 3,
      villages: 3_000,
      indicators: 2,
      polygons: true,
      detail: 'light',
    });
    const features = n.boundaries!.features;
    expect(features.length).toBe(3_000);
    const vertexKec = new Map<string, Set<string>>();
    features.forEach((f, i) => {
      expect(f.properties.kode).toBe(n.columns.code[i]);
      expect(f.properties.synthetic).toBe(true);
      const ring = (f.geometry as Polygon).coordinates[0]! as [number, number][];
      expect(isSimpleRing(ring)).toBe(true);
      expect(signedArea(ring.slice(0, -1))).toBeGreaterThan(0);
      for (const p of ring) {
        expect(p[0]).toBeGreaterThanOrEqual(95);
        expect(p[0]).toBeLessThanOrEqual(141);
        const key = `${p[0]},${p[1]}`;
        const s = vertexKec.get(key) ?? new Set<string>();
        s.add(f.properties.kode_kec);
        vertexKec.set(key, s);
      }
    });
    // Contiguity through shared vertices, per kecamatan.
    const adj = new Map<number, Set<number>>();
    const byVertex = new Map<string, number[]>();
    features.forEach((f, i) => {
      for (const p of (f.geometry as Polygon).coordinates[0]!) {
        const key = `${p[0]},${p[1]}`;
        byVertex.set(key, [...(byVertex.get(key) ?? []), i]);
      }
    });
    for (const list of byVertex.values())
      for (const i of list)
        for (const j of list) if (i !== j) adj.set(i, (adj.get(i) ?? new Set()).add(j));
    const kec = features.map((f) => f.properties.kode_kec);
    let broken = 0;
    for (const k of new Set(kec)) {
      const members = kec.flatMap((c, i) => (c === k ? [i] : []));
      const seen = new Set([members[0]!]);
      const stack = [members[0]!];
      while (stack.length > 0)
        for (const j of adj.get(stack.pop()!) ?? []) {
          if (kec[j] === k && !seen.has(j)) {
            seen.add(j);
            stack.push(j);
          }
        }
      if (seen.size !== members.length) broken++;
    }
    // Points in a rectangle nearly always give one patch of cells; allow a rare exception.
    expect(broken / new Set(kec).size).toBeLessThan(0.02);
  });

  it('generateNational makes any size from its smallest, 1,000 villages, on several seeds', () => {
    for (const villages of [1000, 1001, 1250, 1519]) {
      for (const seed of [1, 2, 3]) {
        const nation = generateNational({ seed, villages, detail: 'light' });
        expect(nation.columns.code.length).toBe(villages);
        expect(new Set(nation.columns.code).size).toBe(villages);
      }
    }
  });

  it('generateNational rejects impossible options', () => {
    expect(() => generateNational({ villages: 10 })).toThrow(/^generateNational requires/);
    expect(() => generateNational({ indicators: 0 })).toThrow(/^generateNational requires/);
  });
});
