import { createRng } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { createNamer } from '../src/createNamer.ts';

describe('createNamer', () => {
  it('createNamer gives unique, capitalised names, the same for the same seed', () => {
    const a = createNamer(createRng(7));
    const b = createNamer(createRng(7));
    const names = Array.from({ length: 500 }, () => a());
    expect(Array.from({ length: 500 }, () => b())).toEqual(names);
    expect(new Set(names).size).toBe(500);
    for (const n of names) expect(n).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
  });

  it('createNamer gives different names for another seed', () => {
    const a = createNamer(createRng(1));
    const b = createNamer(createRng(2));
    const x = Array.from({ length: 20 }, () => a());
    const y = Array.from({ length: 20 }, () => b());
    expect(x).not.toEqual(y);
  });

  it('createNamer throws once its vocabulary is used up', () => {
    const next = createNamer(createRng(3));
    expect(() => {
      for (let i = 0; i < 100_000; i++) next();
    }).toThrow(/^createNamer requires/);
  });
});
