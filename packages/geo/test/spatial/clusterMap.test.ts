import { createRng } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { clusterMap } from '../../src/spatial/clusterMap.ts';
import { getisOrdG } from '../../src/spatial/getisOrdG.ts';
import { localMoran } from '../../src/spatial/localMoran.ts';
import { rowStandardise } from '../../src/spatial/rowStandardise.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';

/** A 6 × 6 rook lattice: feature f at row ⌊f/6⌋, column f mod 6. */
function lattice(): ReturnType<typeof weightsFromLists> {
  const lists: number[][] = [];
  for (let f = 0; f < 36; f++) {
    const r = Math.floor(f / 6);
    const c = f % 6;
    lists.push(
      [r > 0 ? f - 6 : -1, c > 0 ? f - 1 : -1, c < 5 ? f + 1 : -1, r < 5 ? f + 6 : -1].filter(
        (x) => x >= 0,
      ),
    );
  }
  return weightsFromLists(lists);
}

describe('clusterMap', () => {
  // a high corner and a low corner, so both HH and LL clusters exist
  const values = Float64Array.from(
    { length: 36 },
    (_, f) => Math.floor(f / 6) + (f % 6) + (f % 5) * 0.1,
  );

  it('clusterMap equals local Moran and Gi* on row-standardised weights, row by row', () => {
    const w = lattice();
    const identity = Int32Array.from({ length: 36 }, (_, f) => f);
    const out = clusterMap(values, w, identity, { permutations: 199, rng: createRng(5) });
    const rw = rowStandardise(w);
    const lm = localMoran(values, rw, { permutations: 199, rng: createRng(5) });
    const gi = getisOrdG(values, rw, { star: true });
    expect(Array.from(out.lisa)).toEqual(Array.from(lm.cluster));
    expect(Array.from(out.hotspot)).toEqual(
      Array.from(gi.z, (z, k) => (gi.p[k]! < 0.05 ? Math.sign(z) : 0)),
    );
    expect(out.lisa.includes(1)).toBe(true); // HH
    expect(out.lisa.includes(3)).toBe(true); // LL
    expect(out.hotspot.includes(1) && out.hotspot.includes(-1)).toBe(true);
  });

  it('clusterMap maps features to village rows and leaves out missing values and unmatched features', () => {
    const w = lattice();
    // feature f belongs to village row 35 − f; feature 0 matches no village; village 10 has no value
    const rowOfFeature = Int32Array.from({ length: 36 }, (_, f) => (f === 0 ? -1 : 35 - f));
    const byRow = new Float64Array(36);
    for (let f = 0; f < 36; f++) if (f > 0) byRow[35 - f] = values[f]!;
    byRow[35] = Number.NaN; // the row no feature points to
    byRow[10] = Number.NaN;
    const out = clusterMap(byRow, w, rowOfFeature, { permutations: 99 });
    expect(out.lisa[35]).toBe(-1);
    expect(out.lisa[10]).toBe(-1);
    expect(out.hotspot[10]).toBe(0);
    expect([...out.lisa].filter((c) => c >= 0).length).toBe(34);
    // the high corner of the lattice (feature 35 → row 0) is a high–high cluster
    expect(out.lisa[0]).toBe(1);
  });

  it('clusterMap requires one village row per feature', () => {
    expect(() => clusterMap(values, lattice(), new Int32Array(3))).toThrow('clusterMap requires');
  });
});
