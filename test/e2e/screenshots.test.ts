/**
 * Screenshots of every view at 1440×900 for the documentation, written to docs/screenshots/ only
 * when LOKUS_SCREENSHOTS=1 (not on every CI run): the map, the village detail, the comparison with
 * the rank change, the table, the load dialog, the column mapping, the print view of the loci
 * annex and the exported map image. With LOKUS_DATA_DIR they show Demak (IDM 2024), otherwise the
 * synthetic sample.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openViewer, type Page, stateHash, waitApplied } from '@lokus/viewer/testing';
import { beforeAll, describe, it } from 'vitest';
import { viewerSession } from './session.ts';

const enabled = process.env.LOKUS_SCREENSHOTS === '1';
const dataDir = process.env.LOKUS_DATA_DIR;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'docs', 'screenshots');

const session = viewerSession({ enabled, ...(dataDir ? { dataDir } : {}) });

beforeAll(() => {
  if (enabled) mkdirSync(out, { recursive: true });
});

async function open(hash: Record<string, unknown>): Promise<Page> {
  const page = await session.browser!.newPage({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const dataset = dataDir ? {} : { dataset: 'sample' };
  await openViewer(page, session.server!.url, { hash: stateHash({ ...dataset, ...hash }) });
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(out, `${name}.png`) });

/** A district table as an office would export it: row numbers, a flag, IDM and a desil count. */
function uploadCsv(): string {
  const lines = readFileSync(join(root, 'data', 'sample', 'villages.csv'), 'utf8')
    .trim()
    .split('\n');
  const head = lines[0]!.split(',');
  const col = (name: string) => head.indexOf(name);
  const rows = lines.slice(1).map((l, i) => {
    const c = l.split(',');
    return [
      i + 1,
      c[col('kode')],
      c[col('nama')],
      c[col('idm')],
      c[col('desil1_kk')],
      i % 7 === 0 ? 1 : 0,
    ];
  });
  return ['No,kode,nama,IDM,desil1_kk,flag', ...rows.map((r) => r.join(','))].join('\n');
}

describe.skipIf(!enabled)('screenshots (LOKUS_SCREENSHOTS=1)', () => {
  it('writes every view to docs/screenshots', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    let page = await open({});
    await shot(page, 'map');
    await page.locator('#export-toggle').click();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.locator('#export-png').click();
    copyFileSync(await (await download).path(), join(out, 'export-image.png'));
    await page.evaluate(() => {
      (window as unknown as { print: () => void }).print = () => undefined;
    });
    await page.locator('#export-toggle').click();
    await page.locator('#export-print').click();
    await page.locator('#print-annex tbody tr').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'print-view');
    await page.close();

    page = await open({ fill: 'rank' });
    await shot(page, 'map-rank');
    await page.close();

    page = await open({});
    await page.locator('#tab-table').click();
    await page.locator('.village-table tbody tr').first().click();
    await page.locator('#tab-map').click();
    await page.locator('.detail-panel .paragraph').waitFor();
    await page.waitForTimeout(800);
    await shot(page, 'detail');
    await page.close();

    page = await open({});
    await page.locator('#tab-compare').click();
    await waitApplied(page, 2);
    await page.selectOption('#editing', 'b');
    await page.selectOption('#weight-method', 'entropy');
    await waitApplied(page, 3);
    await page.selectOption('#right-map', 'change');
    await page.waitForTimeout(1500);
    await shot(page, 'compare');
    await page.close();

    page = await open({ view: 'table' });
    await shot(page, 'table');
    await page.close();

    page = await open({});
    await page.locator('#open-load').click();
    const bad = 'kode,nama,desil1_kk\n99.01.01.2001,Contoh,12\n99.01.XX.2002,Salah,n/a\n';
    await page.setInputFiles('#load-table', {
      name: 'desa.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await page.locator('.load-report .diag').first().waitFor();
    await shot(page, 'load-dialog');
    await page.close();

    page = await open({ dataset: 'sample' });
    await page.locator('#open-load').click();
    await page.setInputFiles('#load-table', {
      name: 'desa-kantor.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(uploadCsv()),
    });
    await page.locator('#column-mapping').waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'column-mapping');
    await page.close();
  }, 600_000);
});
