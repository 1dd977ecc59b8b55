/// <reference lib="dom" />
/**
 * The single-file release opened from disk (`file://`, no server): it scores the sample, its
 * exported loci table matches `runScenario`, a real district's files load through the file
 * inputs, the agency assignment runs on the solver packed in the page as HiGHS does in Node, the
 * page's policy blocks an outside request, and no request leaves the machine.
 * With LOKUS_SCREENSHOTS=1 it writes docs/screenshots/single-file.png (a plain run leaves the
 * committed picture alone).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assignAgencies, loadSolver, planVillages, readAgencies, readSheet } from '@lokus/plan';
import {
  type Browser,
  launchBrowser,
  type Page,
  stateHash,
  waitApplied,
} from '@lokus/viewer/testing';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRelease, LOCAL_REQUEST } from './offlineRelease.ts';
import { load, OPD, pairsShown, RAT, solve } from './planPanel.ts';
import { dataDir, idmTable, referenceRun } from './reference.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
let browser: Browser | null = null;
let out = '';
let fileUrl = '';

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  out = buildRelease('single');
  fileUrl = pathToFileURL(join(out, 'lokus-viewer.html')).href;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

function requestLog(page: Page): { outside: () => string[] } {
  const all: string[] = [];
  page.on('request', (r) => all.push(r.url()));
  return { outside: () => all.filter((u) => !LOCAL_REQUEST.test(u)) };
}

async function exportCsv(page: Page): Promise<Record<string, string>[]> {
  await page.locator('#export-toggle').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#export-csv').click(),
  ]);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the single-file viewer from disk', () => {
  // Its size (target ≤ 5 MB) is measured by test/bench/viewerFile.bench.ts, not asserted here.
  it('is one file with nothing outside it and its policy in the page', (ctx) => {
    if (!browser) return ctx.skip();
    const html = readFileSync(join(out, 'lokus-viewer.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toMatch(/script-src 'self' blob: 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).toContain('Kabupaten Contoh (sintetis)');
    expect(html).not.toContain('__LOKUS_SCRIPT_HASHES__');
    expect(readFileSync(join(out, 'LIHAT-SAYA.txt'), 'utf8')).toContain('lokus-viewer.html');
  });

  it('scores the sample, exports the loci table and keeps every request on the machine', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const log = requestLog(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${fileUrl}${stateHash({ dataset: 'sample' })}`);
    await waitApplied(page, 1, 120_000);
    if (process.env.LOKUS_SCREENSHOTS === '1') {
      await page.screenshot({ path: join(screenshots, 'single-file.png') });
    }
    expect(page.url().startsWith('file://')).toBe(true);
    // The page started the scoring worker before its code loaded, and the app took that one over.
    const early = await page.evaluate(
      () => (window as unknown as { __lokusEarly?: Record<string, Worker> }).__lokusEarly,
    );
    expect(early).toEqual({});
    const records = await exportCsv(page);
    const result = referenceRun(page.url());
    expect(records.length).toBe(result.table.length);
    const s = result.stages!;
    const byCode = new Map(records.map((r) => [r.Kode, r]));
    result.table.code.forEach((code, i) => {
      const rank = s.ranked.rank[i]!;
      if (Number.isFinite(rank)) expect(Number(byCode.get(code)?.Peringkat), code).toBe(rank);
    });
    expect(records.filter((r) => r.Lokus === 'Ya').length).toBe(s.selected.count);
    // The same policy as served: an outside request from the page is refused.
    const tried = await page.evaluate(async () => {
      try {
        await fetch('https://tracker.example.net/collect');
        return 'fetched';
      } catch (e) {
        return String(e);
      }
    });
    expect(tried).toMatch(/TypeError/);
    expect(errors).toEqual([]);
    expect(log.outside()).toEqual([]);
    await page.close();
  }, 180_000);

  it('assigns agencies with the solver packed in the file, as HiGHS does in Node', async (ctx) => {
    if (!browser) return ctx.skip();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${fileUrl}${stateHash({ dataset: 'sample' })}`);
    await waitApplied(page, 1, 120_000);
    const dir = mkdtempSync(join(tmpdir(), 'lokus-single-plan-'));
    try {
      const rat = join(dir, 'rat.csv');
      const opd = join(dir, 'opd.csv');
      writeFileSync(rat, RAT);
      writeFileSync(opd, OPD);
      await load(page, '#plan-file', rat);
      await load(page, '#plan-agencies', opd);
      // The solver's WebAssembly is inflated from the page only now, on its first use.
      await solve(page, () => page.locator('#plan-assign').click());
      const villages = planVillages(referenceRun(page.url()));
      const agencies = readAgencies(
        await readSheet(readFileSync(opd), { file: 'opd.csv' }),
        villages,
      );
      const solved = assignAgencies(villages, agencies.agencies, await loadSolver());
      expect(solved.status).toBe('optimal');
      expect(solved.assignments.length).toBeGreaterThan(0);
      expect(await pairsShown(page)).toEqual(
        solved.assignments.map((a) => `${a.agency}|${a.village}`),
      );
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  }, 180_000);

  it('saves the district as a project file, reopens it and opens a data folder', async (ctx) => {
    if (!browser) return ctx.skip();
    const sample = join(import.meta.dirname, '..', '..', 'data', 'sample');
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const log = requestLog(page);
    // A folder picker that answers with the sample's two files (the native dialog cannot be
    // driven headless); the viewer reads them through the File System Access API's handle.
    const csv = readFileSync(join(sample, 'villages.csv'), 'utf8');
    const geojson = readFileSync(join(sample, 'villages.geojson'), 'utf8');
    await page.addInitScript(
      ({ csv, geojson }) => {
        const file = (text: string, name: string) => ({
          kind: 'file',
          getFile: async () => new File([text], name),
        });
        (window as unknown as { showDirectoryPicker: unknown }).showDirectoryPicker = async () => ({
          async *values() {
            yield file(geojson, 'villages.geojson');
            yield file('catatan', 'catatan.md');
            yield file(csv, 'villages.csv');
          },
        });
      },
      { csv, geojson },
    );
    await page.goto(`${fileUrl}${stateHash({ dataset: 'sample' })}`);
    await waitApplied(page, 1, 120_000);
    const name = await page.locator('#scenario-name').textContent();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('#project-toggle')
        .click()
        .then(() => page.locator('#save-project').click()),
    ]);
    const zipPath = await download.path();
    const zip = readFileSync(zipPath);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.includes('proyek.json')).toBe(true);
    expect(zip.includes('data/villages.csv')).toBe(true);
    expect(download.suggestedFilename()).toMatch(/\.lokus\.zip$/);
    // Reopened: the files go through the load dialog, then the scenario comes back.
    await page.setInputFiles('#project-input', zipPath);
    await page.locator('#join-matched').waitFor({ timeout: 60_000 });
    await page.locator('#load-use').click();
    await page.waitForFunction(
      (n) =>
        document.querySelector('#scenario-name')?.textContent === n &&
        (document.querySelector('#dataset') as HTMLSelectElement | null)?.value === 'upload',
      name,
      { timeout: 60_000 },
    );
    await waitApplied(page, 2, 120_000);
    // The data folder: the table and the boundaries are found by their names.
    await page
      .locator('#load-cancel')
      .click({ trial: true })
      .catch(() => {});
    await page.locator('#project-toggle').click();
    await page.locator('#open-folder').click();
    await page.locator('#join-matched').waitFor({ timeout: 60_000 });
    expect(await page.locator('.load-dialog').getAttribute('open')).not.toBeNull();
    expect(log.outside()).toEqual([]);
    await page.close();
  }, 240_000);

  it("loads a real district's files through the file inputs", async (ctx) => {
    if (!browser) return ctx.skip();
    if (!dataDir) {
      console.warn('offlineSingle: LOKUS_DATA_DIR unset, the real-district test is skipped');
      return ctx.skip();
    }
    const tmp = mkdtempSync(join(tmpdir(), 'lokus-demak-'));
    const text = readFileSync(join(dataDir, 'indicators', 'idm-2024.csv'), 'utf8');
    const lines = text.split(/\r?\n/);
    const kept = [lines[0], ...lines.slice(1).filter((l) => l.startsWith('33.21.'))];
    writeFileSync(join(tmp, 'idm-2024-demak.csv'), `${kept.join('\n')}\n`);
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const log = requestLog(page);
    await page.goto(fileUrl);
    await waitApplied(page, 1, 120_000);
    await page.locator('#open-load').click();
    await page.setInputFiles('#load-table', join(tmp, 'idm-2024-demak.csv'));
    await page.setInputFiles(
      '#load-boundaries',
      join(dataDir, 'boundaries', 'desa-3321-demak.geojson'),
    );
    await page.locator('#join-matched').waitFor({ timeout: 60_000 });
    await page.locator('#load-use').click();
    await waitApplied(page, 2, 120_000);
    expect(await page.locator('#dataset').inputValue()).toBe('upload');
    const records = await exportCsv(page);
    const table = idmTable('33.21.');
    expect(records.length).toBe(table.length);
    expect(new Set(records.map((r) => r.Kode))).toEqual(new Set(table.code));
    expect(records.filter((r) => r.Lokus === 'Ya').length).toBeGreaterThan(0);
    expect(log.outside()).toEqual([]);
    await page.close();
    rmSync(tmp, { recursive: true, force: true });
  }, 240_000);
});
