import { describe, expect, it } from 'vitest';
import { isConstant } from '../../src/normalize/isConstant.ts';

describe('isConstant', () => {
  it('isConstant is true when all present values are equal, ignoring NaN', () => {
    expect(isConstant(new Float64Array([3, Number.NaN, 3, 3]))).toBe(true);
  });

  it('isConstant is true for a single present value and for no present value', () => {
    expect(isConstant(new Float64Array([Number.NaN, 7]))).toBe(true);
    expect(isConstant(new Float64Array([Number.NaN]))).toBe(true);
    expect(isConstant(new Float64Array([]))).toBe(true);
  });

  it('isConstant is false as soon as two present values differ', () => {
    expect(isConstant(new Float64Array([3, 3, Number.NaN, 3.0000001]))).toBe(false);
  });
});
