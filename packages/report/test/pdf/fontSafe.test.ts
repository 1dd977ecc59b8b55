import { describe, expect, it } from 'vitest';
import { fontSafe, fontSafeContent } from '../../src/pdf/fontSafe.ts';
import { annexFont } from '../../src/pdf/textWidth.ts';

describe('fontSafe', () => {
  it('fontSafe replaces arrows the embedded Roboto lacks and keeps what it has', () => {
    expect(annexFont().hasGlyphForCodePoint(0x2192)).toBe(false);
    expect(fontSafe('peringkat 4 → 2')).toBe('peringkat 4 -> 2');
    expect(fontSafe('IDM 0,61–0,82 … ‰ ≥ Ç')).toBe('IDM 0,61–0,82 … ‰ ≥ Ç');
  });

  it('fontSafeContent rewrites printed strings at any depth, leaves SVG and functions alone', () => {
    const layout = { hLineWidth: () => 1 };
    const out = fontSafeContent({
      stack: ['a → b', { table: { body: [[{ text: 'c → d' }]] }, layout }, { svg: '<svg>→</svg>' }],
    }) as unknown as {
      stack: [
        string,
        { table: { body: { text: string }[][] }; layout: typeof layout },
        { svg: string },
      ];
    };
    expect(out.stack[0]).toBe('a -> b');
    expect(out.stack[1].table.body[0]![0]!.text).toBe('c -> d');
    expect(out.stack[1].layout.hLineWidth).toBe(layout.hLineWidth);
    expect(out.stack[2].svg).toBe('<svg>→</svg>');
  });
});
