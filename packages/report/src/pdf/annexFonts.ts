import vfs from 'pdfmake/build/vfs_fonts.js';

/** Font family name used throughout the annex PDF. */
export const ANNEX_FONT_FAMILY = 'Roboto';

/**
 * The font files of the annex PDF, by pdfmake style. Roboto 3.014 (SIL Open Font License 1.1),
 * shipped inside pdfmake's virtual file system (`pdfmake/build/vfs_fonts.js`), so no font is
 * read from disk or the network and the same bytes are embedded in Node and the browser.
 *
 * @example
 * ANNEX_FONT_FILES.bold; // => 'Roboto-Medium.ttf'
 */
export const ANNEX_FONT_FILES = Object.freeze({
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
});

/** A font file name of {@link ANNEX_FONT_FILES}. */
export type AnnexFontFile = (typeof ANNEX_FONT_FILES)[keyof typeof ANNEX_FONT_FILES];

/**
 * The shipped font file as base64 text.
 *
 * @param file - One of {@link ANNEX_FONT_FILES}.
 * @returns The TTF bytes in base64.
 * @example
 * annexFontBase64('Roboto-Regular.ttf').slice(0, 8); // => 'AAEAAAAR'
 */
export function annexFontBase64(file: AnnexFontFile): string {
  const data = (vfs as Record<string, string | undefined>)[file];
  if (typeof data !== 'string')
    throw new Error(`annexFontBase64 requires a shipped font, not ${file}`);
  return data;
}
