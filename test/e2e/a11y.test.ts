/// <reference lib="dom" />
/**
 * Automated WCAG 2.1 A/AA checks (axe-core, run inside the page) of the viewer at a laptop's
 * 1440×900, a tablet's 768×1024 and a phone's 390×844: the map with a village's detail, the
 * table or loci list, the scenario editor and the comparison. No violation is allowed; a failure
 * lists each rule with the elements it found.
 */
import { createRequire } from 'node:module';
import { type Browser, openViewer, type Page, stateHash } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { viewerSession } from './session.ts';

const session = viewerSession({ enabled: process.env.CHROMIUM_PATH !== 'none' });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe on the page as it is now; returns one line per violation. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } })
      .axe;
    const r = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: Violation[];
    };
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, TAGS);
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

async function open(
  browser: Browser,
  viewport: { width: number; height: number },
  touch: boolean,
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    hasTouch: touch,
    isMobile: touch,
    deviceScaleFactor: 1,
    // The viewer's Content-Security-Policy forbids inline scripts; axe is injected as one.
    bypassCSP: true,
  });
  const page = await context.newPage();
  await openViewer(page, session.server!.url, { hash: stateHash({ dataset: 'sample' }) });
  return page;
}

/** Selects the first village of the table (by the table on wide screens, the list on narrow). */
async function selectFirst(page: Page, narrow: boolean): Promise<void> {
  await page.locator(narrow ? '#sheet-open-list' : '#tab-table').click();
  await page.locator('.village-table tbody tr').first().click();
  if (!narrow) await page.locator('#tab-map').click();
  await page.locator('.detail-panel .village-name').waitFor();
}

const SIZES = [
  { name: 'laptop 1440×900', viewport: { width: 1440, height: 900 }, narrow: false },
  { name: 'tablet 768×1024', viewport: { width: 768, height: 1024 }, narrow: true },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, narrow: true },
] as const;

describe('WCAG A/AA (axe-core)', () => {
  for (const size of SIZES) {
    it(`${size.name}: map and detail, table or list, scenario, comparison`, async (ctx) => {
      if (!session.browser || !session.server) return ctx.skip();
      const page = await open(session.browser, size.viewport, size.narrow);
      const seen: Record<string, string[]> = {};
      seen.map = await violations(page);
      if (size.narrow) {
        await page.locator('#sheet-open-list').click();
        await page.locator('.table-panel tbody tr').first().waitFor();
        seen.list = await violations(page);
        await page.locator('.village-table tbody tr').first().click();
        await page.locator('aside.right.sheet-open .village-name').waitFor();
        seen.detail = await violations(page);
        await page.locator('#sheet-open-scenario').click();
        await page.locator('aside.left.sheet-open').waitFor();
        seen.scenario = await violations(page);
      } else {
        await page.locator('#tab-table').click();
        await page.locator('.village-table tbody tr').first().waitFor();
        seen.table = await violations(page);
        await selectFirst(page, false);
        seen.detail = await violations(page);
      }
      await page.locator('#tab-compare').click();
      await page.waitForFunction(
        () => (window as unknown as { __lokus: { comparison: unknown } }).__lokus.comparison,
        undefined,
        { timeout: 60_000 },
      );
      seen.compare = await violations(page);
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
      // The check can fail: an unlabelled control is found.
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.id = 'a11y-probe';
        document.body.append(input);
      });
      expect((await violations(page)).some((v) => v.startsWith('label'))).toBe(true);
      await page.context().close();
    });
  }
});
