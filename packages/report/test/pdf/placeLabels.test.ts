import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/pdf/placeLabels.ts';

describe('placeLabels', () => {
  it('placeLabels moves a later label to its first free offset', () => {
    const placed = placeLabels(
      [
        { text: 'A', x: 10, y: 10, width: 10, height: 4 },
        { text: 'B', x: 12, y: 10, width: 10, height: 4, offsets: [[0, 5]] },
      ],
      [0, 0, 100, 100],
    );
    expect(placed.map((p) => [p.left, p.top])).toEqual([
      [5, 8],
      [7, 13],
    ]);
    expect(placed.every((p) => !p.overlaps)).toBe(true);
  });

  it('placeLabels keeps a required label with no free position and flags it; drops an optional one', () => {
    const a = { text: 'A', x: 10, y: 10, width: 10, height: 4 };
    const placed = placeLabels(
      [a, { ...a, text: 'B' }, { ...a, text: 'C', required: false }],
      [0, 0, 100, 100],
    );
    expect(placed.map((p) => [p.label.text, p.overlaps])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });

  it('placeLabels puts a crowded required label where it overlaps least', () => {
    const placed = placeLabels(
      [
        { text: 'A', x: 10, y: 10, width: 10, height: 4 },
        {
          text: 'B',
          x: 10,
          y: 10,
          width: 10,
          height: 4,
          offsets: [
            [8, 0],
            [4, 0],
          ],
        },
      ],
      [0, 0, 100, 100],
    );
    // Both offsets overlap A; +8 overlaps 2 × 4, +4 overlaps 6 × 4.
    expect([placed[1]!.left, placed[1]!.overlaps]).toEqual([13, true]);
  });

  it('placeLabels keeps boxes inside the bounds when an offset allows', () => {
    const [p] = placeLabels(
      [{ text: 'edge', x: 1, y: 10, width: 10, height: 4, offsets: [[6, 0]] }],
      [0, 0, 50, 50],
    );
    expect(p!.left).toBe(2);
  });
});
