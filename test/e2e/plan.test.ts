/// <reference lib="dom" />
/**
 * The viewer's action-plan layer: an action plan loaded through the file input is read in the
 * scoring worker with `@lokus/plan`; the "Rencana aksi" layer marks the loci without a programme,
 * and their number and codes equal `planCoverage` run in Node on the same files and the same
 * scenario; the village detail lists the programmes; a bad plan gives the coded diagnostics
 * naming file, row, column and value; the agency assignment (HiGHS in the browser) equals the
 * one solved in Node; the CSV export and the print annex carry the plan. On real Demak
 * (LOKUS_DATA_DIR) the illustrative plan of data/examples is loaded too; with
 * LOKUS_SCREENSHOTS=1 that view is written to docs/screenshots/plan-layer.png (1440×900).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quantile, runScenario, type VillageTable } from '@lokus/core';
import { labelPoint } from '@lokus/geo';
import {
  assignAgencies,
  loadSolver,
  planCoverage,
  planVillages,
  readAgencies,
  readPlan,
  readSheet,
} from '@lokus/plan';
import { openViewer, type Page, stateHash } from '@lokus/viewer/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD, load, type MapWindow, OPD, pairsShown, RAT, solve } from './planPanel.ts';
import { dataDir, decodeState, idmTable, sampleBoundaries, sampleTable } from './reference.ts';
import { viewerSession } from './session.ts';

const session = viewerSession({
  enabled: process.env.CHROMIUM_PATH !== 'none',
  ...(dataDir === undefined ? {} : { dataDir }),
});
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'lokus-plan-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes a file into the test's folder and returns its path. */
function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** The plan read in Node on the scenario of the page's URL. */
async function nodeCoverage(page: Page, table: VillageTable, path: string, name: string) {
  const result = runScenario(table, decodeState(page.url()).scenario);
  const villages = planVillages(result);
  const plan = readPlan(await readSheet(readFileSync(path), { file: name }), villages);
  return { villages, plan, coverage: planCoverage(plan, villages) };
}

/** Codes drawn as "locus without a programme" (feature-state pl = 2) by the plan layer. */
function uncoveredDrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as MapWindow).__lokus.maps[0]!.map;
    const ids = map
      .queryRenderedFeatures({ layers: ['plan-fill'] })
      .filter((f) => f.state.pl === 2)
      .map((f) => String(f.id));
    return [...new Set(ids)].sort();
  });
}

