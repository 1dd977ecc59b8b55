import { createRng } from '@lokus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpatialPool, type SpatialPool } from '../../src/node/createSpatialPool.ts';
import { localMoran } from '../../src/spatial/localMoran.ts';
import { moranI } from '../../src/spatial/moranI.ts';
import { queenWeights } from '../../src/spatial/queenWeights.ts';
import { rowStandardise } from '../../src/spatial/rowStandardise.ts';
import { weightsFromLists } from '../../src/spatial/weightsFromLists.ts';
import { latticeSquares } from '../spatial/golden.ts';

describe('createSpatialPool', () => {
  let pools: SpatialPool[] = [];
  const w = rowStandardise(queenWeights(latticeSquares(30, 40)));
  const y = Float64Array.from({ length: w.n }, (_, i) => Math.sin(i / 9) + ((i * 7919) % 13) / 6);

  beforeAll(async () => {
    // Three threads: an uneven split of both the permutations and the observations.
    pools = [await createSpatialPool({ threads: 3 })];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('createSpatialPool moranI equals the single-thread moranI bit for bit (3 threads)', async () => {
    const single = moranI(y, w, { permutations: 199, rng: createRng(11) });
    for (const pool of pools) {
      const threaded = await pool.moranI(y, w, { permutations: 199, rng: createRng(11) });
      expect(threaded).toEqual(single);
      expect(Buffer.from(threaded.simulations.buffer)).toEqual(
        Buffer.from(single.simulations.buffer),
      );
    }
    // A different seed gives different permutations (the comparison can fail).
    const other = await pools[0]!.moranI(y, w, { permutations: 199, rng: createRng(12) });
    expect(other.simulations).not.toEqual(single.simulations);
  });

  it('createSpatialPool localMoran equals the single-thread localMoran bit for bit', async () => {
    const single = localMoran(y, w, { permutations: 99, rng: createRng(3) });
    for (const pool of pools) {
      const threaded = await pool.localMoran(y, w, { permutations: 99, rng: createRng(3) });
      expect(threaded).toEqual(single);
      expect(Buffer.from(threaded.pSim.buffer)).toEqual(Buffer.from(single.pSim.buffer));
      expect(Buffer.from(threaded.zSim.buffer)).toEqual(Buffer.from(single.zSim.buffer));
    }
  });

  it('createSpatialPool localMoran splits rows of very different degrees and islands alike', async () => {
    // A hub linked to every other row but the last two (islands): the split by stored weights
    // puts the hub's row alone in the first range.
    const n = 60;
    const lists = Array.from({ length: n }, (_, i) =>
      i === 0 ? Array.from({ length: n - 3 }, (_, k) => k + 1) : i < n - 2 ? [0] : [],
    );
    const hub = rowStandardise(weightsFromLists(lists));
    const v = Float64Array.from({ length: n }, (_, i) => ((i * 37) % 11) - 5);
    const single = localMoran(v, hub, { permutations: 99, rng: createRng(8) });
    const threaded = await pools[0]!.localMoran(v, hub, { permutations: 99, rng: createRng(8) });
    expect(threaded).toEqual(single);
    expect(Number.isNaN(threaded.pSim[n - 1]!)).toBe(true);
  });

  it('createSpatialPool runs calls made together one after another', async () => {
    const [a, b] = await Promise.all([
      pools[0]!.moranI(y, w, { permutations: 64, rng: createRng(1) }),
      pools[0]!.localMoran(y, w, { permutations: 19, rng: createRng(2) }),
    ]);
    expect(a).toEqual(moranI(y, w, { permutations: 64, rng: createRng(1) }));
    expect(b).toEqual(localMoran(y, w, { permutations: 19, rng: createRng(2) }));
  });

  it('createSpatialPool passes errors of the inputs on', async () => {
    await expect(pools[0]!.moranI([1, 2], w)).rejects.toThrow(/moranI/);
  });
});
