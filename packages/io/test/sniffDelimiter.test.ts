import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../src/sniffDelimiter.ts';

describe('sniffDelimiter', () => {
  it('sniffDelimiter decides from the header, not from decimal commas in the data', () => {
    expect(sniffDelimiter('kode;idm\n3321012001;0,6529,1,2,3\n')).toBe(';');
    expect(sniffDelimiter('kode\tidm\n')).toBe('\t');
    expect(sniffDelimiter('kode|idm\n')).toBe('|');
  });

  it('sniffDelimiter ignores delimiters inside quotes and blank leading lines', () => {
    expect(sniffDelimiter('\n"a;b;c",d,e\n')).toBe(',');
  });

  it('sniffDelimiter falls back to a comma for a single column', () => {
    expect(sniffDelimiter('kode\n3321012001\n')).toBe(',');
  });
});
