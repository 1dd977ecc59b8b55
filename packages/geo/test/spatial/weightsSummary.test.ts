import { describe, expect, it } from 'vitest';
import { knnWeights } from '../../src/spatial/knnWeights.ts';
import { rowStandardise } from '../../src/spatial/rowStandardise.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import { weightsSummary } from '../../src/spatial/weightsSummary.ts';
import { spdep } from './golden.ts';

describe('weightsSummary', () => {
  it('weightsSummary of the queen lattice: 3 to 8 neighbours, 684 links, symmetric', () => {
    const s = weightsSummary(weightsFromLists(spdep.lattice.queen));
    const degrees = spdep.lattice.queen.map((r) => r.length);
    expect(s).toEqual({
      n: 100,
      nonZero: degrees.reduce((a, b) => a + b, 0),
      meanNeighbours: degrees.reduce((a, b) => a + b, 0) / 100,
      minNeighbours: Math.min(...degrees),
      maxNeighbours: Math.max(...degrees),
      islands: 0,
      symmetric: true,
      s0: degrees.reduce((a, b) => a + b, 0),
    });
  });

  it('weightsSummary reports row-standardised and k-nearest weights as asymmetric', () => {
    expect(weightsSummary(rowStandardise(weightsFromLists(spdep.lattice.queen))).symmetric).toBe(
      false,
    );
    const pts = spdep.points.x.map((x, i) => [x, spdep.points.y[i]!] as const);
    expect(weightsSummary(knnWeights(pts, 4)).symmetric).toBe(false);
  });

  it('weightsSummary counts islands', () => {
    expect(weightsSummary(weightsFromLists([[1], [0], []])).islands).toBe(1);
  });
});
