import type { Content } from 'pdfmake/interfaces.js';
import { annexFont } from './textWidth.ts';

/** Stand-ins for characters the shipped Roboto lacks (arrows), so none prints as a box. */
const STAND_INS: Readonly<Record<string, string>> = Object.freeze({
  '→': '->',
  '←': '<-',
  '↑': '^',
  '↓': 'v',
  '⇒': '=>',
});

/**
 * Text with the characters the embedded font cannot draw replaced by stand-ins (`→` by `->`);
 * other characters pass through. O(n).
 *
 * @example
 * fontSafe('peringkat 4 → 2'); // => 'peringkat 4 -> 2'
 */
export function fontSafe(text: string): string {
  const font = annexFont();
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code < 0x2000 || font.hasGlyphForCodePoint(code) ? ch : (STAND_INS[ch] ?? ch);
  }
  return out;
}

/**
 * A copy of pdfmake content with {@link fontSafe} applied to every string but SVG markup (the
 * substitutions touch only characters the font lacks, so styles and colours are unaffected).
 * Functions (table layouts) are kept as they are.
 *
 * @example
 * fontSafeContent({ text: 'a → b', color: '#000' }); // => { text: 'a -> b', color: '#000' }
 */
export function fontSafeContent(content: Content): Content {
  return walk(content) as Content;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return fontSafe(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = key === 'svg' ? v : walk(v);
  return out;
}
