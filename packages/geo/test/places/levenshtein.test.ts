import { describe, expect, it } from 'vitest';
import { levenshtein } from '../../src/places/levenshtein.ts';

describe('levenshtein', () => {
  // Reference values: the textbook examples (Wikipedia "Levenshtein distance"; R's adist()).
  it('levenshtein(kitten, sitting) counts three edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });
  it('levenshtein(flaw, lawn) counts two edits', () => {
    expect(levenshtein('flaw', 'lawn')).toBe(2);
  });
  it('levenshtein with an empty string is the other length', () => {
    expect(levenshtein('', 'bintoro')).toBe(7);
    expect(levenshtein('demak', '')).toBe(5);
  });
  it('levenshtein is symmetric and zero only for equal strings', () => {
    expect(levenshtein('ngemplik', 'ngemplak')).toBe(levenshtein('ngemplak', 'ngemplik'));
    expect(levenshtein('karanganyar', 'karanganyar')).toBe(0);
    expect(levenshtein('tlogo', 'telogo')).toBe(1);
  });
  it('levenshtein throws on a non-string', () => {
    expect(() => levenshtein(1 as unknown as string, 'a')).toThrow(/^levenshtein requires/);
  });
});
