/// <reference lib="dom" />
/**
 * Say what it means in Bahasa Indonesia: a quota that cannot be met (N = 30, at most 2 per
 * kecamatan in Demak's 14 kecamatan → 28 loci) is explained beside the quota fields in Indonesian.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario, type Scenario } from '@lokus/core';
import { readScenario } from '@lokus/io';
import { applied, openViewer, type Page, stateHash, waitApplied } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { dataDir, decodeState, idmTable, sampleTable } from './reference.ts';
import { viewerSession } from './session.ts';

const session = viewerSession(dataDir === undefined ? {} : { dataDir });

function idmScenario(): Scenario {
  const file = join(import.meta.dirname, '..', '..', 'data', 'scenarios', 'idm.yaml');
  return readScenario(readFileSync(file, 'utf8')).value as Scenario;
}

async function setNumber(page: Page, id: string, value: string): Promise<void> {
  const n = await applied(page);
  await page.locator(id).fill(value);
  await page.locator(id).dispatchEvent('change');
  await waitApplied(page, n + 1);
}

describe('messages in Bahasa Indonesia', () => {
  it('a quota shortfall is shown in Indonesian beside the quota', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const table = dataDir ? idmTable('33.21.') : sampleTable();
    const kecamatan = new Set(table.kecamatan).size;
    await openViewer(page, session.server.url, {
      hash: dataDir ? '' : stateHash({ dataset: 'sample', scenario: idmScenario() }),
    });
    const target = 2 * kecamatan + 2;
    await setNumber(page, '#select-n', String(target));
    await setNumber(page, '#quota-max', '2');
    const scenario = decodeState(page.url()).scenario as Scenario;
    expect(scenario.select?.n).toBe(target);
    expect(scenario.select?.quota?.max).toBe(2);
    const expected = runScenario(table, scenario).stages!.selected.count;
    if (dataDir) expect(expected).toBe(28);
    expect(expected).toBeLessThan(target);
    const note = page.locator(
      '.field-notes[data-anchor="quota"] .field-note[data-code="QUOTA_IMPOSSIBLE"]',
    );
    await note.waitFor();
    const text = (await note.textContent()) ?? '';
    expect(text).toContain('Kuota paling banyak 2 lokus per kecamatan');
    expect(text).not.toMatch(/quota\.max|loci|short of/);
    expect(await page.locator('#summary-line').textContent()).toContain(`${expected} lokus`);
    // The diagnostics list speaks Indonesian too.
    const listed = await page
      .locator('.diagnostics li[data-code="QUOTA_IMPOSSIBLE"]')
      .first()
      .textContent();
    expect(listed).toContain('Kuota paling banyak');
    await page.close();
  }, 150_000);
});
