/// <reference lib="dom" />
/**
 * The viewer on a phone (390×844) and a tablet (768×1024), with touch: the map comes first and
 * fills the column; a tap on a village opens its detail as a sheet; the loci list and the
 * scenario open from the bar and close with their button or Escape; one finger pans and two
 * fingers zoom the map; a link made on a laptop opens the same state on a phone. With
 * LOKUS_SCREENSHOTS=1 it writes docs/screenshots/mobile-*.png and tablet-*.png.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelPoint } from '@lokus/geo';
import { type Browser, openViewer, type Page, stateHash } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { decodeState, referenceRun, sampleBoundaries } from './reference.ts';
import { viewerSession } from './session.ts';

const session = viewerSession({ enabled: process.env.CHROMIUM_PATH !== 'none' });
const shots = process.env.LOKUS_SCREENSHOTS === '1';
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

interface MapHandle {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getCanvas(): HTMLCanvasElement;
  project(p: [number, number]): { x: number; y: number };
  once(e: string, f: () => void): void;
  triggerRepaint(): void;
}
type Win = { __lokus: { maps: { map: MapHandle }[] } };

async function touchPage(browser: Browser, viewport: typeof PHONE): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1,
  });
  return context.newPage();
}

async function openSample(page: Page, extra: Record<string, unknown> = {}): Promise<void> {
  await openViewer(page, session.server!.url, { hash: stateHash({ dataset: 'sample', ...extra }) });
  await idle(page);
}

/** Waits until map A has drawn everything. */
function idle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (window as unknown as Win).__lokus.maps[0]!.map;
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
  );
}

function camera(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (window as unknown as Win).__lokus.maps[0]!.map;
    return { ...map.getCenter(), zoom: map.getZoom() };
  });
}

/** Page coordinates of a [lon, lat] on map A. */
function pagePoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((p) => {
    const map = (window as unknown as Win).__lokus.maps[0]!.map;
    const box = map.getCanvas().getBoundingClientRect();
    const q = map.project(p);
    return { x: box.left + q.x, y: box.top + q.y };
  }, lonLat);
}

/** The sample village ranked first by the scenario of the page's URL, with its label point. */
function firstLocus(url: string) {
  const result = referenceRun(url);
  const row = result.stages!.ranked.order[0]!;
  const code = result.table.code[row]!;
  const name = result.table.name[row]!;
  const feature = sampleBoundaries().features.find((f) => String(f.properties?.kode) === code)!;
  const point = labelPoint(feature.geometry as GeoJSON.Polygon) as [number, number];
  return { code, name, point };
}

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(out, { recursive: true });
  await idle(page);
  await page.screenshot({ path: join(out, `${name}.png`) });
}

/** A finger drags from the middle of `b` 120 px down. */
async function dragDown(page: Page, b: { x: number; y: number; width: number; height: number }) {
  const cdp = await page.context().newCDPSession(page);
  const x = b.x + b.width / 2;
  const y = b.y + b.height / 2;
  const at = (dy: number) => [{ x, y: y + dy, id: 0 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= 6; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i * 20) });
  // The finger rests before it lifts: a release still moving starts a fling, and the browser
  // spends the next tap on stopping that fling (as on a phone), not on a click.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(120) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Polls for up to 30 s: on a loaded machine a software-WebGL frame can hold the page for seconds. */
const poll = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 30_000, interval: 200 });

const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

