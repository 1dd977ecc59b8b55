import { describe, expect, it } from 'vitest';
import { scaleBarLength } from '../../src/pdf/scaleBarLength.ts';

describe('scaleBarLength', () => {
  it('scaleBarLength picks the longest 1-2-5 length that fits', () => {
    expect(scaleBarLength(10, 120)).toEqual({ km: 10, points: 100, segments: 4 });
    expect(scaleBarLength(10, 99)).toEqual({ km: 5, points: 50, segments: 5 });
    expect(scaleBarLength(10, 49)).toEqual({ km: 2, points: 20, segments: 4 });
    expect(scaleBarLength(1, 160)).toMatchObject({ km: 100, points: 100 });
    expect(scaleBarLength(100, 30)).toMatchObject({ km: 0.2 });
  });

  it('scaleBarLength never exceeds the room given', () => {
    for (const ppk of [0.37, 1.9, 7.3, 11.2, 54]) {
      for (const room of [40, 93, 160]) {
        const bar = scaleBarLength(ppk, room);
        expect(bar.points).toBeLessThanOrEqual(room + 1e-9);
        expect(bar.points).toBeGreaterThan(room / 2.5 - 1e-9);
      }
    }
  });

  it('scaleBarLength refuses a non-positive scale', () => {
    expect(() => scaleBarLength(0, 100)).toThrow(/scaleBarLength requires/);
  });
});
