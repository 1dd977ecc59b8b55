import { readFileSync } from 'node:fs';
import { writeGeoJson } from '@lokus/io';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { resultsGeoJson } from '../../src/geojson/resultsGeoJson.ts';
import { score } from '../fixtures/sample.ts';

const boundaries = JSON.parse(
  readFileSync(new URL('../../../../data/sample/villages.geojson', import.meta.url), 'utf8'),
) as FeatureCollection;
const result = score('campuran');

describe('resultsGeoJson', () => {
  it('gives every boundary its village result; the loci match the result', () => {
    const { collection, diagnostics } = resultsGeoJson(result, boundaries);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(collection.features).toHaveLength(250);
    const loci = collection.features
      .filter((f) => f.properties?.lokus === 1)
      .map((f) => f.properties?.kode)
      .sort();
    const expected = result.table.code
      .filter((_, i) => result.stages!.selected.selected[i] === 1)
      .sort();
    expect(loci).toEqual(expected);
    const f = collection.features[0]!;
    expect(f.geometry).toEqual(boundaries.features[0]!.geometry);
    const i = result.table.code.indexOf(f.properties!.kode as string);
    expect(f.properties!.skor).toBe(result.stages!.aggregated.score[i]);
  });

  it('keeps a boundary without a village (lokus null) and reports the village without a boundary', () => {
    const cut: FeatureCollection = {
      ...boundaries,
      features: [
        ...boundaries.features.slice(1),
        {
          type: 'Feature',
          properties: { kode: '99.01.99.2999' },
          geometry: boundaries.features[0]!.geometry,
        },
      ],
    };
    const { collection, diagnostics } = resultsGeoJson(result, cut, { file: 'cut.geojson' });
    expect(collection.features).toHaveLength(250);
    expect(collection.features.at(-1)!.properties).toEqual({ kode: '99.01.99.2999', lokus: null });
    expect(collection.features.at(-1)!.geometry).toEqual(boundaries.features[0]!.geometry);
    const missing = boundaries.features[0]!.properties!.kode as string;
    expect(diagnostics.some((d) => d.village === missing || String(d.value) === missing)).toBe(
      true,
    );
  });

  it('writes byte-identical GeoJSON on re-run', () => {
    const a = writeGeoJson(resultsGeoJson(result, boundaries).collection);
    const b = writeGeoJson(resultsGeoJson(score('campuran'), boundaries).collection);
    expect(a).toBe(b);
  });
});
