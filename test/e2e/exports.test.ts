/// <reference lib="dom" />
/**
 * The exported map image: a fixed-size PNG of the whole district (even when the screen is zoomed
 * onto one village) with the title, the legend with its direction, the scale bar, the north
 * arrow, the attribution and every locus of the result drawn and outlined.
 */
import { readFileSync } from 'node:fs';
import { openViewer, type Page, stateHash } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { viewerSession } from './session.ts';

const session = viewerSession();

interface ExportRecord {
  width: number;
  height: number;
  texts: string[];
  lociDrawn: string[];
  lociExpected: string[];
}

interface Hooks {
  summary: { selectedCount: number };
  legend: { items: { colour: string }[] }[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** RGBA of pixels of a PNG, decoded by the page. */
function samplePixels(page: Page, png: Buffer, points: [number, number][]) {
  return page.evaluate(
    async ({ b64, points }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data]);
    },
    { b64: png.toString('base64'), points },
  );
}

describe('exported map image', () => {
  it('shows the whole district at a fixed size with title, legend and every locus', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    // Zoomed far onto one corner: the image must still show the whole district.
    await openViewer(page, session.server.url, {
      hash: stateHash({ dataset: 'sample', camera: { center: [0, 0], zoom: 14 } }),
    });
    await page.locator('#export-toggle').click();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.locator('#export-png').click();
    const file = await (await download).path();
    const png = readFileSync(file);
    expect(pngSize(png)).toEqual([1800, 1200]);

    const record = await page.evaluate(
      () => (window as unknown as { __lokusExport: ExportRecord }).__lokusExport,
    );
    const summary = await page.evaluate(
      () => (window as unknown as { __lokus: Hooks }).__lokus.summary.selectedCount,
    );
    expect(record.lociExpected.length).toBe(summary);
    expect(record.lociExpected.length).toBeGreaterThan(0);
    expect(record.lociDrawn).toEqual(record.lociExpected);
    const texts = record.texts.join('\n');
    expect(texts).toContain('Kabupaten Contoh');
    expect(texts.toLowerCase()).toContain('makin tinggi makin prioritas');
    expect(texts).toContain('garis hitam tebal = lokus');
    expect(texts).toMatch(/\d+ (km|m)\n/);
    expect(texts).toContain('\nU\n');
    expect(texts).toContain('Data sintetis');

    // Pixels: a dark title, legend colours inside the map frame and the loci's dark outline.
    const legend = await page.evaluate(() =>
      (window as unknown as { __lokus: Hooks }).__lokus.legend[0]!.items.map((i) => i.colour),
    );
    const grid: [number, number][] = [];
    for (let x = 30; x < 1270; x += 6) for (let y = 110; y < 1110; y += 6) grid.push([x, y]);
    const pixels = await samplePixels(page, png, [[24, 30], [30, 36], ...grid]);
    const hex = (p: number[]) =>
      `#${p
        .slice(0, 3)
        .map((v) => v.toString(16).padStart(2, '0'))
        .join('')}`;
    const seen = new Set(pixels.map(hex));
    expect(pixels.slice(0, 2).some((p) => p[0]! < 80)).toBe(true);
    const classColours = legend.filter((c) => c !== '#d4d4d4');
    expect(classColours.filter((c) => seen.has(c)).length).toBeGreaterThanOrEqual(3);
    expect(pixels.some((p) => p[0]! < 60 && p[1]! < 60 && p[2]! < 60)).toBe(true);
    await page.close();
  }, 240_000);
});
