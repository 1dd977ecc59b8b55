/// <reference lib="dom" />
/**
 * Truthful state: changing the dataset resets the selection, the detail, the comparison and the
 * scenario; the selector lists every district of the data directory and the sample.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applied, openViewer, stateHash, waitApplied } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { dataDir, decodeState, sampleDir } from './reference.ts';
import { viewerSession } from './session.ts';

const session = viewerSession(dataDir === undefined ? {} : { dataDir });

describe('truthful state', () => {
  it('switching the dataset clears the old detail, selection and comparison', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, {
      hash: dataDir ? '' : stateHash({ dataset: 'sample' }),
    });
    if (dataDir) {
      const options = await page
        .locator('#dataset option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(options).toEqual(['demak', 'kaur', 'lampung-tengah', 'pati', 'pekalongan', 'sample']);
    }
    await page.locator('#tab-table').click();
    await page.locator('.village-table tbody tr').first().click();
    const name = page.locator('.detail-panel .village-name');
    await name.waitFor();
    const old = await name.textContent();
    expect(decodeState(page.url()).selected).not.toBeNull();
    const n = await applied(page);
    if (dataDir) await page.selectOption('#dataset', 'pekalongan');
    else {
      await page.locator('#open-load').click();
      await page.setInputFiles('#load-table', {
        name: 'desa-baru.csv',
        mimeType: 'text/csv',
        buffer: readFileSync(join(sampleDir, 'villages.csv')),
      });
      await page.locator('#join-matched').waitFor();
      await page.locator('#load-use').click();
    }
    await waitApplied(page, n + 1);
    expect(await name.count()).toBe(0);
    expect(await page.locator('.detail-panel .hint').isVisible()).toBe(true);
    const state = decodeState(page.url());
    expect(state.selected).toBeNull();
    expect(state.scenarioB).toBeNull();
    expect(await page.locator('.village-table tr.highlighted').count()).toBe(0);
    expect(await page.locator('.dataset-name').textContent()).toContain(
      dataDir ? 'Pekalongan' : 'desa-baru.csv',
    );
    expect(old).not.toBe('');
    await page.close();
  }, 150_000);
});
