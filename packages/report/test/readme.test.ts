import { describe, expect, it } from 'vitest';
import { readmeNames } from '../../../test/setup/readmeNames.ts';
import * as pkg from '../src/index.ts';

describe('README', () => {
  it('names every value the package exports', () => {
    const names = readmeNames(new URL('../README.md', import.meta.url));
    expect(Object.keys(pkg).filter((k) => !names.has(k))).toEqual([]);
  });
});
