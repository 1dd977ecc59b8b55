import { analyseRobustness, createTable, prepareRobustness } from '@lokus/core';
import { generateDistrict } from '@lokus/synth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRobustnessPool, type RobustnessPool } from '../src/robustnessPool.ts';

const district = generateDistrict({ seed: 8, villages: 120, kecamatan: 8 });
const { table } = createTable(district.records);
const scenario = {
  name: 'Threads',
  indicators: district.indicators,
  missing: 'median',
  select: { mode: 'top-n', n: 15, quota: { min: 1, max: 3 } },
  robustness: {
    draws: 301,
    seed: 3,
    normalise: ['minmax', 'rank'],
    aggregate: ['arithmetic', 'geometric'],
    dropIndicator: 0.2,
    sobol: 33,
  },
};

describe('createRobustnessPool', { timeout: 120_000 }, () => {
  let pool: RobustnessPool;
  beforeAll(async () => {
    pool = await createRobustnessPool(3);
  }, 120_000);
  afterAll(() => pool.close());

  it('three worker threads give exactly the single-thread result', async () => {
    const single = analyseRobustness(table, scenario).result!;
    const model = prepareRobustness(table, scenario).model!;
    const ticks: number[] = [];
    const threaded = await pool.run(model, { table, scenario, spec: undefined }, (done) =>
      ticks.push(done),
    );
    expect(threaded).toEqual(single);
    expect(single.sobol?.samples).toBe(33);
    // Progress follows the draws taken in this thread's range, scaled to all; it ends at all.
    expect(ticks.at(-1)).toBe(301);
    // Twice on the same workers, another seed: nothing is left over from the previous run.
    const spec = { ...scenario.robustness, seed: 4 };
    const again = await pool.run(prepareRobustness(table, scenario, { spec }).model!, {
      table,
      scenario,
      spec,
    });
    expect(again).toEqual(analyseRobustness(table, scenario, { spec }).result);
    expect(again.probability).not.toEqual(single.probability);
  });

  it('two threads sharing the draws up and down give exactly the single-thread result', async () => {
    const two = await createRobustnessPool(2);
    try {
      const spec = { ...scenario.robustness, seed: 5, sobol: 0 };
      const model = prepareRobustness(table, scenario, { spec }).model!;
      const threaded = await two.run(model, { table, scenario, spec });
      expect(threaded).toEqual(analyseRobustness(table, scenario, { spec }).result);
    } finally {
      await two.close();
    }
  });
});
