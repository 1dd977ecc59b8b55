import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applied, openViewer, stateHash, waitApplied } from '@lokus/viewer/testing';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { referenceRun, sampleDir } from './reference.ts';
import { viewerSession } from './session.ts';

const session = viewerSession();

const sampleCsv = () =>
  readFileSync(join(sampleDir, 'villages.csv'), 'utf8').replace(/\r\n/g, '\n');
const XSS = '<img src=x onerror=alert(1)>';

describe('viewer data (synthetic sample)', () => {
  it('loading a CSV with a bad row shows the diagnostic before drawing anything', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const drawn = await applied(page);
    const lines = sampleCsv().trim().split('\n');
    const bad = lines[3]!.replace(/^[^,]+/, '33.21.XX.2001');
    const csv = [lines[0], lines[1], lines[2], bad, ...lines.slice(4, 20)].join('\n');
    await page.locator('#open-load').click();
    await page.setInputFiles('#load-table', {
      name: 'desa.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const diag = page.locator('.load-report .diag[data-code="MALFORMED_VILLAGE_CODE"]');
    await diag.first().waitFor();
    expect(await diag.first().textContent()).toContain('33.21.XX.2001');
    expect(await diag.first().textContent()).toContain('desa.csv');
    // Nothing is drawn until Use; the bad row has no boundary, so it would be left out (listed in
    // the join report and the exports), not block the other rows.
    await page.locator('#join-matched').waitFor();
    expect(await page.locator('.unmatched-row .left-out').count()).toBeGreaterThan(0);
    expect(await applied(page)).toBe(drawn);
    await page.close();
  }, 90_000);

  it('a village named like HTML shows as text and runs nothing', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const drawn = await applied(page);
    const lines = sampleCsv().trim().split('\n');
    const cells = lines[1]!.split(',');
    cells[1] = XSS;
    const csv = [lines[0], cells.join(','), ...lines.slice(2)].join('\n');
    await page.locator('#open-load').click();
    await page.setInputFiles('#load-table', {
      name: 'desa.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.locator('#join-matched').waitFor();
    await page.locator('#load-use').click();
    await waitApplied(page, drawn + 1);
    await page.locator('#tab-table').click();
    await page.locator('#table-search').fill('onerror');
    const cell = page.locator('.village-table tbody tr td.name');
    await expect.poll(() => cell.count()).toBe(1);
    expect(await cell.textContent()).toBe(XSS);
    await page.locator('.village-table tbody tr').first().click();
    await page.locator('.detail-panel .village-name').waitFor();
    expect(await page.locator('.detail-panel .village-name').textContent()).toBe(XSS);
    expect(await page.locator('.detail-panel .paragraph').textContent()).toContain(XSS);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.close();
  }, 90_000);

  it('export produces a CSV whose rows match runScenario', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    await page.locator('#export-toggle').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-csv').click(),
    ]);
    const path = await download.path();
    // The plain CSV has Indonesian headers, rounded display values and full precision beside them.
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const records = parsed.data;
    const result = referenceRun(page.url());
    const s = result.stages!;
    expect(records.length).toBe(result.table.length);
    const byCode = new Map(records.map((r) => [r.Kode, r]));
    let selected = 0;
    result.table.code.forEach((code, i) => {
      const r = byCode.get(code);
      expect(r, code).toBeDefined();
      const rank = s.ranked.rank[i]!;
      if (Number.isFinite(rank)) {
        expect(Number(r!.Peringkat)).toBe(rank);
        expect(Number(r!['Skor (presisi penuh)'])).toBeCloseTo(s.aggregated.score[i]!, 9);
      } else expect(r!.Peringkat).toBe('');
      expect(r!.Lokus === 'Ya' ? 1 : 0).toBe(s.selected.selected[i]);
      selected += r!.Lokus === 'Ya' ? 1 : 0;
    });
    expect(selected).toBe(s.selected.count);
    // Rows come in rank order.
    expect(records.slice(0, 5).map((r) => r.Kode)).toEqual(
      Array.from(s.ranked.order.slice(0, 5), (i) => result.table.code[i]),
    );
    await page.close();
  }, 90_000);
});
