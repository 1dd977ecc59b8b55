import { describe, expect, it } from 'vitest';
import { detectDecimal } from '../src/detectDecimal.ts';

describe('detectDecimal', () => {
  it('detectDecimal picks the convention with evidence', () => {
    expect(detectDecimal(['8,95', '1.254,5', '3']).decimal).toBe(',');
    expect(detectDecimal(['8.95', '0.653']).decimal).toBe('.');
    // 1.254.204 is a number only with thousands dots.
    expect(detectDecimal(['1.254.204', '2.500']).decimal).toBe(',');
  });

  it('detectDecimal reports values that read two ways as ambiguous, with examples', () => {
    expect(detectDecimal(Object.freeze(['1.254', '2.500', '1.254']))).toEqual({
      decimal: null,
      ambiguous: true,
      examples: ['1.254', '2.500'],
      numeric: 3,
    });
  });

  it('detectDecimal sees no evidence in integers and ignores text', () => {
    expect(detectDecimal(['1', '20', 'abc'])).toEqual({
      decimal: null,
      ambiguous: false,
      examples: [],
      numeric: 2,
    });
  });
});
