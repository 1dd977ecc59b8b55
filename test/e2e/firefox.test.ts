/// <reference lib="dom" />
/**
 * The single-file release opened from disk (`file://`) in headless Firefox (Debian's
 * `firefox-esr` through WebDriver BiDi): the sample map is drawn in colour with software WebGL,
 * its ranking is core's, a weight and the scenario change as in Chromium, the loci table is
 * exported, a data folder opens through the folder chooser Firefox offers instead of the File
 * System Access API, a real district's files load through the file inputs, the page says so when
 * the browser gives it no WebGL2, and no request leaves the machine (neither in the browser's own
 * network events nor at a proxy that every outside request of Firefox has to pass). Skips
 * without a Firefox binary, unless CI is set (then it fails).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runScenario, type ScenarioResult } from '@lokus/core';
import { stateHash } from '@lokus/viewer/testing';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applied,
  type Browser,
  downloaded,
  firefoxPath,
  inCi,
  launchFirefox,
  type OutsideRecorder,
  outsideRecorder,
  type Page,
  pageUrl,
  waitApplied,
} from './firefoxBrowser.ts';
import { buildRelease, LOCAL_REQUEST } from './offlineRelease.ts';
import { dataDir, decodeState, idmTable, referenceRun, sampleDir } from './reference.ts';

type Context = Awaited<ReturnType<Browser['createBrowserContext']>>;

let browser: Browser | null = null;
let context: Context | null = null;
let recorder: OutsideRecorder | null = null;
let out = '';
/** A scratch folder (removed after the tests) with Firefox's download folder in it. */
let work = '';
let downloads = '';
let fileUrl = '';
/** Every request the pages made, from the browser's network events (BiDi). */
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const executable = firefoxPath();
  if (!executable) {
    const why = 'firefox: no Firefox binary (apt-get install firefox-esr, or set FIREFOX_PATH)';
    if (inCi()) throw new Error(`${why}; CI is set, so the Firefox tests fail instead of skipping`);
    console.warn(`${why}; Firefox tests skipped`);
    return;
  }
  recorder = await outsideRecorder();
  // Firefox starts while the release is built.
  const launching = launchFirefox(executable, recorder.port);
  try {
    out = buildRelease('single');
  } catch (e) {
    await (await launching).close();
    throw e;
  }
  browser = await launching;
  work = mkdtempSync(join(tmpdir(), 'lokus-firefox-'));
  downloads = join(work, 'downloads');
  mkdirSync(downloads);
  context = await browser.createBrowserContext({
    downloadBehavior: { policy: 'allow', downloadPath: downloads },
  });
  fileUrl = pathToFileURL(join(out, 'lokus-viewer.html')).href;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await recorder?.close();
  for (const dir of [out, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const page = await context!.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return page;
}

interface PageRun {
  ok: boolean;
  rank: (number | null)[];
  score: (number | null)[];
  selected: number[];
  selectedCount: number;
}

function pageRun(page: Page): Promise<PageRun> {
  return page.evaluate(() => {
    const s = (window as unknown as { __lokus: { summary: Record<string, unknown> } }).__lokus
      .summary as unknown as {
      ok: boolean;
      rank: Float64Array;
      score: Float64Array;
      selected: Uint8Array;
      selectedCount: number;
    };
    const finite = (v: number) => (Number.isFinite(v) ? v : null);
    return {
      ok: s.ok,
      rank: Array.from(s.rank, finite),
      score: Array.from(s.score, finite),
      selected: Array.from(s.selected),
      selectedCount: s.selectedCount,
    };
  });
}

/** The page's run equals core's run in Node: ranks and loci exactly, scores to 1e-9. */
function expectCoreRun(run: PageRun, result: ScenarioResult): void {
  const s = result.stages!;
  expect(run.ok).toBe(true);
  expect(run.rank).toEqual(Array.from(s.ranked.rank, (r) => (Number.isFinite(r) ? r : null)));
  expect(run.selected).toEqual(Array.from(s.selected.selected));
  expect(run.selectedCount).toBe(s.selected.count);
  const scores = Array.from(s.aggregated.score);
  run.score.forEach((v, i) => {
    const want = scores[i]!;
    if (v === null) expect(Number.isFinite(want)).toBe(false);
    else expect(Math.abs(v - want)).toBeLessThan(1e-9);
  });
}

/**
 * Share of sampled map points in a legend colour: a blank or grey map gives 0 (as in
 * weights.test.ts; names, loci outlines and kecamatan lines take the rest).
 */
function colouredShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const hooks = (
      window as unknown as {
        __lokus: {
          legend: { items: { colour: string }[] }[];
          maps: {
            map: {
              getCanvas(): HTMLCanvasElement;
              queryRenderedFeatures(p: unknown): unknown[];
            };
          }[];
        };
      }
    ).__lokus;
    const map = hooks.maps[0]!.map;
    const classes = hooks.legend[0]!.items.slice(0, -1).map((i) => {
      const n = Number.parseInt(i.colour.slice(1, 7), 16);
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
        if (map.queryRenderedFeatures([x, y]).length === 0) continue;
        if (document.elementFromPoint(box.left + x, box.top + y) !== gl) continue;
        total++;
        const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
        if (classes.some((k) => k.every((v, i) => Math.abs(v - d[i]!) <= 12))) hits++;
      }
    }
    return total === 0 ? 0 : hits / total;
  });
}

