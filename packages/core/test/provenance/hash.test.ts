import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/provenance/canonicalJson.ts';
import { Hasher, hashString } from '../../src/provenance/hash.ts';

describe('hash', () => {
  it('hashString is deterministic, 16 hex digits, and sensitive to every character', () => {
    expect(hashString('lokus')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashString('lokus')).toBe(hashString('lokus'));
    const seen = new Set<string>();
    for (const s of ['', 'a', 'b', 'ab', 'ba', 'abc', 'abd', 'lokus', 'lokuS', 'lokus '])
      seen.add(hashString(s));
    expect(seen.size).toBe(10);
  });

  it('Hasher.number treats every NaN alike and -0 like +0, but not 0 like NaN', () => {
    const h = (x: number): string => new Hasher().number(x).digest();
    expect(h(Number.NaN)).toBe(h(Number.NaN));
    expect(h(-0)).toBe(h(0));
    expect(h(0)).not.toBe(h(Number.NaN));
    expect(h(1)).not.toBe(h(1 + Number.EPSILON));
  });

  it('Hasher.column depends on order and length', () => {
    const h = (xs: number[]): string => new Hasher().column(xs).digest();
    expect(h([1, 2])).not.toBe(h([2, 1]));
    expect(h([1, 2])).not.toBe(h([1, 2, 0]));
    expect(h([1, 2])).toBe(h([1, 2]));
  });

  it('canonicalJson sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }], u: undefined })).toBe(
      '{"a":[2,{"c":4,"d":3}],"b":1}',
    );
    expect(canonicalJson({ x: Number.NaN })).toBe('{"x":null}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
