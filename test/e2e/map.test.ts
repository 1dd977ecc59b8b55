/// <reference lib="dom" />
import { clusterMap, joinByCode, labelPoint, queenWeights } from '@lokus/geo';
import { applied, openViewer, type Page, stateHash, waitApplied } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { referenceRun, sampleBoundaries } from './reference.ts';
import { viewerSession } from './session.ts';

const session = viewerSession({ enabled: process.env.CHROMIUM_PATH !== 'none' });

interface Hooks {
  legend: { items: { colour: string }[] }[];
  summary: { rank: Float64Array; selected: Uint8Array; classes: { k: number } | null };
}

/** Unique village ids drawn on the fill layer. */
function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (
      window as unknown as {
        __lokus: {
          maps: { map: { queryRenderedFeatures: (o: unknown) => { id?: string | number }[] } }[];
        };
      }
    ).__lokus.maps[0]!.map;
    const ids = map.queryRenderedFeatures({ layers: ['village-fill'] }).map((f) => String(f.id));
    return [...new Set(ids)];
  });
}

/** RGB of the map canvas at each [lon, lat] (read back through a 2D canvas). */
function pixelsAt(page: Page, points: readonly (readonly [number, number])[]): Promise<number[][]> {
  return page.evaluate(
    (pts) => {
      const map = (
        window as unknown as {
          __lokus: {
            maps: {
              map: {
                getCanvas: () => HTMLCanvasElement;
                project: (p: [number, number]) => { x: number; y: number };
              };
            }[];
          };
        }
      ).__lokus.maps[0]!.map;
      const gl = map.getCanvas();
      const c = document.createElement('canvas');
      c.width = gl.width;
      c.height = gl.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(gl, 0, 0);
      const ratio = gl.width / gl.clientWidth;
      return pts.map((p) => {
        const { x, y } = map.project([p[0], p[1]]);
        const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
        return [d[0]!, d[1]!, d[2]!];
      });
    },
    points as [number, number][],
  );
}

