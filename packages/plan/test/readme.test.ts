import * as pkg from '@lokus/plan';
import { describe, expect, it } from 'vitest';
import { readmeNames } from '../../../test/setup/readmeNames.ts';

describe('README', () => {
  it('names every value the package exports and every diagnostic code', () => {
    const names = readmeNames(new URL('../README.md', import.meta.url));
    expect(Object.keys(pkg).filter((k) => !names.has(k))).toEqual([]);
    expect(Object.keys(pkg.PLAN_DIAGNOSTICS).filter((k) => !names.has(k))).toEqual([]);
  });
});
