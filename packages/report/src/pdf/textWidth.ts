import { create, type Font } from 'fontkit';
import { ANNEX_FONT_FILES, annexFontBase64 } from './annexFonts.ts';

const cache = new Map<string, Font>();

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 without `Buffer` or `atob`, so the same code runs in Node and the browser. */
function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | BASE64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * The shipped annex font (regular or bold) parsed with fontkit, cached.
 *
 * @example
 * annexFont({ bold: true }).unitsPerEm; // => 2048
 */
export function annexFont(options: { readonly bold?: boolean } = {}): Font {
  const file = options.bold === true ? ANNEX_FONT_FILES.bold : ANNEX_FONT_FILES.normal;
  let font = cache.get(file);
  if (font === undefined) {
    font = create(decodeBase64(annexFontBase64(file)) as never) as Font;
    cache.set(file, font);
  }
  return font;
}

/**
 * Width in points of a single line of text in the shipped annex font: the glyphs' advance
 * widths from fontkit (the engine pdfkit uses), without kerning, which moves a label by well
 * under 2%. Used to place map labels without overlaps before the PDF is laid out. O(n) in the
 * text length.
 *
 * @param text - One line of text.
 * @param size - Font size in points.
 * @example
 * Math.round(textWidth('Demak', 10)); // => 31
 */
export function textWidth(
  text: string,
  size: number,
  options: { readonly bold?: boolean } = {},
): number {
  const font = annexFont(options);
  let advance = 0;
  for (const glyph of font.glyphsForString(text)) advance += glyph.advanceWidth;
  return (advance / font.unitsPerEm) * size;
}