function hex(rgb: readonly number[]): string {
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function close(a: string, b: readonly number[], tol = 10): boolean {
  const n = Number.parseInt(a.slice(1), 16);
  const want = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return want.every((v, i) => Math.abs(v - b[i]!) <= tol);
}

/** For each sampled village: does its pixel show the legend colour of the class core gives it? */
async function colourMatches(page: Page, url: string, codes: readonly string[]): Promise<number> {
  const result = referenceRun(url);
  const k = result.stages!.classes.k;
  const legend = await page.evaluate(() =>
    (window as unknown as { __lokus: Hooks }).__lokus.legend[0]!.items.map((i) => i.colour),
  );
  // The legend lists the classes from the highest down, then "no data".
  const colourOfClass = (c: number) => (c < 0 ? legend[legend.length - 1]! : legend[k - 1 - c]!);
  const fc = sampleBoundaries();
  const byCode = new Map(fc.features.map((f) => [String(f.properties?.kode), f]));
  const points = codes.map(
    (code) => labelPoint(byCode.get(code)!.geometry as GeoJSON.Polygon) as [number, number],
  );
  const pixels = await pixelsAt(page, points);
  let ok = 0;
  codes.forEach((code, j) => {
    const row = result.table.code.indexOf(code);
    if (close(colourOfClass(result.stages!.classes.classOf[row]!), pixels[j]!)) ok++;
    else
      console.warn(
        `pixel ${code}: ${hex(pixels[j]!)} vs ${colourOfClass(result.stages!.classes.classOf[row]!)}`,
      );
  });
  return ok;
}

describe('viewer map (synthetic sample)', () => {
  it('opens the sample and draws every village in the colour of its class', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const fc = sampleBoundaries();
    const ids = await renderedIds(page);
    expect(ids.length).toBe(fc.features.length);
    expect(await page.locator('.badge.synthetic').isVisible()).toBe(true);
    const codes = fc.features.filter((_, i) => i % 8 === 0).map((f) => String(f.properties?.kode));
    const ok = await colourMatches(page, page.url(), codes);
    expect(ok).toBeGreaterThanOrEqual(Math.ceil(codes.length * 0.9));
    await page.close();
  }, 90_000);

  it('switching the colouring to selection and back repaints every village correctly', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const result = referenceRun(page.url());
    const fc = sampleBoundaries();
    const codes = fc.features.filter((_, i) => i % 8 === 0).map((f) => String(f.properties?.kode));
    const idle = (): Promise<void> =>
      page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const map = (
              window as unknown as {
                __lokus: {
                  maps: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } }[];
                };
              }
            ).__lokus.maps[0]!.map;
            map.once('idle', () => resolve());
            map.triggerRepaint();
          }),
      );
    await page.selectOption('#fill', 'selection');
    await idle();
    // Selected and unselected villages now differ in colour, following the core's selection.
    const points = codes.map((code) => {
      const f = fc.features.find((x) => String(x.properties?.kode) === code)!;
      return labelPoint(f.geometry as GeoJSON.Polygon) as [number, number];
    });
    const pixels = await pixelsAt(page, points);
    const byState = new Map<number, Set<string>>();
    codes.forEach((code, j) => {
      const sel = result.stages!.selected.selected[result.table.code.indexOf(code)]!;
      if (!byState.has(sel)) byState.set(sel, new Set());
      byState.get(sel)!.add(hex(pixels[j]!));
    });
    const selectedColours = byState.get(1) ?? new Set();
    const otherColours = byState.get(0) ?? new Set();
    expect(selectedColours.size).toBeGreaterThan(0);
    expect(otherColours.size).toBeGreaterThan(0);
    for (const c of selectedColours) expect(otherColours.has(c)).toBe(false);
    await page.selectOption('#fill', 'class');
    await idle();
    expect(await colourMatches(page, page.url(), codes)).toBeGreaterThanOrEqual(
      Math.ceil(codes.length * 0.9),
    );
    await page.close();
  }, 90_000);

  it('the LISA overlay shows the clusters @lokus/geo computes for the scores', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    await page.selectOption('#overlay', 'lisa');
    await page.waitForFunction(
      () => (window as unknown as { __lokus: { spatial: unknown } }).__lokus.spatial !== null,
      null,
      { timeout: 60_000 },
    );
    const shown = await page.evaluate(() =>
      Array.from(
        (window as unknown as { __lokus: { spatial: { lisa: Int8Array } } }).__lokus.spatial.lisa,
      ),
    );
    const result = referenceRun(page.url());
    const fc = sampleBoundaries();
    const { rowOfFeature } = joinByCode(result.table, fc);
    const expected = clusterMap(
      result.stages!.aggregated.score,
      queenWeights(fc.features as never),
      rowOfFeature,
    );
    expect(shown).toEqual(Array.from(expected.lisa));
    expect(shown.some((c) => c > 0)).toBe(true);
    const legend = await page.evaluate(
      () => (window as unknown as { __lokus: { legend: unknown[] } }).__lokus.legend.length,
    );
    expect(legend).toBe(2);
    await page.close();
  }, 90_000);

  it('moving a weight slider re-ranks and re-colours the map', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const before = referenceRun(page.url());
    const slider = page.locator('.indicator.on input[type=range]').first();
    const n = await applied(page);
    await slider.fill('10');
    await waitApplied(page, n + 1);
    const after = referenceRun(page.url());
    const rankOnPage = await page.evaluate(() =>
      Array.from((window as unknown as { __lokus: Hooks }).__lokus.summary.rank),
    );
    // The page's ranking is core's ranking for the scenario now in the URL, and it changed.
    expect(rankOnPage.map((r) => (Number.isFinite(r) ? r : null))).toEqual(
      Array.from(after.stages!.ranked.rank, (r) => (Number.isFinite(r) ? r : null)),
    );
    expect(Array.from(after.stages!.ranked.rank)).not.toEqual(
      Array.from(before.stages!.ranked.rank),
    );
    const changed = before.table.code.filter(
      (_, i) => before.stages!.classes.classOf[i] !== after.stages!.classes.classOf[i],
    );
    expect(changed.length).toBeGreaterThan(0);
    const sample = changed.slice(0, 20);
    expect(await colourMatches(page, page.url(), sample)).toBeGreaterThanOrEqual(
      Math.ceil(sample.length * 0.9),
    );
    await page.close();
  }, 90_000);

  it('a shared URL reopens the same scenario, view and selected village', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const n = await applied(page);
    await page.locator('.indicator.on input[type=range]').nth(1).fill('6');
    await waitApplied(page, n + 1);
    await page.selectOption('#fill', 'rank');
    await page.locator('#tab-table').click();
    await page.locator('.village-table tbody tr').nth(3).click();
    await page.locator('.detail-panel .village-name').waitFor();
    const name = await page.locator('.detail-panel .village-name').textContent();
    const rank = await page.locator('.detail-panel .rank').textContent();
    const shared = page.url();
    const again = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openViewer(again, shared);
    await again.locator('.detail-panel .village-name').waitFor();
    expect(await again.locator('.detail-panel .village-name').textContent()).toBe(name);
    expect(await again.locator('.detail-panel .rank').textContent()).toBe(rank);
    expect(await again.locator('#fill').inputValue()).toBe('rank');
    expect(await again.locator('#tab-table').getAttribute('aria-pressed')).toBe('true');
    const ranksA = await page.evaluate(() =>
      Array.from((window as unknown as { __lokus: Hooks }).__lokus.summary.rank),
    );
    const ranksB = await again.evaluate(() =>
      Array.from((window as unknown as { __lokus: Hooks }).__lokus.summary.rank),
    );
    expect(ranksB).toEqual(ranksA);
    await page.close();
    await again.close();
  }, 90_000);
});
