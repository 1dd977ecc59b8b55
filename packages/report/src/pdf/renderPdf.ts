import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { ANNEX_FONT_FAMILY, ANNEX_FONT_FILES, annexFontBase64 } from './annexFonts.ts';

/** The parts of pdfmake's module object used here that its type declarations leave out. */
interface PdfmakeRuntime {
  virtualfs?: { writeFileSync(name: string, data: string, encoding: string): void };
  setUrlAccessPolicy?: (allow: (url: string) => boolean) => void;
  setLocalAccessPolicy?: (allow: (path: string) => boolean) => void;
}

const VFS_DIR = 'lokus-report';
let prepared = false;

/** Puts the shipped fonts in pdfmake's virtual file system and forbids any outside access. */
function prepare(): void {
  if (prepared) return;
  const runtime = pdfmake as unknown as PdfmakeRuntime;
  // No network and no local file: every resource comes from the virtual file system.
  runtime.setUrlAccessPolicy?.(() => false);
  runtime.setLocalAccessPolicy?.(() => false);
  if (runtime.virtualfs === undefined) throw new Error('renderPdf requires pdfmake 0.3');
  for (const file of Object.values(ANNEX_FONT_FILES)) {
    runtime.virtualfs.writeFileSync(`${VFS_DIR}/${file}`, annexFontBase64(file), 'base64');
  }
  prepared = true;
}

/** pdfmake font dictionary pointing at the shipped fonts. */
function fonts() {
  return {
    [ANNEX_FONT_FAMILY]: {
      normal: `${VFS_DIR}/${ANNEX_FONT_FILES.normal}`,
      bold: `${VFS_DIR}/${ANNEX_FONT_FILES.bold}`,
      italics: `${VFS_DIR}/${ANNEX_FONT_FILES.italics}`,
      bolditalics: `${VFS_DIR}/${ANNEX_FONT_FILES.bolditalics}`,
    },
  };
}

/**
 * Renders a pdfmake document definition to PDF bytes with the shipped Roboto fonts, in Node or
 * the browser, without network or file access. The bytes depend only on the definition: give
 * `info.creationDate` and `info.modDate` (pdfkit derives the trailer `/ID` from the info
 * dictionary), and the fonts are subset in the order glyphs are first used.
 *
 * @param definition - A pdfmake document definition; `defaultStyle.font` defaults to Roboto.
 * @returns The PDF file.
 * @example
 * const pdf = await renderPdf({ content: 'Halo', info: { creationDate: new Date(0) } });
 * new TextDecoder().decode(pdf.subarray(0, 5)); // => '%PDF-'
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  prepare();
  pdfmake.setFonts(fonts());
  const doc: TDocumentDefinitions = {
    ...definition,
    defaultStyle: { font: ANNEX_FONT_FAMILY, ...definition.defaultStyle },
  };
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
