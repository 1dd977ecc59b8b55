/** Text and facts of a PDF through Debian's poppler-utils (`pdftotext`, `pdfinfo`, `pdfimages`). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `null` when poppler-utils is installed, else why the PDF text tests skip. */
export const POPPLER_MISSING: string | null =
  spawnSync('pdftotext', ['-v']).error === undefined
    ? null
    : 'pdftotext not found: install poppler-utils (bash scripts/setup.sh --browser) to run';

function withFile<T>(pdf: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'lokus-pdf-'));
  try {
    const file = join(dir, 'annex.pdf');
    writeFileSync(file, pdf);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF (or of pages `first`–`last`), whitespace collapsed to single spaces. */
export function pdfText(pdf: Uint8Array, pages: { first?: number; last?: number } = {}): string {
  return withFile(pdf, (file) => {
    const range = [
      ...(pages.first === undefined ? [] : ['-f', String(pages.first)]),
      ...(pages.last === undefined ? [] : ['-l', String(pages.last)]),
    ];
    const text = execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
    return text.replace(/\s+/g, ' ');
  });
}

/** `pdfinfo` fields (Pages, CreationDate, Page size…). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  return withFile(pdf, (file) => {
    const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    const info: Record<string, string> = {};
    for (const line of out.split('\n')) {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      if (m) info[m[1]!] = m[2]!;
    }
    return info;
  });
}

/** Number of raster images in the PDF (`pdfimages -list`). */
export function pdfImageCount(pdf: Uint8Array): number {
  return withFile(pdf, (file) => {
    const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    return out.trim().split('\n').length - 2; // two header lines
  });
}
