import { signedArea } from '@lokus/geo';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { generateDistrict } from '../src/generateDistrict.ts';
import { isSimpleRing } from '../src/ring.ts';

const district = generateDistrict({ seed: 11 });
const CODE = /^99\.01\.(\d\d)\.([12])(\d\d\d)$/;

/** Cells that share a vertex, from the rounded rings. */
function neighbours(rings: Position[][]): Set<number>[] {
  const byVertex = new Map<string, number[]>();
  rings.forEach((ring, i) => {
    for (const p of ring) {
      const key = `${p[0]},${p[1]}`;
      byVertex.set(key, [...(byVertex.get(key) ?? []), i]);
    }
  });
  const out = rings.map(() => new Set<number>());
  for (const list of byVertex.values())
    for (const i of list) for (const j of list) if (i !== j) out[i]!.add(j);
  return out;
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('generateDistrict', () => {
  it('generateDistrict with the same seed gives identical output, another seed a different one', () => {
    const again = generateDistrict({ seed: 11 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(district));
    const other = generateDistrict({ seed: 12 });
    expect(other.records.map((r) => r.name)).not.toEqual(district.records.map((r) => r.name));
    expect(JSON.stringify(other.boundaries)).not.toBe(JSON.stringify(district.boundaries));
  });

  it('generateDistrict makes sorted, unique 99.01.CC.TDDD codes numbered from 1001 and 2001', () => {
    const codes = district.records.map((r) => r.code);
    expect(codes.length).toBe(250);
    expect(new Set(codes).size).toBe(250);
    expect([...codes].sort()).toEqual(codes);
    const next = new Map<string, number>();
    for (const c of codes) {
      const m = CODE.exec(c);
      expect(m).not.toBeNull();
      const key = `${m![1]}.${m![2]}`;
      const expected = (next.get(key) ?? 0) + 1;
      expect(Number(m![3])).toBe(expected);
      next.set(key, expected);
    }
    const kecamatan = new Set(codes.map((c) => c.slice(0, 8)));
    expect(kecamatan.size).toBe(14);
    const kelurahan = codes.filter((c) => c[9] === '1').length;
    expect(kelurahan).toBeGreaterThanOrEqual(5);
    expect(kelurahan).toBeLessThanOrEqual(15);
  });

  it('generateDistrict gives unique village names and one kecamatan name per kecamatan code', () => {
    const names = district.records.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const kecName = new Map<string, string>();
    for (const r of district.records) {
      const k = r.code.slice(0, 8);
      expect(kecName.get(k) ?? r.kecamatanName).toBe(r.kecamatanName);
      kecName.set(k, r.kecamatanName!);
    }
    expect(new Set(kecName.values()).size).toBe(14);
  });

  it('generateDistrict keeps counts consistent, IDM missing for kelurahan and a 10 % desil-1 share', () => {
    let kk = 0;
    let d1 = 0;
    let missing = 0;
    for (const r of district.records) {
      const v = r.values as Record<string, number>;
      expect(v.desil1_kk!).toBeLessThanOrEqual(v.desil12_kk!);
      expect(v.desil12_kk!).toBeLessThanOrEqual(v.kk_total!);
      expect(v.miskin_ekstrem_jiwa!).toBeLessThanOrEqual(v.penduduk!);
      expect(v.kk_total!).toBeLessThan(v.penduduk!);
      for (const id of ['kk_total', 'desil1_kk', 'rtlh_unit', 'atps_anak'])
        if (!Number.isNaN(v[id]!)) expect(Number.isInteger(v[id])).toBe(true);
      if (r.code[9] === '1') expect(v.idm).toBeNaN();
      else if (!Number.isNaN(v.idm!)) {
        expect(v.idm).toBe(Math.round(((v.iks! + v.ike! + v.ikl!) / 3) * 1e4) / 1e4);
        expect(v.idm!).toBeGreaterThan(0);
        expect(v.idm!).toBeLessThan(1);
      }
      for (const id of district.indicators.map((m) => m.id)) if (Number.isNaN(v[id]!)) missing++;
      kk += v.kk_total!;
      d1 += v.desil1_kk!;
    }
    expect(d1 / kk).toBeGreaterThan(0.08);
    expect(d1 / kk).toBeLessThan(0.12);
    // Kelurahan IDM (4 columns × ~10) plus a few missing values elsewhere.
    expect(missing).toBeGreaterThan(40);
    expect(missing).toBeLessThan(120);
    expect(Object.keys(district.records[0]!.values)).toEqual(district.indicators.map((m) => m.id));
  });

  it('generateDistrict gives lower IDM to poorer desa', () => {
    const desa = district.records.filter((r) => r.code[9] === '2' && !Number.isNaN(r.values.idm!));
    const share = desa.map((r) => r.values.desil1_kk! / r.values.kk_total!);
    expect(
      pearson(
        share,
        desa.map((r) => r.values.idm!),
      ),
    ).toBeLessThan(-0.4);
  });

  it('generateDistrict makes one valid, counter-clockwise, 5-decimal polygon per village', () => {
    const { features } = district.boundaries;
    expect(features.length).toBe(district.records.length);
    let area = 0;
    features.forEach((f, i) => {
      const r = district.records[i]!;
      expect(f.properties).toEqual({
        kode: r.code,
        kode10: r.code.replaceAll('.', ''),
        nama: r.name,
        kode_kec: r.code.slice(0, 8),
        nama_kec: r.kecamatanName,
        synthetic: true,
      });
      expect(f.geometry.type).toBe('Polygon');
      const ring = (f.geometry as Polygon).coordinates[0]!;
      expect((f.geometry as Polygon).coordinates.length).toBe(1);
      for (const [x, y] of ring) {
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
        expect(Math.round(x! * 1e5) / 1e5).toBe(x);
        expect(x!).toBeGreaterThan(109.5);
        expect(x!).toBeLessThan(111.5);
        expect(y!).toBeGreaterThan(-7);
        expect(y!).toBeLessThan(-5.4);
      }
      expect(isSimpleRing(ring as [number, number][])).toBe(true);
      const a = signedArea(ring.slice(0, -1) as [number, number][]);
      expect(a).toBeGreaterThan(0);
      area += a;
    });
    // About 4 km² per village: 1,000 km² ≈ 0.0817 square degrees at 6.2° S.
    expect(area).toBeGreaterThan(0.06);
    expect(area).toBeLessThan(0.1);
  });

  it('generateDistrict makes every kecamatan one contiguous group of cells', () => {
    const rings = district.boundaries.features.map((f) => (f.geometry as Polygon).coordinates[0]!);
    const adj = neighbours(rings);
    const kec = district.records.map((r) => r.code.slice(0, 8));
    for (const k of new Set(kec)) {
      const members = kec.flatMap((c, i) => (c === k ? [i] : []));
      const seen = new Set([members[0]!]);
      const stack = [members[0]!];
      while (stack.length > 0) {
        for (const j of adj[stack.pop()!]!) {
          if (kec[j] === k && !seen.has(j)) {
            seen.add(j);
            stack.push(j);
          }
        }
      }
      expect(seen.size).toBe(members.length);
    }
  });

  it('generateDistrict values are spatially autocorrelated: neighbours alike more than random pairs', () => {
    const rings = district.boundaries.features.map((f) => (f.geometry as Polygon).coordinates[0]!);
    const centroid = rings.map((ring) => {
      const pts = ring.slice(0, -1);
      return [
        pts.reduce((s, p) => s + p[0]!, 0) / pts.length,
        pts.reduce((s, p) => s + p[1]!, 0) / pts.length,
      ];
    });
    const share = district.records.map((r) => r.values.desil1_kk! / r.values.kk_total!);
    // Pairs of villages whose centroids are closer than 4 km (≈ 0.036°) versus all other pairs.
    const near: [number[], number[]] = [[], []];
    const far: [number[], number[]] = [[], []];
    for (let i = 0; i < share.length; i++) {
      for (let j = i + 1; j < share.length; j++) {
        const d = Math.hypot(
          centroid[i]![0]! - centroid[j]![0]!,
          centroid[i]![1]! - centroid[j]![1]!,
        );
        const target = d < 0.036 ? near : d > 0.15 ? far : null;
        if (!target) continue;
        target[0].push(share[i]!);
        target[1].push(share[j]!);
      }
    }
    expect(near[0].length).toBeGreaterThan(300);
    const rNear = pearson(near[0], near[1]);
    expect(rNear).toBeGreaterThan(0.3);
    expect(rNear).toBeGreaterThan(pearson(far[0], far[1]) + 0.2);
  });

  it('generateDistrict honours its options and rejects impossible ones', () => {
    const small = generateDistrict({
      seed: 3,
      villages: 60,
      kecamatan: 5,
      province: '98',
      kabupaten: '98.07',
    });
    expect(small.records.length).toBe(60);
    expect(new Set(small.records.map((r) => r.code.slice(0, 8))).size).toBe(5);
    expect(small.records.every((r) => r.code.startsWith('98.07.'))).toBe(true);
    expect(small.name).toBe('Kabupaten Contoh (sintetis)');
    expect(() => generateDistrict({ villages: 10 })).toThrow(/^generateDistrict requires/);
    expect(() => generateDistrict({ kecamatan: 100 })).toThrow(/^generateDistrict requires/);
    expect(() => generateDistrict({ province: '9' })).toThrow(/^generateDistrict requires/);
    expect(() => generateDistrict({ kabupaten: '98.01' })).toThrow(/^generateDistrict requires/);
  });
});