async function clickVillage(page: Page, code: string): Promise<void> {
  const feature = sampleBoundaries().features.find((f) => f.properties?.kode === code)!;
  const point = labelPoint(feature.geometry as GeoJSON.Polygon);
  const at = await page.evaluate((p) => {
    const map = (window as unknown as MapWindow).__lokus.maps[0]!.map;
    const { x, y } = map.project(p);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, point);
  await page.mouse.click(at.x, at.y);
}

describe('action plan layer (synthetic sample)', () => {
  it('marks the loci without a programme as planCoverage does and lists the programmes', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      window.print = () => {};
    });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const rat = file('rat.csv', RAT);
    await load(page, '#plan-file', rat);
    const want = await nodeCoverage(page, sampleTable(), rat, 'rat.csv');
    expect(want.coverage.uncovered.length).toBeGreaterThan(0);
    expect(want.coverage.totals.lociCovered).toBeGreaterThan(0);

    // The panel and the map show the same loci without a programme as Node.
    const covered = page.locator('#plan-covered');
    expect(Number(await covered.getAttribute('data-uncovered'))).toBe(
      want.coverage.uncovered.length,
    );
    const listed = await page
      .locator('#plan-uncovered li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(listed).toEqual(want.coverage.uncovered);
    expect(await page.locator('#plan-toggle').isChecked()).toBe(true);
    await page.waitForFunction(() => {
      const map = (window as unknown as MapWindow).__lokus.maps[0]!.map;
      return map.queryRenderedFeatures({ layers: ['plan-fill'] }).some((f) => f.state.pl === 2);
    });
    expect(await uncoveredDrawn(page)).toEqual(want.coverage.uncovered);

    // Coloured by budget: each locus with a programme is drawn in core's quantile class of its
    // budget, the legend gives the classes' bounds in rupiah, the uncovered loci stay marked.
    await page.locator('#plan-colour').selectOption('budget');
    const funded = want.coverage.loci.filter((l) => l.rows.length > 0);
    const classes = quantile(
      funded.map((l) => l.budget),
      Math.min(4, funded.length),
    );
    expect(classes.k).toBeGreaterThan(1);
    const wantClass = Object.fromEntries(funded.map((l, i) => [l.code, classes.classOf[i]! + 1]));
    const drawnClass = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).__lokus.maps[0]!.map;
      const out: Record<string, number> = {};
      for (const f of map.queryRenderedFeatures({ layers: ['plan-fill'] }))
        if ((f.state.pb ?? 0) > 0) out[String(f.id)] = f.state.pb!;
      return out;
    });
    expect(drawnClass).toEqual(wantClass);
    const bounds = await page
      .locator('#plan-map-legend li.plan-budget-class')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(bounds.length).toBe(classes.bins.length);
    const rp = (n: number) => `Rp${Math.round(n).toLocaleString('de-DE')}`;
    expect(bounds.at(-1)).toContain(rp(classes.bins.at(-1)!));
    expect(bounds[0]).toContain(rp(classes.bins[0]!));
    expect(await uncoveredDrawn(page)).toEqual(want.coverage.uncovered);
    await page.locator('#plan-colour').selectOption('status');
    await page.locator('#plan-map-legend li', { hasText: 'lokus dengan program' }).waitFor();

    // Fewer loci: the coverage follows the new result.
    await solve(page, async () => {
      await page.locator('#select-n').fill('12');
      await page.locator('#select-n').dispatchEvent('change');
    });
    const fewer = await nodeCoverage(page, sampleTable(), rat, 'rat.csv');
    expect(fewer.coverage.totals.loci).toBe(12);
    expect(Number(await covered.getAttribute('data-loci'))).toBe(12);
    expect(Number(await covered.getAttribute('data-uncovered'))).toBe(
      fewer.coverage.uncovered.length,
    );
    await solve(page, async () => {
      await page.locator('#select-n').fill(String(want.coverage.totals.loci));
      await page.locator('#select-n').dispatchEvent('change');
    });

    // The detail of a covered locus lists its programmes; file text stays text.
    const code = '99.01.01.2002';
    const locus = want.coverage.loci.find((l) => l.code === code)!;
    expect(locus.rows.length).toBeGreaterThan(1);
    await clickVillage(page, code);
    const detail = page.locator(`#plan-village[data-code="${code}"]`);
    await detail.waitFor({ timeout: 30_000 });
    const rows = await detail
      .locator('#plan-programmes li')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row'))));
    expect(rows).toEqual([...locus.rows]);
    expect(await detail.textContent()).toContain('Modal <b>usaha</b>');
    expect(await detail.locator('b').count()).toBe(0);

    // An uncovered locus, chosen from the list, says it has no programme.
    await page.locator('#plan-uncovered li button').first().click();
    const first = want.coverage.uncovered[0]!;
    await page.locator(`#plan-village[data-code="${first}"] .plan-none.locus`).waitFor();

    // The CSV export and the print annex carry the plan.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('#export-toggle').click();
    await page.locator('#export-csv').click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('Rencana: Status');
    const xlsxDownload = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('#export-toggle').click();
    await page.locator('#export-xlsx').click();
    const xlsx = readFileSync((await (await xlsxDownload).path())!);
    const sheet = await readSheet(xlsx, { file: 'lokus.xlsx', sheet: 'Rencana aksi' });
    expect(sheet.diagnostics).toEqual([]);
    const status = sheet.header.indexOf('Status');
    const missing = sheet.rows.filter((r) => r[status] === 'tidak ada program').map((r) => r[0]);
    expect(missing).toEqual(want.coverage.uncovered);
    await page.locator('#export-toggle').click();
    await page.locator('#export-print').click();
    await page.locator('#print-plan tr.uncovered').first().waitFor({ state: 'attached' });
    const uncoveredPrinted = await page
      .locator('#print-plan tr.uncovered')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(uncoveredPrinted).toEqual(want.coverage.uncovered);
    await page.close();
  }, 240_000);

  it('assigns agencies in the browser as HiGHS does in Node, outlines one, solves again with a pin', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    // axe is injected as an inline script, which the viewer's policy forbids.
    const context = await session.browser.newContext({
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const rat = file('rat.csv', RAT);
    await load(page, '#plan-file', rat);
    const want = await nodeCoverage(page, sampleTable(), rat, 'rat.csv');
    const opd = file('opd.csv', OPD);
    await load(page, '#plan-agencies', opd);
    const list = readAgencies(
      await readSheet(readFileSync(opd), { file: 'opd.csv' }),
      want.villages,
    );
    const highs = await loadSolver();
    const solved = assignAgencies(want.villages, list.agencies, highs);
    expect(solved.status).toBe('optimal');
    await solve(page, () => page.locator('#plan-assign').click());
    expect(await pairsShown(page)).toEqual(
      solved.assignments.map((a) => `${a.agency}|${a.village}`),
    );

    // One agency's villages outlined on the map.
    const perkim = solved.assignments
      .filter((a) => a.agency === 'Dinas Perkim')
      .map((a) => a.village);
    expect(perkim.length).toBeGreaterThan(0);
    await page.locator('#plan-agency-focus').selectOption('Dinas Perkim');
    await page.waitForFunction(() => {
      const map = (window as unknown as MapWindow).__lokus.maps[0]!.map;
      return map
        .queryRenderedFeatures({ layers: ['plan-agency-line'] })
        .some((f) => f.state.fa === 1);
    });
    const outlined = await page.evaluate(() => {
      const map = (window as unknown as MapWindow).__lokus.maps[0]!.map;
      const hits = map.queryRenderedFeatures({ layers: ['plan-agency-line'] });
      return [...new Set(hits.filter((f) => f.state.fa === 1).map((f) => String(f.id)))].sort();
    });
    expect(outlined).toEqual([...perkim].sort());

    // The detail of a locus names its agencies; pinning another one solves again.
    const code = want.coverage.uncovered[0]!;
    await page.locator(`#plan-uncovered li[data-code="${code}"] button`).click();
    const assigned = page.locator(`#plan-village[data-code="${code}"] #plan-assigned li`);
    await assigned.first().waitFor();
    const mine = solved.assignments.filter((a) => a.village === code).map((a) => a.agency);
    expect(await assigned.evaluateAll((els) => els.map((e) => e.dataset.agency))).toEqual(mine);
    const other = list.agencies.find((a) => !mine.includes(a.name))!.name;
    await page.locator('#plan-pin-agency').selectOption(other);
    await solve(page, () => page.locator('#plan-pin').click());
    const pinned = list.agencies.map((a) => (a.name === other ? { ...a, pinned: [code] } : a));
    const again = assignAgencies(want.villages, pinned, highs);
    expect(again.assignments.some((a) => a.agency === other && a.village === code)).toBe(true);
    expect(await pairsShown(page)).toEqual(
      again.assignments.map((a) => `${a.agency}|${a.village}`),
    );

    // The CSV export names the accompanying agencies.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('#export-toggle').click();
    await page.locator('#export-csv').click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('OPD Pendamping');

    // The panel with pairs, pins and the detail passes WCAG 2.1 A/AA (axe-core).
    await page.addScriptTag({
      path: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } })
        .axe;
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
      const r = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
        violations: { id: string }[];
      };
      return r.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 240_000);

  it('names file, row, column and value of bad plan rows', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    await load(page, '#plan-file', file('rencana-salah.csv', BAD));
    const items = page.locator('#plan-diagnostics li');
    const codes = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual(['PLAN_UNKNOWN_VILLAGE', 'PLAN_NEGATIVE_BUDGET', 'PLAN_DUPLICATE_ROW']);
    const texts = await items.allTextContents();
    expect(texts[0]).toContain('rencana-salah.csv, baris 1 (2), kolom "Desa/Kelurahan"');
    expect(texts[0]).toContain('99.01.01.2999');
    expect(texts[1]).toContain('rencana-salah.csv, baris 2 (3), kolom "Anggaran (Rp)"');
    expect(texts[1]).toContain('-5');
    expect(texts[2]).toContain('baris 4 (5)');
    expect(await page.locator('#plan-loaded').textContent()).toContain('3 baris disisihkan');
    await page.close();
  }, 120_000);
});