describe('viewer on phones and tablets (synthetic sample)', () => {
  it('phone: the map fills the column; a tap opens the detail; the list and the scenario open from the bar and close', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await touchPage(session.browser, PHONE);
    await openSample(page);
    const map = await box(page, '#map-a');
    expect(map.width).toBe(PHONE.width);
    expect(map.height).toBeGreaterThan(PHONE.height * 0.6);
    for (const s of ['aside.left', 'aside.right', '.table-panel'])
      expect(await page.locator(s).isVisible()).toBe(false);
    // Legend entries keep one line each (no word per line).
    const heights = await page
      .locator('.legend li')
      .evaluateAll((li) => li.map((e) => e.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(2);
    expect(Math.max(...heights)).toBeLessThan(20);
    await shot(page, 'mobile-map');

    const locus = firstLocus(page.url());
    const p = await pagePoint(page, locus.point);
    await page.touchscreen.tap(p.x, p.y);
    const sheet = page.locator('aside.right.sheet-open');
    await poll(() => sheet.locator('.village-name').textContent()).toBe(locus.name);
    expect(await sheet.locator('.village-meta').textContent()).toContain(locus.code);
    expect(await sheet.locator('.facts .rank').textContent()).toMatch(/^1 dari 250/);
    expect(await sheet.getAttribute('role')).toBe('dialog');
    expect(await page.locator('#sheet-open-detail').getAttribute('aria-expanded')).toBe('true');
    await poll(() => decodeState(page.url()).selected).toBe(locus.code);
    // The sheet is on screen, the map still above it.
    const s = await box(page, 'aside.right');
    expect(s.y + s.height).toBeLessThanOrEqual(PHONE.height);
    expect((await box(page, '#map-a')).height).toBeGreaterThan(150);
    await shot(page, 'mobile-detail');

    await page.locator('aside.right .sheet-close').tap();
    await poll(() => page.locator('aside.right').isVisible()).toBe(false);
    await poll(() => decodeState(page.url()).selected ?? null).toBeNull();

    await page.locator('#sheet-open-scenario').tap();
    const scenario = page.locator('aside.left');
    await poll(() => scenario.isVisible()).toBe(true);
    expect(await scenario.getAttribute('role')).toBe('dialog');
    expect(await scenario.locator('input[type="range"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.closest('aside.left') !== null)).toBe(
      true,
    );
    await shot(page, 'mobile-scenario');
    // The handle: ArrowUp opens the sheet to full height, a finger dragging it down brings it
    // back to half height, a second drag closes it.
    const handle = scenario.locator('.sheet-handle');
    const half = (await box(page, 'aside.left')).height;
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await poll(async () => (await box(page, 'aside.left')).height).toBeGreaterThan(half);
    await dragDown(page, await box(page, 'aside.left .sheet-handle'));
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await dragDown(page, await box(page, 'aside.left .sheet-handle'));
    await poll(() => scenario.isVisible()).toBe(false);
    // Escape closes a sheet and gives the focus back to the button that opened it.
    await page.locator('#sheet-open-scenario').tap();
    await poll(() => scenario.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => scenario.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sheet-open-scenario');

    await page.locator('#sheet-open-list').tap();
    const list = page.locator('.table-panel');
    await poll(() => list.isVisible()).toBe(true);
    expect(await page.locator('#map-a').isVisible()).toBe(true);
    await poll(() => decodeState(page.url()).view).toBe('table');
    const first = list.locator('tbody tr').first();
    expect(await first.getAttribute('data-code')).toBe(locus.code);
    await shot(page, 'mobile-list');
    await first.tap();
    await poll(() => page.locator('aside.right.sheet-open .village-name').textContent()).toBe(
      locus.name,
    );
    expect(await list.isVisible()).toBe(false);
    await page.context().close();
  });

  it('phone: one finger pans and two fingers zoom the map', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await touchPage(session.browser, PHONE);
    await openSample(page);
    const m = await box(page, '#map-a canvas');
    const cx = m.x + m.width / 2;
    const cy = m.y + m.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = async (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      points: [number, number][],
    ) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    const before = await camera(page);
    await touch('touchStart', [[cx, cy]]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [[cx + i * 10, cy]]);
    await touch('touchEnd', []);
    await idle(page);
    const panned = await camera(page);
    expect(panned.lng).toBeLessThan(before.lng);
    expect(panned.zoom).toBeCloseTo(before.zoom, 5);

    await touch('touchStart', [
      [cx - 30, cy],
      [cx + 30, cy],
    ]);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        [cx - 30 - i * 12, cy],
        [cx + 30 + i * 12, cy],
      ]);
    await touch('touchEnd', []);
    await idle(page);
    expect((await camera(page)).zoom).toBeGreaterThan(panned.zoom + 0.3);
    await page.context().close();
  });

  it('a link made on a laptop opens the same village, scenario and camera on a phone', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const laptop = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openSample(laptop, { fill: 'rank' });
    await laptop.locator('#tab-table').click();
    await laptop.locator('.village-table tbody tr').nth(2).click();
    await laptop.locator('#tab-map').click();
    await poll(() => laptop.locator('.detail-panel .village-name').count()).toBe(1);
    await idle(laptop);
    const link = laptop.url();
    const sent = decodeState(link);
    const name = await laptop.locator('.detail-panel .village-name').textContent();
    expect(sent.selected).toBeTruthy();
    await laptop.close();

    const page = await touchPage(session.browser, PHONE);
    await page.goto(link);
    await expect
      .poll(() => page.locator('aside.right.sheet-open .village-name').textContent(), {
        timeout: 60_000,
      })
      .toBe(name);
    await idle(page);
    const got = decodeState(page.url());
    for (const key of ['dataset', 'scenario', 'selected', 'fill', 'view'])
      expect(got[key], key).toEqual(sent[key]);
    const c = await camera(page);
    const want = sent.camera as { center: [number, number]; zoom: number };
    expect(c.lng).toBeCloseTo(want.center[0], 4);
    expect(c.lat).toBeCloseTo(want.center[1], 4);
    expect(c.zoom).toBeCloseTo(want.zoom, 4);
    await page.context().close();
  });

  it('tablet: the map first, full width; a tap opens the detail and the list opens beside it', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await touchPage(session.browser, TABLET);
    await openSample(page);
    const map = await box(page, '#map-a');
    expect(map.width).toBe(TABLET.width);
    expect(map.height).toBeGreaterThan(TABLET.height * 0.6);
    await shot(page, 'tablet-map');
    const locus = firstLocus(page.url());
    const p = await pagePoint(page, locus.point);
    await page.touchscreen.tap(p.x, p.y);
    await poll(() => page.locator('aside.right.sheet-open .village-name').textContent()).toBe(
      locus.name,
    );
    await shot(page, 'tablet-detail');
    await page.locator('#sheet-open-list').tap();
    await poll(() => page.locator('.table-panel').isVisible()).toBe(true);
    await shot(page, 'tablet-list');
    await page.context().close();
  });
});
