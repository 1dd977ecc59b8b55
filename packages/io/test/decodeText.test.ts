import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/decodeText.ts';

describe('decodeText', () => {
  it('decodeText removes byte-order marks of UTF-8, UTF-16LE and UTF-16BE', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).encoding).toBe('utf-16le');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61])).text).toBe('a');
    expect(decodeText('\ufeffkode').text).toBe('kode');
  });

  it('decodeText falls back to windows-1252 for invalid UTF-8, with ENCODING_FALLBACK', () => {
    // 0x96 is an en dash in windows-1252 (WHATWG Encoding Standard index).
    const r = decodeText(new Uint8Array([0x4b, 0xe9, 0x96]).buffer, { file: 'x.csv' });
    expect(r.text).toBe('Ké\u2013');
    expect(r.diagnostics).toMatchObject([{ code: 'ENCODING_FALLBACK', file: 'x.csv' }]);
  });

  it('decodeText uses the encoding it is given', () => {
    expect(decodeText(new Uint8Array([0xe9]), { encoding: 'latin1' }).diagnostics).toEqual([]);
  });

  it('decodeText requires text or bytes', () => {
    expect(() => decodeText(42 as never)).toThrow(/^decodeText requires/);
  });
});
