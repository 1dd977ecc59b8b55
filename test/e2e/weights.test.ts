/// <reference lib="dom" />
/**
 * Weights that cannot break the map: a slider drag on the default IDM scenario (nested weights)
 * keeps a coloured map with 25 loci, and an invalid edit keeps the last valid map with a notice
 * and a note beside the control that caused it.
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

/** Demak's default (IDM) when the data directory is there, else the sample with idm.yaml. */
function opening(): { hash: string; table: () => ReturnType<typeof sampleTable> } {
  if (dataDir) return { hash: '', table: () => idmTable('33.21.') };
  const file = join(import.meta.dirname, '..', '..', 'data', 'scenarios', 'idm.yaml');
  const scenario = readScenario(readFileSync(file, 'utf8')).value as Scenario;
  return { hash: stateHash({ dataset: 'sample', scenario }), table: sampleTable };
}

interface Hooks {
  summary: { ok: boolean; selectedCount: number; rank: Float64Array };
  shown: { selectedCount: number };
  legend: { items: { colour: string }[] }[];
  maps: {
    map: {
      getCanvas(): HTMLCanvasElement;
      queryRenderedFeatures(o: unknown): { id?: string | number }[];
      project(p: [number, number]): { x: number; y: number };
    };
  }[];
}

/** Share of drawn villages whose centre pixel shows a class colour (not grey, not blank). */
/**
 * Share of sampled map points drawn in a legend colour that a coloured map must exceed. A blank
 * (grey) map gives 0; on a coloured map the loci outlines, kecamatan lines and names take a fifth
 * to a third of the points on Demak (a third when the notice above the map and the legend strip
 * under it leave the district a smaller zoom: 0.67 measured).
 */
const COLOURED = 0.6;

function colouredShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const hooks = (window as unknown as { __lokus: Hooks }).__lokus;
    const map = hooks.maps[0]!.map;
    const items = hooks.legend[0]!.items.map((i) => i.colour);
    const classes = items.slice(0, -1).map((c) => {
      const n = Number.parseInt(c.slice(1, 7), 16);
      return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    });
    const gl = map.getCanvas();
    const c = document.createElement('canvas');
    c.width = gl.width;
    c.height = gl.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(gl, 0, 0);
    const ratio = gl.width / gl.clientWidth;
    const box = gl.getBoundingClientRect();
    let hits = 0;
    let total = 0;
    for (let y = 40; y < gl.clientHeight - 40; y += 37) {
      for (let x = 40; x < gl.clientWidth - 40; x += 37) {
        const here = map.queryRenderedFeatures([x, y] as never);
        if (here.length === 0) continue;
        // Points under the map's title box, legend or controls show those, not the fill.
        if (document.elementFromPoint(box.left + x, box.top + y) !== gl) continue;
        total++;
        const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
        if (classes.some((k) => k.every((v, i) => Math.abs(v - d[i]!) <= 12))) hits++;
      }
    }
    return total === 0 ? 0 : hits / total;
  });
}

describe('weights that cannot break the map', () => {
  it('a slider drag on the default scenario keeps a coloured map with 25 loci', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const { hash, table } = opening();
    await openViewer(page, session.server.url, { hash });
    const before = decodeState(page.url()).scenario as Scenario;
    expect(before.weights?.method).toBe('nested');
    const n = await applied(page);
    // Drag the IKE slider with the mouse, as an analyst would.
    await page.locator('#w-ike').scrollIntoViewIfNeeded();
    const box = (await page.locator('#w-ike').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.34, y);
    await page.mouse.down();
    for (const f of [0.4, 0.5, 0.6, 0.7]) await page.mouse.move(box.x + box.width * f, y);
    await page.mouse.up();
    await waitApplied(page, n + 1);
    await page.waitForFunction(
      () => !(window as unknown as { __lokus: { busy: boolean } }).__lokus.busy,
    );
    const after = decodeState(page.url()).scenario as Scenario;
    // Still nested over the same three indicators, IKE now heavier than the others.
    expect(after.weights?.method).toBe('nested');
    expect(after.indicators.map((i) => i.id)).toEqual(['iks', 'ike', 'ikl']);
    const dims = after.weights?.dimensions ?? {};
    expect(dims.IKE!).toBeGreaterThan(dims.IKS!);
    const summary = await page.evaluate(() => {
      const s = (window as unknown as { __lokus: Hooks }).__lokus.summary;
      return { ok: s.ok, selected: s.selectedCount, rank: Array.from(s.rank) };
    });
    expect(summary.ok).toBe(true);
    expect(summary.selected).toBe(25);
    expect(await page.locator('#summary-line').textContent()).toContain('25 lokus');
    expect(await page.locator('#map-notice').isHidden()).toBe(true);
    // The ranks on the page are core's for the scenario now in the URL.
    const reference = runScenario(table(), after);
    expect(summary.rank.map((r) => (Number.isFinite(r) ? r : null))).toEqual(
      Array.from(reference.stages!.ranked.rank, (r) => (Number.isFinite(r) ? r : null)),
    );
    expect(await colouredShare(page)).toBeGreaterThan(COLOURED);
    expect(await page.locator('#share-ike').textContent()).toMatch(/%/);
    await page.close();
  }, 120_000);

  it('an invalid edit keeps the last valid map, with a notice and a note beside the control', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: opening().hash });
    const n = await applied(page);
    await page.locator('#select-n').fill('-3');
    await page.locator('#select-n').dispatchEvent('change');
    await waitApplied(page, n + 1);
    const state = await page.evaluate(() => {
      const h = (window as unknown as { __lokus: Hooks }).__lokus;
      return { ok: h.summary.ok, shown: h.shown.selectedCount };
    });
    expect(state.ok).toBe(false);
    expect(state.shown).toBe(25);
    expect(await page.locator('#map-notice').isVisible()).toBe(true);
    expect(await page.locator('#summary-line').textContent()).toContain('25 lokus');
    const note = page.locator('.field-notes[data-anchor="select"] .field-note');
    expect(await note.count()).toBeGreaterThan(0);
    expect(await colouredShare(page)).toBeGreaterThan(COLOURED);
    await page.close();
  }, 120_000);
});
