import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlAtEnds } from '../src/recordsFromRowsCells.ts';

/** The definition: a control character among the blank characters (any code up to U+0020, or what
 * `trim` removes) at either end. */
function reference(c: string): boolean {
  const blank = (ch: string) => ch.charCodeAt(0) <= 0x20 || ch.trim() === '';
  const control = (ch: string) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;
  for (let i = 0; i < c.length && blank(c[i]!); i++) if (control(c[i]!)) return true;
  for (let i = c.length - 1; i >= 0 && blank(c[i]!); i--) if (control(c[i]!)) return true;
  return false;
}

describe('controlAtEnds', () => {
  it('controlAtEnds finds a tab or carriage return at either end, not inside or after text', () => {
    expect(controlAtEnds('\t12')).toBe(true);
    expect(controlAtEnds('12\r')).toBe(true);
    expect(controlAtEnds('\u00a0\t12')).toBe(true);
    expect(controlAtEnds('1\t2')).toBe(false);
    expect(controlAtEnds(' 12 ')).toBe(false);
    expect(controlAtEnds('x\u0085\u00a0')).toBe(false);
  });

  it('controlAtEnds agrees with what trimming removes, on any text', () => {
    const ch = fc.constantFrom(
      ' ',
      '\t',
      '\r',
      '\n',
      '\u000b',
      '\u0001',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u2009',
      '\u202f',
      '\u3000',
      '\ufeff',
      'a',
      '9',
      ',',
      '~',
      'é',
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }), (chars) => {
        const c = chars.join('');
        expect(controlAtEnds(c)).toBe(reference(c));
      }),
      { numRuns: 2000 },
    );
  });
});
