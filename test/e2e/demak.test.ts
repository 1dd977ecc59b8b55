/// <reference lib="dom" />

import { applied, openViewer, stateHash, waitApplied } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { viewerSession } from './session.ts';

const dataDir = process.env.LOKUS_DATA_DIR;

const session = viewerSession({
  enabled: dataDir !== undefined,
  ...(dataDir === undefined ? {} : { dataDir }),
});

describe.skipIf(!dataDir)('viewer on real Demak data (LOKUS_DATA_DIR)', () => {
  it('opens Demak by default with IDM 2024, its 249 villages and the attributions', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url);
    expect(await page.locator('.dataset-name').textContent()).toContain('Demak');
    expect(await page.locator('.badge.synthetic').isVisible()).toBe(false);
    const ids = await page.evaluate(() => {
      const map = (
        window as unknown as {
          __lokus: {
            maps: { map: { queryRenderedFeatures: (o: unknown) => { id?: string | number }[] } }[];
          };
        }
      ).__lokus.maps[0]!.map;
      return new Set(map.queryRenderedFeatures({ layers: ['village-fill'] }).map((f) => f.id)).size;
    });
    // 249 villages in the Demak boundary file (its README): 243 desa with IDM, 6 kelurahan without.
    expect(ids).toBe(249);
    const attribution = await page.locator('#attribution').textContent();
    expect(attribution).toContain(
      'Batas desa: Kemendagri/BIG via cahyadsn/wilayah_boundaries (MIT)',
    );
    expect(attribution).toContain('IDM 2024: Kemendesa PDTT');
    const ranked = await page.evaluate(
      () =>
        (
          window as unknown as { __lokus: { summary: { rank: Float64Array } } }
        ).__lokus.summary.rank.filter(Number.isFinite).length,
    );
    expect(ranked).toBe(243);
    await page.close();
  }, 90_000);

  it('still opens the synthetic sample when asked for it', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    expect(await page.locator('.badge.synthetic').isVisible()).toBe(true);
    await page.close();
  }, 90_000);

  it('switches from Demak to the synthetic sample with the dataset selector', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url);
    const n = await applied(page);
    await page.selectOption('#dataset', 'sample');
    await waitApplied(page, n + 1);
    expect(await page.locator('.badge.synthetic').isVisible()).toBe(true);
    expect(await page.locator('.dataset-name').textContent()).toContain('sintetis');
    await page.close();
  }, 90_000);
});
