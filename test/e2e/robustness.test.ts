/// <reference lib="dom" />
/**
 * The robustness layer: switching on "Peta peluang menjadi lokus" runs the analysis in a worker
 * (few draws here, to stay fast), fills the villages by their probability of being a locus, marks
 * the borderline ones, draws the Sobol bars, and shows a clicked village's probability and rank
 * interval. The probability shown equals `analyseRobustness` of `@lokus/core` in Node for that
 * village with the same scenario, spec and seed. With LOKUS_SCREENSHOTS=1 it writes
 * docs/screenshots/robustness.png (1440×900).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseRobustness } from '@lokus/core';
import { labelPoint } from '@lokus/geo';
import { openViewer, stateHash } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { sampleBoundaries, sampleTable } from './reference.ts';
import { viewerSession } from './session.ts';

const session = viewerSession({ enabled: process.env.CHROMIUM_PATH !== 'none' });
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Hooks {
  spec: Record<string, unknown> | null;
  scenario: unknown;
  finished: number;
  view: { codes: string[]; probability: Float64Array; flag: string[] } | null;
}

interface MapHandle {
  project(p: [number, number]): { x: number; y: number };
  getLayer(id: string): unknown;
  getContainer(): HTMLElement;
  getFeatureState(f: { source: string; id: string }): { pr?: number; bl?: number };
}

describe('robustness layer (synthetic sample)', () => {
  it("shows each village's probability of being a locus, equal to the core's", async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { print: () => void; __printed: number };
      w.__printed = 0;
      w.print = () => {
        w.__printed++;
      };
    });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    await page.locator('#robustness-draws').fill('300');
    await page.locator('#robustness-toggle').check();
    await page.waitForFunction(
      () => (window as unknown as { __lokusRobustness: Hooks }).__lokusRobustness.finished >= 1,
      null,
      { timeout: 120_000 },
    );
    const hooks = await page.evaluate(() => {
      const r = (window as unknown as { __lokusRobustness: Hooks }).__lokusRobustness;
      return { spec: r.spec, scenario: r.scenario, flag: r.view!.flag, codes: r.view!.codes };
    });
    expect(hooks.spec?.draws).toBe(300);

    // The same analysis in Node.
    const table = sampleTable();
    const want = analyseRobustness(table, hooks.scenario, { spec: hooks.spec }).result!;
    expect(hooks.codes).toEqual([...want.codes]);
    expect(hooks.flag).toEqual([...want.flag]);
    const row = want.flag.indexOf('borderline');
    expect(row).toBeGreaterThanOrEqual(0);
    const code = want.codes[row]!;

    // Click the borderline village and read its probability in the panel.
    const feature = sampleBoundaries().features.find((f) => f.properties?.kode === code)!;
    const point = labelPoint(feature.geometry as GeoJSON.Polygon);
    const at = await page.evaluate((p) => {
      const map = (window as unknown as { __lokus: { maps: { map: MapHandle }[] } }).__lokus
        .maps[0]!.map;
      const { x, y } = map.project(p);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    }, point);
    await page.mouse.click(at.x, at.y);
    const shown = page.locator('#robustness-probability');
    await expect.poll(() => shown.getAttribute('data-row'), { timeout: 30_000 }).toBe(String(row));
    expect(Number(await shown.getAttribute('data-probability'))).toBe(want.probability[row]);
    const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });
    expect(await shown.textContent()).toBe(percent.format(want.probability[row]!));
    const whole = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
    const rank = await page.locator('#robustness-rank').textContent();
    expect(rank).toContain(
      `${whole.format(want.rank!.low[row]!)}–${whole.format(want.rank!.high[row]!)}`,
    );

    // The layer is on the map with the village's probability and borderline mark.
    const state = await page.evaluate((id) => {
      const map = (window as unknown as { __lokus: { maps: { map: MapHandle }[] } }).__lokus
        .maps[0]!.map;
      return {
        layer: map.getLayer('probability-fill') !== undefined,
        state: map.getFeatureState({ source: 'robustness', id }),
      };
    }, code);
    expect(state.layer).toBe(true);
    expect(state.state).toEqual({ pr: want.probability[row], bl: 1 });
    const bars = await page
      .locator('#robustness-sobol rect.sobol-total[data-factor]')
      .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-factor')));
    expect(bars).toEqual(want.sobol!.indices.map((s) => s.factor));

    if (process.env.LOKUS_SCREENSHOTS === '1') {
      mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
      await page.locator('#robustness-panel').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(root, 'docs', 'screenshots', 'robustness.png') });
    }

    // The print view carries the borderline villages and why, thresholds stated.
    await page.locator('#export-toggle').click();
    await page.locator('#export-print').click();
    await page.waitForFunction(
      () => (window as unknown as { __printed: number }).__printed >= 1,
      null,
      { timeout: 180_000 },
    );
    const part = page.locator('#print-annex section.robustness');
    expect(await part.locator('h2').textContent()).toBe('Desa borderline dan alasannya');
    expect(await part.textContent()).toContain('terpilih pada sedikitnya 90% simulasi');
    const printed = await part
      .locator('tbody tr[data-code]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
    expect([...printed].sort()).toEqual(
      want.codes.filter((_, i) => want.flag[i] === 'borderline').sort(),
    );

    // A new setting restarts the analysis; the replaced one never shows up.
    const finished = await page.evaluate(
      () => (window as unknown as { __lokusRobustness: Hooks }).__lokusRobustness.finished,
    );
    await page.locator('#robustness-draws').fill('20000');
    await page.locator('#robustness-draws').press('Enter');
    await page.locator('#robustness-draws').fill('250');
    await page.locator('#robustness-draws').press('Enter');
    const drawsShown = () =>
      page.evaluate(() => {
        const r = (window as unknown as { __lokusRobustness: Hooks }).__lokusRobustness;
        return { finished: r.finished, draws: (r.view as { draws?: number } | null)?.draws };
      });
    await expect
      .poll(drawsShown, { timeout: 60_000 })
      .toEqual({ finished: finished + 1, draws: 250 });
    await page.waitForTimeout(2000);
    expect(await drawsShown()).toEqual({ finished: finished + 1, draws: 250 });
    await page.close();
  }, 240_000);
});
