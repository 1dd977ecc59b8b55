import { describe, expect, it } from 'vitest';
import type { ScenarioIndicator } from '../../src/scenario/types.ts';
import { entropyWeights } from '../../src/weight/entropyWeights.ts';
import { resolveWeights } from '../../src/weight/resolveWeights.ts';

function ind(id: string, extra: Partial<ScenarioIndicator> = {}): ScenarioIndicator {
  return { id, label: { id, en: id }, kind: 'index', direction: 'higher-is-worse', ...extra };
}

const normalised = {
  a: Float64Array.of(0, 50, 100, 20),
  b: Float64Array.of(100, 0, 30, 60),
};

describe('resolveWeights', () => {
  it('resolveWeights dispatches manual to the indicator weights', () => {
    const out = resolveWeights(
      { method: 'manual' },
      [ind('a', { weight: 1 }), ind('b', { weight: 4 })],
      normalised,
    );
    expect(out).toEqual({ method: 'manual', weights: { a: 0.2, b: 0.8 } });
  });

  it('resolveWeights throws for manual weights with a missing weight', () => {
    expect(() =>
      resolveWeights({ method: 'manual' }, [ind('a', { weight: 1 }), ind('b')], normalised),
    ).toThrow(/^manualWeights requires/);
  });

  it('resolveWeights dispatches equal, nested, entropy and critic', () => {
    const inds = [ind('a', { dimension: 'X' }), ind('b', { dimension: 'Y' })];
    expect(resolveWeights({ method: 'equal' }, inds, normalised).weights).toEqual({
      a: 0.5,
      b: 0.5,
    });
    expect(
      resolveWeights({ method: 'nested', dimensions: { X: 3, Y: 1 } }, inds, normalised).weights,
    ).toEqual({
      a: 0.75,
      b: 0.25,
    });
    expect(resolveWeights({ method: 'entropy' }, inds, normalised)).toEqual(
      entropyWeights(normalised),
    );
    expect(resolveWeights({ method: 'critic' }, inds, normalised).method).toBe('critic');
  });

  it('resolveWeights shifts negative columns to a minimum of 0 for entropy', () => {
    const z = { a: Float64Array.of(-1, 0, 1), b: Float64Array.of(2, -2, 0) };
    const shifted = { a: Float64Array.of(0, 1, 2), b: Float64Array.of(4, 0, 2) };
    expect(resolveWeights({ method: 'entropy' }, [ind('a'), ind('b')], z)).toEqual(
      entropyWeights(shifted),
    );
    expect(z.a).toEqual(Float64Array.of(-1, 0, 1));
  });

  it('resolveWeights throws when a normalised column is missing', () => {
    expect(() => resolveWeights({ method: 'critic' }, [ind('a'), ind('zz')], normalised)).toThrow(
      /^resolveWeights requires/,
    );
  });
});