/** Clicks the CSV export and reads the file Firefox saved. */
async function exportCsv(page: Page, name: RegExp): Promise<Record<string, string>[]> {
  await page.click('#export-toggle');
  await page.click('#export-csv');
  const file = await downloaded(downloads, name);
  // A choice closes the menu (its list would otherwise lie over the project menu's items).
  expect(
    await page.$eval('#export-toggle', (e) => (e.parentElement as HTMLDetailsElement).open),
  ).toBe(false);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  rmSync(file);
  return parsed.data;
}

/** Loci table rows against core's run: rank per code and the number of loci. */
function expectCoreTable(records: Record<string, string>[], result: ScenarioResult): void {
  const s = result.stages!;
  expect(records.length).toBe(result.table.length);
  const byCode = new Map(records.map((r) => [r.Kode, r]));
  result.table.code.forEach((code, i) => {
    const rank = s.ranked.rank[i]!;
    if (Number.isFinite(rank)) expect(Number(byCode.get(code)?.Peringkat), code).toBe(rank);
  });
  expect(records.filter((r) => r.Lokus === 'Ya').length).toBe(s.selected.count);
}

describe('the single-file viewer in Firefox', () => {
  let page: Page | null = null;

  it('opens from disk, colours the sample map and ranks it as core does', async (ctx) => {
    if (!context) return ctx.skip();
    page = await newPage();
    await page.goto(`${fileUrl}${stateHash({ dataset: 'sample' })}`);
    await waitApplied(page, 1, 120_000);
    const url = await pageUrl(page);
    expect(url.startsWith('file://')).toBe(true);
    expectCoreRun(await pageRun(page), referenceRun(url));
    // Software WebGL draws the villages in their class colours.
    expect(await colouredShare(page)).toBeGreaterThan(0.6);
    // The page's policy refuses an outside request, as in Chromium.
    const tried = await page.evaluate(async () => {
      try {
        await fetch('https://tracker.example.net/collect');
        return 'fetched';
      } catch (e) {
        return String(e);
      }
    });
    expect(tried).toMatch(/TypeError/);
  }, 180_000);

  it("moves a weight, then picks another example scenario: core's ranking each time", async (ctx) => {
    if (!page) return ctx.skip();
    const before = referenceRun(await pageUrl(page));
    let n = await applied(page);
    await page.$eval('.indicator.on input[type=range]', (el) => {
      const input = el as HTMLInputElement;
      input.value = '10';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitApplied(page, n + 1);
    const moved = referenceRun(await pageUrl(page));
    expect(Array.from(moved.stages!.ranked.rank)).not.toEqual(
      Array.from(before.stages!.ranked.rank),
    );
    expectCoreRun(await pageRun(page), moved);
    n = await applied(page);
    const idm = await page.$$eval('#example option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value).find((v) => v.endsWith('/idm.yaml')),
    );
    expect(idm).toBeDefined();
    await page.select('#example', idm!);
    await waitApplied(page, n + 1);
    const url = await pageUrl(page);
    expect((decodeState(url).scenario as { name: string }).name).toBe('Lokus berbasis IDM');
    expectCoreRun(await pageRun(page), referenceRun(url));
  }, 120_000);

  it('exports the loci table as core ranks it', async (ctx) => {
    if (!page) return ctx.skip();
    const records = await exportCsv(page, /^lokus-sample-.*\.csv$/);
    expectCoreTable(records, referenceRun(await pageUrl(page)));
  }, 60_000);

  it('saves the district as a project file and reopens it', async (ctx) => {
    if (!page) return ctx.skip();
    const name = await page.$eval('#scenario-name', (e) => e.textContent);
    await page.click('#project-toggle');
    await page.click('#save-project');
    const zip = await downloaded(downloads, /\.lokus\.zip$/);
    expect(readFileSync(zip).subarray(0, 2).toString('latin1')).toBe('PK');
    const n = await applied(page);
    // The project's files go through the load dialog (the viewer hands them to its file inputs
    // with a DataTransfer), then its scenario comes back.
    await (await page.$('input#project-input'))!.uploadFile(zip);
    await page.waitForSelector('#join-matched', { timeout: 60_000 });
    await page.click('#load-use');
    await page.waitForFunction(
      (want: string | null) =>
        document.querySelector('#scenario-name')?.textContent === want &&
        (document.querySelector('#dataset') as HTMLSelectElement | null)?.value === 'upload',
      { timeout: 60_000 },
      name,
    );
    await waitApplied(page, n + 1, 120_000);
    rmSync(zip);
  }, 180_000);

  it('opens a data folder through the folder chooser (no File System Access API here)', async (ctx) => {
    if (!page) return ctx.skip();
    expect(await page.evaluate(() => 'showDirectoryPicker' in window)).toBe(false);
    const n = await applied(page);
    await page.click('#project-toggle');
    const [chooser] = await Promise.all([
      page.waitForFileChooser({ timeout: 10_000 }),
      page.click('#open-folder'),
    ]);
    // The viewer's fallback: a multi-file folder input (`webkitdirectory`).
    expect(chooser.isMultiple()).toBe(true);
    await chooser.accept(
      ['indicators.json', 'villages.csv', 'villages.geojson'].map((f) => join(sampleDir, f)),
    );
    await page.waitForSelector('#join-matched', { timeout: 60_000 });
    expect(await page.$eval('#join-matched', (e) => e.textContent)).toContain('250');
    await page.click('#load-use');
    await waitApplied(page, n + 1, 120_000);
    expect(await page.$eval('#dataset', (e) => (e as HTMLSelectElement).value)).toBe('upload');
  }, 180_000);

  it("loads a real district's files through the file inputs", async (ctx) => {
    if (!page) return ctx.skip();
    if (!dataDir) {
      console.warn('firefox: LOKUS_DATA_DIR unset, the real-district test is skipped');
      return ctx.skip();
    }
    const lines = readFileSync(join(dataDir, 'indicators', 'idm-2024.csv'), 'utf8').split(/\r?\n/);
    const kept = [lines[0], ...lines.slice(1).filter((l) => l.startsWith('33.21.'))];
    writeFileSync(join(work, 'idm-2024-demak.csv'), `${kept.join('\n')}\n`);
    const n = await applied(page);
    await page.click('#open-load');
    await (await page.$('input#load-table'))!.uploadFile(join(work, 'idm-2024-demak.csv'));
    await (await page.$('input#load-boundaries'))!.uploadFile(
      join(dataDir, 'boundaries', 'desa-3321-demak.geojson'),
    );
    // Every row of the district's table finds its boundary (the report still shows the last
    // upload's count until both files are read).
    const table = idmTable('33.21.');
    await page.waitForFunction(
      (rows: number) =>
        document.querySelector('#join-matched')?.textContent?.startsWith(`${rows} `) === true,
      { timeout: 60_000 },
      table.length,
    );
    await page.click('#load-use');
    await waitApplied(page, n + 1, 120_000);
    const result = runScenario(table, decodeState(await pageUrl(page)).scenario);
    const records = await exportCsv(page, /^lokus-upload-.*\.csv$/);
    expect(new Set(records.map((r) => r.Kode))).toEqual(new Set(table.code));
    expectCoreTable(records, result);
    expect(result.stages!.selected.count).toBeGreaterThan(0);
  }, 240_000);

  it('says so when the browser gives it no WebGL2', async (ctx) => {
    if (!context) return ctx.skip();
    const bare = await newPage();
    // A Firefox with WebGL turned off (webgl.disabled) or without a usable driver.
    await bare.evaluateOnNewDocument(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args) {
        return /webgl/.test(String(args[0])) ? null : get.apply(this, args as never);
      } as typeof get;
    });
    await bare.goto(fileUrl);
    await bare.waitForFunction(() => /WebGL2/.test(document.body.textContent ?? ''), {
      timeout: 60_000,
    });
    await bare.close();
  }, 90_000);

  it('keeps every request on the machine', async (ctx) => {
    if (!page || !recorder) return ctx.skip();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !LOCAL_REQUEST.test(u))).toEqual([]);
    expect(recorder.seen).toEqual([]);
    // Firefox reports the refused fetch of the first test as a page error; nothing else failed.
    const refused = /^Error: Content-Security-Policy: .*tracker\.example\.net\/collect/;
    expect(pageErrors.some((e) => refused.test(e))).toBe(true);
    expect(pageErrors.filter((e) => !refused.test(e))).toEqual([]);
    // The proxy does hear an outside request when one is made (a navigation, which the page's
    // policy does not govern).
    await page.goto('http://outside.example/').catch(() => {});
    expect(recorder.seen).toContain('GET http://outside.example/');
    await page.close();
  }, 60_000);
});