/** Where on the page the map draws the village `code` (a grid search of rendered features). */
function pointOf(page: Page, code: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((c) => {
    const map = (window as unknown as MapWindow).__lokus.maps[0]!.map;
    const box = map.getContainer().getBoundingClientRect();
    for (let y = 10; y < box.height - 10; y += 4) {
      for (let x = 10; x < box.width - 10; x += 4) {
        const hit = map.queryRenderedFeatures([x, y] as never, { layers: ['plan-fill'] });
        if (hit.some((f) => String(f.id) === c)) return { x: box.left + x, y: box.top + y };
      }
    }
    return null;
  }, code);
}

describe.skipIf(!dataDir)('action plan layer on real Demak (LOKUS_DATA_DIR)', () => {
  it('loads the illustrative Demak plan; its uncovered loci equal planCoverage in Node', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { timeout: 120_000 });
    const path = join(root, 'data', 'examples', 'illustrative', 'demak-rencana-aksi-2026.csv');
    await load(page, '#plan-file', path);
    const table = idmTable('33.21.');
    const all = await nodeCoverage(page, table, path, 'demak-rencana-aksi-2026.csv');
    expect(all.plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Number(await page.locator('#plan-covered').getAttribute('data-uncovered'))).toBe(
      all.coverage.uncovered.length,
    );

    // Without its district-wide row (social assistance on every locus) some loci get nothing.
    const lines = readFileSync(path, 'utf8').split('\n');
    const partial = file(
      'demak-tanpa-bansos.csv',
      lines.filter((l) => !l.endsWith(';semua lokus')).join('\n'),
    );
    await load(page, '#plan-file', partial);
    const want = await nodeCoverage(page, table, partial, 'demak-tanpa-bansos.csv');
    expect(want.coverage.uncovered.length).toBeGreaterThan(0);
    const listed = await page
      .locator('#plan-uncovered li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(listed).toEqual(want.coverage.uncovered);
    expect(await uncoveredDrawn(page)).toEqual(want.coverage.uncovered);

    // A locus with several programmes, clicked on the map, lists them.
    const locus = want.coverage.loci.find((l) => l.rows.length > 1)!;
    const at = await pointOf(page, locus.code);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    const rows = page.locator(`#plan-village[data-code="${locus.code}"] #plan-programmes li`);
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(locus.rows.length);
    if (process.env.LOKUS_SCREENSHOTS === '1') {
      await page.waitForFunction(() => {
        const h = (window as unknown as { __lokus: { busy: boolean } }).__lokus;
        return !h.busy;
      });
      // No hover tooltip over the map; the right column shows the village's programmes.
      await page.mouse.move(1430, 890);
      await page.locator('#plan-village').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(1000);
      mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
      await page.screenshot({ path: join(root, 'docs', 'screenshots', 'plan-layer.png') });
    }
    await page.close();
  }, 240_000);
});
