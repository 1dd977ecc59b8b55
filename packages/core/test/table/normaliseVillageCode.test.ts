import { describe, expect, it } from 'vitest';
import { normaliseVillageCode } from '../../src/table/normaliseVillageCode.ts';

describe('normaliseVillageCode', () => {
  it('normaliseVillageCode(plain) returns the dotted canonical code', () => {
    expect(normaliseVillageCode(' 3321012001 ')).toBe('33.21.01.2001');
  });

  it('normaliseVillageCode(dotted) is idempotent', () => {
    const once = normaliseVillageCode('33.21.01.1003');
    expect(once).toBe('33.21.01.1003');
    expect(normaliseVillageCode(once!)).toBe(once);
  });

  it('normaliseVillageCode(malformed) returns null', () => {
    expect(normaliseVillageCode('33.21.01.9001')).toBeNull();
    expect(normaliseVillageCode('abc')).toBeNull();
  });
});
