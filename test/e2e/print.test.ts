/// <reference lib="dom" />
/**
 * The printed loci annex: "Cetak lampiran lokus" fills the print section from `buildAnnex` with
 * the title, the map picture, every locus of the run (numbered, grouped by kecamatan, with its
 * reason) and the scenario in words; under print media it is the only thing shown, so Ctrl+P does
 * not print the controls. The CSV for Indonesian Excel has a BOM, semicolons and decimal commas.
 */
import { readFileSync } from 'node:fs';
import { openViewer, stateHash } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { viewerSession } from './session.ts';

const session = viewerSession();

describe('print view and exports for Indonesian Excel', () => {
  it('prints the annex with title, map, legend and every locus, not the controls', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await page.addInitScript(() => {
      const w = window as unknown as { print: () => void; __printed: number };
      w.__printed = 0;
      w.print = () => {
        w.__printed++;
      };
    });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const loci = await page.evaluate(() => {
      const w = window as unknown as { __lokus: { summary: { selected: Uint8Array } } };
      return { selected: [...w.__lokus.summary.selected].filter((v) => v === 1).length };
    });
    expect(loci.selected).toBeGreaterThan(0);

    // Ctrl+P: the annex is kept ready once the result has stood still, and the browser's
    // beforeprint puts the live map into it.
    const kept = page.locator('#print-annex img.annex-map');
    await kept.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await kept.getAttribute('src')).toBeNull();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await kept.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(await page.locator('#print-annex tbody tr[data-code]').count()).toBe(loci.selected);

    await page.locator('#export-toggle').click();
    const csv = page.waitForEvent('download');
    await page.locator('#export-csv-id').click();
    const text = readFileSync(await (await csv).path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split(/\r?\n/)[0]).toContain(';Skor;');
    expect(text).toMatch(/;\d+,\d+;/);

    // A choice closes the menu: open it again for the next one.
    expect(await page.locator('details:has(> #export-toggle)').getAttribute('open')).toBeNull();
    await page.locator('#export-toggle').click();
    await page.locator('#export-print').click();
    await page.waitForFunction(
      () => (window as unknown as { __printed: number }).__printed >= 1,
      null,
      { timeout: 180_000 },
    );
    const annex = page.locator('#print-annex');
    const rows = await annex
      .locator('tbody tr[data-code]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
    const expected = await page.evaluate(() => {
      const w = window as unknown as { __lokusExport: { lociExpected: string[] } };
      return w.__lokusExport.lociExpected;
    });
    expect([...rows].sort()).toEqual(expected);
    expect(rows.length).toBe(loci.selected);
    expect(await annex.locator('img.annex-map').getAttribute('src')).toMatch(/^data:image\/png/);
    const words = (await annex.textContent()) ?? '';
    expect(words).toContain('LOKASI PRIORITAS');
    expect(words).toContain('Kuota');
    expect(await annex.locator('.annex-outside').textContent()).toBe(
      'Sumber dari luar perangkat ini: tidak ada; semua data dan peta dibaca dari perangkat ini.',
    );

    // On screen the annex is hidden; under print media it is all that shows.
    expect(await annex.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await annex.isVisible()).toBe(true);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.locator('#map-a').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  }, 300_000);
});
