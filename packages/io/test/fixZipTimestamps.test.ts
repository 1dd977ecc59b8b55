import { describe, expect, it } from 'vitest';
import { fixZipTimestamps } from '../src/fixZipTimestamps.ts';
import { zipStored } from './fixtures/buildShapefileZip.ts';

describe('fixZipTimestamps', () => {
  it('fixZipTimestamps rewrites local and central times, clamping to 1980-01-01', () => {
    const zip = zipStored([['a.txt', new Uint8Array([1])]]);
    const v = new DataView(zip.buffer);
    fixZipTimestamps(zip, new Date('2024-12-31T23:59:58Z'));
    // DOS date (44 << 9) | (12 << 5) | 31, time (23 << 11) | (59 << 5) | 29 (APPNOTE 4.4.6).
    expect([v.getUint16(10, true), v.getUint16(12, true)]).toEqual([
      (23 << 11) | (59 << 5) | 29,
      (44 << 9) | (12 << 5) | 31,
    ]);
    const central = 30 + 5 + 1;
    expect([v.getUint16(central + 12, true), v.getUint16(central + 14, true)]).toEqual([
      (23 << 11) | (59 << 5) | 29,
      (44 << 9) | (12 << 5) | 31,
    ]);
    fixZipTimestamps(zip, new Date(0));
    expect([v.getUint16(10, true), v.getUint16(12, true)]).toEqual([0, (1 << 5) | 1]);
  });

  it('fixZipTimestamps requires a zip archive', () => {
    expect(() => fixZipTimestamps(new Uint8Array(30), new Date(0))).toThrow(
      /^fixZipTimestamps requires/,
    );
  });
});
