import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/scenario/checkSchema.ts';
import type { CoreDiagnostic } from '../../src/types.ts';

const run = (node: Parameters<typeof checkSchema>[0], value: unknown): string[] => {
  const out: CoreDiagnostic[] = [];
  checkSchema(node, value, 'x', out);
  return out.map((d) => d.message);
};

describe('checkSchema', () => {
  it('checkSchema checks types, rejecting NaN and Infinity as numbers', () => {
    expect(run({ type: 'number' }, 1.5)).toEqual([]);
    expect(run({ type: 'number' }, Number.NaN)).toEqual(['x must be a number, got NaN.']);
    expect(run({ type: 'number' }, Number.POSITIVE_INFINITY)).toHaveLength(1);
    expect(run({ type: 'integer' }, 1.5)).toEqual(['x must be an integer, got 1.5.']);
    expect(run({ type: 'array' }, {})).toEqual(['x must be a array, got an object.']);
  });

  it('checkSchema checks bounds, lengths and tuples', () => {
    expect(run({ type: 'number', exclusiveMinimum: 0 }, 0)).toEqual(['x must be > 0, got 0.']);
    expect(run({ type: 'number', maximum: 1 }, 2)).toEqual(['x must be ≤ 1, got 2.']);
    expect(run({ type: 'string', minLength: 1 }, '')).toEqual(['x must not be empty.']);
    const tuple = {
      type: 'array',
      prefixItems: [{ type: 'number' }, { type: 'string' }],
      minItems: 2,
      maxItems: 2,
    } as const;
    expect(run(tuple, [1, 'a'])).toEqual([]);
    expect(run(tuple, [1, 2, 3])).toEqual([
      'x takes at most 2 items, got 3.',
      'x[1] must be a string, got 2.',
    ]);
  });

  it('checkSchema walks objects: required, unknown and additional properties', () => {
    const node = {
      type: 'object',
      required: ['a'],
      additionalProperties: false,
      properties: {
        a: { type: 'number' },
        b: { type: 'object', additionalProperties: { type: 'number' } },
      },
    } as const;
    expect(run(node, { a: 1, b: { p: 2 } })).toEqual([]);
    expect(run(node, { b: { p: 'no' }, c: 1 })).toEqual([
      'x is missing the required property "a".',
      'x.b.p must be a number, got "no".',
      'x has an unknown property "c" (known: a, b).',
    ]);
  });

  it('checkSchema treats __proto__, constructor and toString as unknown keys', () => {
    const node = {
      type: 'object',
      properties: { a: { type: 'number' } },
      additionalProperties: false,
    } as const;
    const value = JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3, "a": 1}');
    expect(run(node, value)).toEqual([
      'x has an unknown property "__proto__" (known: a).',
      'x has an unknown property "constructor" (known: a).',
      'x has an unknown property "toString" (known: a).',
    ]);
    expect(run({ type: 'object', required: ['toString'] }, {})).toEqual([
      'x is missing the required property "toString".',
    ]);
  });
});
