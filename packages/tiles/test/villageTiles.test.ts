import { readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection, Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { villageTiles } from '../src/villageTiles.ts';
import { writePmtiles } from '../src/writePmtiles.ts';

const sample = JSON.parse(
  readFileSync(new URL('../../../data/sample/villages.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<Polygon>;
const MAX_ZOOM = 11;
const TOLERANCE = 3;
const set = villageTiles(sample, { maxZoom: MAX_ZOOM, tolerance: TOLERANCE });
const archive = writePmtiles(set);

/** The archive as the `pmtiles` reader's byte source, from memory. */
const memory = (bytes: Uint8Array): Source => ({
  getKey: () => 'memory',
  getBytes: async (offset, length) => ({
    data: bytes.slice(offset, offset + length).buffer as ArrayBuffer,
  }),
});

/** Longitude/latitude → the tile's own units (0…4096 across the tile). */
const toTile = (z: number, x: number, y: number) => (lon: number, lat: number) => {
  const n = 2 ** z;
  const phi = (lat * Math.PI) / 180;
  const my = (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
  return [(((lon + 180) / 360) * n - x) * 4096, (my * n - y) * 4096] as const;
};

const segmentDistance = (
  p: readonly [number, number],
  a: readonly [number, number],
  b: readonly [number, number],
): number => {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t =
    len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
};

describe('villageTiles and writePmtiles', () => {
  it('the archive reads back with the pmtiles reader: header, metadata and every tile', async () => {
    const reader = new PMTiles(memory(archive));
    const header = await reader.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.minZoom).toBe(0);
    expect(header.maxZoom).toBe(MAX_ZOOM);
    expect(header.tileType).toBe(1);
    expect(header.numAddressedTiles).toBe(set.tiles.length);
    expect(header.minLon).toBeCloseTo(set.bounds[0], 6);
    expect(header.maxLat).toBeCloseTo(set.bounds[3], 6);
    const metadata = (await reader.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers.map((l) => l.id)).toEqual(['desa', 'kecamatan', 'kabupaten']);
    for (const t of set.tiles) {
      const got = await reader.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(got!.data)).toEqual(t.data);
    }
  });

  it('at the highest zoom every village code is in the tiles, once per tile it touches', () => {
    const codes = new Set<string>();
    for (const t of set.tiles.filter((t) => t.z === MAX_ZOOM)) {
      const layer = new VectorTile(new PbfReader(t.data)).layers.desa!;
      const inTile = new Set<string>();
      for (let i = 0; i < layer.length; i++) {
        const kode = String(layer.feature(i).properties.kode);
        expect(inTile.has(kode), `${kode} twice in ${t.z}/${t.x}/${t.y}`).toBe(false);
        inTile.add(kode);
        codes.add(kode);
      }
    }
    expect([...codes].sort()).toEqual(
      sample.features.map((f) => String(f.properties!.kode)).sort(),
    );
  });

  it('at the highest zoom the geometry is the village within the simplification tolerance', () => {
    const byCode = new Map(sample.features.map((f) => [String(f.properties!.kode), f.geometry]));
    let checked = 0;
    for (const t of set.tiles.filter((t) => t.z === MAX_ZOOM)) {
      const project = toTile(t.z, t.x, t.y);
      const layer = new VectorTile(new PbfReader(t.data)).layers.desa!;
      for (let i = 0; i < layer.length; i++) {
        const feature = layer.feature(i);
        const original = byCode
          .get(String(feature.properties.kode))!
          .coordinates[0]!.map(([lon, lat]) => project(lon!, lat!));
        const decoded = feature.loadGeometry().map((ring) => ring.map((p) => [p.x, p.y] as const));
        // Each kept vertex is an original vertex, rounded to the tile grid (clip points aside).
        for (const ring of decoded) {
          for (const p of ring) {
            if (Math.min(p[0], p[1]) <= -63 || Math.max(p[0], p[1]) >= 4096 + 63) continue;
            const near = Math.min(...original.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])));
            expect(near).toBeLessThanOrEqual(Math.SQRT1_2 + 1e-9);
            checked++;
          }
        }
        // Each original vertex inside the tile lies within the tolerance of the decoded outline.
        for (const q of original) {
          if (Math.min(q[0], q[1]) < 0 || Math.max(q[0], q[1]) > 4096) continue;
          let near = Number.POSITIVE_INFINITY;
          for (const ring of decoded)
            for (let k = 1; k < ring.length; k++)
              near = Math.min(near, segmentDistance(q, ring[k - 1]!, ring[k]!));
          expect(near).toBeLessThanOrEqual(TOLERANCE + 1);
        }
      }
    }
    expect(checked).toBeGreaterThan(1_500);
  });

  it('the metadata lists every village code once, sorted, as the desa layer holds them', async () => {
    const metadata = (await new PMTiles(memory(archive)).getMetadata()) as { desa_kode: string[] };
    const codes = sample.features.map((f) => String(f.properties!.kode));
    expect(metadata.desa_kode).toEqual([...codes].sort());
    expect(new Set(metadata.desa_kode).size).toBe(codes.length);
  });

  it('kecamatan and kabupaten layers hold the dissolved outlines with their codes', () => {
    const kecamatan = new Set<string>();
    const kabupaten = new Set<string>();
    for (const t of set.tiles) {
      const layers = new VectorTile(new PbfReader(t.data)).layers;
      if (t.z < 5) expect(layers.kecamatan).toBeUndefined();
      if (t.z < 8) expect(layers.desa).toBeUndefined();
      const kec = layers.kecamatan;
      for (let i = 0; kec && i < kec.length; i++)
        kecamatan.add(String(kec.feature(i).properties.kode_kec));
      const kab = layers.kabupaten!;
      for (let i = 0; i < kab.length; i++)
        kabupaten.add(String(kab.feature(i).properties.kode_kab));
    }
    const expected = new Set(sample.features.map((f) => String(f.properties!.kode).slice(0, 8)));
    expect([...kecamatan].sort()).toEqual([...expected].sort());
    expect([...kabupaten]).toEqual(['99.01']);
  });

  it('the same boundaries give the same bytes', () => {
    const again = writePmtiles(villageTiles(sample, { maxZoom: MAX_ZOOM, tolerance: TOLERANCE }));
    expect(Buffer.from(again).equals(Buffer.from(archive))).toBe(true);
  });

  it('a village without a valid code, or a repeated code, is an error naming the feature', () => {
    const bad = structuredClone(sample);
    bad.features[4]!.properties!.kode = '99.01.0X.2001';
    expect(() => villageTiles(bad, { codeProperty: 'kode' })).toThrow(
      /feature 5 .*"99\.01\.0X\.2001"/,
    );
    const twice = structuredClone(sample);
    twice.features[7]!.properties!.kode = twice.features[2]!.properties!.kode;
    expect(() => villageTiles(twice, { codeProperty: 'kode' })).toThrow(
      /features 3 and 8 have the same village code/,
    );
  });

  it('many tiles go into leaf directories, the root staying within the first 16 KiB', async () => {
    const tiles = [];
    for (let x = 0; x < 160; x++)
      for (let y = 0; y < 160; y++) tiles.push({ z: 8, x, y, data: Uint8Array.of(x, y, 7) });
    const bytes = writePmtiles({
      tiles,
      minZoom: 8,
      maxZoom: 8,
      bounds: [0, 0, 1, 1],
      metadata: {},
    });
    const reader = new PMTiles(memory(bytes));
    const header = await reader.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(127 + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const [x, y] of [
      [0, 0],
      [159, 159],
      [37, 101],
    ] as const) {
      const got = await reader.getZxy(8, x, y);
      expect([...new Uint8Array(got!.data)]).toEqual([x, y, 7]);
    }
    expect(await reader.getZxy(8, 200, 3)).toBeUndefined();
  });
});
