import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { districtMap } from '../../src/pdf/districtMap.ts';
import { ROOT } from './inputs.ts';

const boundaries: FeatureCollection = JSON.parse(
  readFileSync(join(ROOT, 'data/sample/villages.geojson'), 'utf8'),
);
const legend = {
  locus: 'Lokus',
  other: 'Lain',
  kecamatanBoundary: 'Batas kecamatan',
  districtBoundary: 'Batas kabupaten',
  north: 'U',
  km: 'km',
};
const codes = boundaries.features.map((f) => String(f.properties?.kode));
const loci = new Map(codes.slice(0, 12).map((c, i) => [c, i + 1]));

describe('districtMap', () => {
  const map = districtMap(boundaries, {
    width: 480,
    height: 600,
    loci,
    kecamatanNames: new Map(),
    legend,
  });

  it('districtMap draws every village as a vector path, loci in the locus colour', () => {
    const paths = map.svg.match(/<path d="M/g)?.length ?? 0;
    expect(paths).toBeGreaterThanOrEqual(boundaries.features.length);
    expect(map.svg.match(/fill="#f46d43"/g)?.length).toBeGreaterThanOrEqual(loci.size);
    expect(map.svg).not.toContain('<image');
    expect(map.svg).not.toContain('<text');
  });

  it('districtMap numbers every locus and names every kecamatan (from the boundaries)', () => {
    const texts = map.texts.map((t) => t.text);
    for (const no of loci.values()) expect(texts).toContain(String(no));
    const kecamatan = new Set(boundaries.features.map((f) => String(f.properties?.nama_kec)));
    for (const name of kecamatan) expect(texts).toContain(name.toUpperCase());
    expect(texts).toContain('Batas kecamatan');
    expect(map.synthetic).toBe(true);
  });

  it('districtMap keeps every text inside the drawing', () => {
    for (const t of map.texts) {
      expect(t.left).toBeGreaterThanOrEqual(-1);
      expect(t.top).toBeGreaterThanOrEqual(-1);
      expect(t.left).toBeLessThan(480);
      expect(t.top).toBeLessThan(600);
    }
  });

  it('districtMap scale bar length is a 1-2-5 number of km under a quarter of the width', () => {
    expect([1, 2, 5, 10, 20, 50]).toContain(map.scaleKm);
    expect(map.scaleKm * map.pointsPerKm).toBeLessThanOrEqual(120);
  });

  it('districtMap is deterministic', () => {
    const again = districtMap(boundaries, {
      width: 480,
      height: 600,
      loci,
      kecamatanNames: new Map(),
      legend,
    });
    expect(again.svg).toBe(map.svg);
    expect(again.texts).toEqual(map.texts);
  });

  it('districtMap prefers the names it is given for kecamatan', () => {
    const first = boundaries.features[0]!.properties!;
    const named = districtMap(boundaries, {
      width: 480,
      height: 600,
      loci,
      kecamatanNames: new Map([[String(first.kode_kec), 'Nama Lain']]),
      legend,
    });
    expect(named.texts.map((t) => t.text)).toContain('NAMA LAIN');
  });
});
