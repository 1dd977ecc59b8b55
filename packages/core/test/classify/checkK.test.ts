import { describe, expect, it } from 'vitest';
import { checkK } from '../../src/classify/checkK.ts';

describe('checkK', () => {
  it('checkK accepts positive integers and names the caller otherwise', () => {
    expect(() => checkK('f', 1)).not.toThrow();
    expect(() => checkK('f', 0)).toThrow('f requires k to be a positive integer');
    expect(() => checkK('f', Number.NaN)).toThrow('f requires k');
  });
});
