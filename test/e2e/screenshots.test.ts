/**
 * Screenshots of the main views for the documentation, written to docs/screenshots/ only when
 * LOKUS_SCREENSHOTS=1 (not on every CI run): map by rank, detail panel, compare, table, load dialog.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openViewer, type Page, stateHash, waitApplied } from '@lokus/viewer/testing';
import { beforeAll, describe, it } from 'vitest';
import { viewerSession } from './session.ts';

const enabled = process.env.LOKUS_SCREENSHOTS === '1';
const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

const session = viewerSession({ enabled });

beforeAll(() => {
  if (enabled) mkdirSync(out, { recursive: true });
});

async function open(hash: Record<string, unknown>): Promise<Page> {
  const page = await session.browser!.newPage({ viewport: { width: 1366, height: 768 } });
  await openViewer(page, session.server!.url, { hash: stateHash({ dataset: 'sample', ...hash }) });
  return page;
}

describe.skipIf(!enabled)('screenshots (LOKUS_SCREENSHOTS=1)', () => {
  it('writes the main views to docs/screenshots', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    let page = await open({ fill: 'rank' });
    await page.screenshot({ path: join(out, 'map-rank.png') });
    await page.close();

    page = await open({});
    await page.locator('#tab-table').click();
    await page.locator('.village-table tbody tr').first().click();
    await page.locator('#tab-map').click();
    await page.locator('.detail-panel .paragraph').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(out, 'detail.png') });
    await page.close();

    page = await open({});
    await page.locator('#tab-compare').click();
    await waitApplied(page, 2);
    await page.selectOption('#editing', 'b');
    await page.selectOption('#weight-method', 'entropy');
    await waitApplied(page, 3);
    await page.selectOption('#right-map', 'change');
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(out, 'compare.png') });
    await page.close();

    page = await open({ view: 'table' });
    await page.screenshot({ path: join(out, 'table.png') });
    await page.close();

    page = await open({});
    await page.locator('#open-load').click();
    const csv = 'kode,nama,desil1_kk\n99.01.01.2001,Contoh,12\n99.01.XX.2002,Salah,n/a\n';
    await page.setInputFiles('#load-table', {
      name: 'desa.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.locator('.load-report .diag').first().waitFor();
    await page.screenshot({ path: join(out, 'load-dialog.png') });
    await page.close();
  }, 120_000);
});
