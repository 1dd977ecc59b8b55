import { describe, expect, it } from 'vitest';
import type { ScenarioIndicator } from '../../src/scenario/types.ts';
import { effectiveWeights } from '../../src/weight/effectiveWeights.ts';
import { nestedWeights } from '../../src/weight/nestedWeights.ts';

const ind = (id: string, extra: Partial<ScenarioIndicator> = {}): ScenarioIndicator => ({
  id,
  label: { id, en: id },
  kind: 'count',
  direction: 'higher-is-worse',
  ...extra,
});

describe('effectiveWeights', () => {
  it('effectiveWeights agrees with nestedWeights, including dimensions missing from the dimension weights', () => {
    const indicators = [
      ind('a', { dimension: 'X', weight: 2 }),
      ind('b', { dimension: 'X' }),
      ind('c', { dimension: 'Y' }),
      ind('d', { dimension: 'Z' }),
    ];
    const dimensions = { X: 3, Y: 1 };
    const got = effectiveWeights({ indicators, weights: { method: 'nested', dimensions } });
    const want = nestedWeights(indicators, dimensions).weights;
    for (const id of ['a', 'b', 'c', 'd']) expect(got[id]).toBeCloseTo(want[id]!, 12);
  });

  it('effectiveWeights shares all-zero manual weights equally instead of failing', () => {
    expect(
      effectiveWeights({
        indicators: [ind('a', { weight: 0 }), ind('b', { weight: 0 })],
        weights: { method: 'manual' },
      }),
    ).toEqual({ a: 0.5, b: 0.5 });
  });
});
