import { describe, expect, it } from 'vitest';
import { boundaryLines } from '../../src/pdf/boundaryLines.ts';
import type { PageRing } from '../../src/pdf/projectRings.ts';

const square = (x: number, y = 0, s = 10): PageRing => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('boundaryLines', () => {
  it('boundaryLines draws a border between two kecamatan once, and none inside one', () => {
    const two = boundaryLines([
      { kecamatan: 'A', parts: [[square(0)]] },
      { kecamatan: 'B', parts: [[square(10)]] },
    ]);
    expect(two.kecamatan).toBe('M10,0L10,10');
    const same = boundaryLines([
      { kecamatan: 'A', parts: [[square(0)]] },
      { kecamatan: 'A', parts: [[square(10)]] },
    ]);
    expect(same.kecamatan).toBe('');
  });

  it('boundaryLines traces the district outline around both villages, not between them', () => {
    const { district } = boundaryLines([
      { kecamatan: 'A', parts: [[square(0)]] },
      { kecamatan: 'A', parts: [[square(10)]] },
    ]);
    expect(district).not.toBe('');
    expect(district).not.toContain('M10,0L10,10');
    // Six outer sides of length 10 in all.
    expect(district.match(/L/g)?.length).toBe(6);
  });

  it('boundaryLines ignores a neighbour vertex the other village lacks (no stray dash)', () => {
    // B's left side has an extra vertex at (10, 5) that A's right side lacks.
    const b: PageRing = [
      [10, 0],
      [20, 0],
      [20, 10],
      [10, 10],
      [10, 5],
      [10, 0],
    ];
    const lines = boundaryLines([
      { kecamatan: 'A', parts: [[square(0)]] },
      { kecamatan: 'A', parts: [[b]] },
    ]);
    expect(lines.kecamatan).toBe('');
    expect(lines.district).not.toMatch(/M10,[0-9.]+L10,/);
  });

  it('boundaryLines steps over a sliver gap narrower than the probe', () => {
    const lines = boundaryLines([
      { kecamatan: 'A', parts: [[square(0)]] },
      { kecamatan: 'B', parts: [[square(11)]] },
    ]);
    // A 1-point gap: still a kecamatan border, not a district outline inside.
    expect(lines.kecamatan).toBe('M10,0L10,10');
  });

  it('boundaryLines treats a hole as outside the village', () => {
    const holed = [square(0, 0, 30), square(10, 10, 10).reverse()];
    const lines = boundaryLines([{ kecamatan: 'A', parts: [holed] }]);
    expect(lines.district).toContain('M10,10');
  });
});
