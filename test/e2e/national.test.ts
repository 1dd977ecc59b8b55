/// <reference lib="dom" />
/**
 * The national mode of the viewer on a small synthetic nation (2,000 villages over every
 * province, `generateNational`, labelled synthetic) whose boundaries are a PMTiles archive of
 * `@lokus/tiles`: the map reads a vector tile source, the villages carry their codes, and a
 * re-score changes only feature-state — no tile is loaded again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTable, type ResolvedScenario, runScenario } from '@lokus/core';
import { readCsv } from '@lokus/io';
import {
  type Browser,
  launchBrowser,
  openViewer,
  type Page,
  startViewer,
  stateHash,
  type ViewerServer,
  waitApplied,
} from '@lokus/viewer/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalDataset } from '../bench/viewerNationalData.ts';

let browser: Browser | null = null;
let server: ViewerServer | null = null;
let codes: string[] = [];
let folder = '';

beforeAll(async () => {
  if (process.env.CHROMIUM_PATH === 'none') return;
  browser = await launchBrowser();
  if (!browser) return;
  const { dir } = nationalDataset({ villages: 2000, detail: 'light' });
  folder = dir;
  codes = readFileSync(join(dir, 'villages.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[0]!.replace(/"/g, ''));
  process.env.LOKUS_SAMPLE_DIR = dir;
  try {
    server = await startViewer();
  } finally {
    delete process.env.LOKUS_SAMPLE_DIR;
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** Everything the test reads from the page, in one evaluate. */
interface Seen {
  sourceType: string;
  geojsonSources: string[];
  villages: { id: string; kode: string; c: number; s: number; row: number }[];
  kabupaten: { id: string; p: number | undefined }[];
  summaryScore: number[];
  title: string;
}

function look(page: Page, layer: 'village-fill' | 'kabupaten-fill'): Promise<Seen> {
  return page.evaluate((layerId) => {
    type Feature = { id?: string | number; properties: Record<string, unknown> };
    const hooks = (
      window as unknown as {
        __lokus: {
          maps: {
            map: {
              getSource: (id: string) => { type: string } | undefined;
              getStyle: () => { sources: Record<string, { type: string }> };
              queryRenderedFeatures: (o: unknown) => Feature[];
              getFeatureState: (f: unknown) => Record<string, number>;
            };
            dataset: { rowOfCode: Map<string, number> };
            title: { title: string; subtitle: string };
          }[];
          shown: { score: Float64Array };
        };
      }
    ).__lokus;
    const vm = hooks.maps[0]!;
    const map = vm.map;
    const rendered = map.queryRenderedFeatures({ layers: [layerId] });
    const unique = new Map<string, Feature>();
    for (const f of rendered) unique.set(String(f.id), f);
    const sourceLayer = layerId === 'village-fill' ? 'desa' : 'kabupaten';
    const state = (id: string) => map.getFeatureState({ source: 'villages', sourceLayer, id });
    return {
      sourceType: map.getSource('villages')?.type ?? 'none',
      geojsonSources: Object.entries(map.getStyle().sources)
        .filter(([, s]) => s.type === 'geojson')
        .map(([id]) => id),
      villages:
        layerId === 'village-fill'
          ? [...unique.entries()].map(([id, f]) => ({
              id,
              kode: String(f.properties.kode),
              c: state(id).c!,
              s: state(id).s!,
              row: vm.dataset.rowOfCode.get(id) ?? -1,
            }))
          : [],
      kabupaten:
        layerId === 'kabupaten-fill'
          ? [...unique.keys()].map((id) => ({ id, p: state(id).p }))
          : [],
      summaryScore: Array.from(hooks.shown.score),
      title: `${vm.title.title} ${vm.title.subtitle}`,
    };
  }, layer);
}

/** Tiles MapLibre starts loading from now on (counted in the page). */
async function countTileLoads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __tileLoads: number;
      __lokus: {
        maps: { map: { on: (e: string, f: (ev: { tile?: unknown }) => void) => void } }[];
      };
    };
    w.__tileLoads = 0;
    w.__lokus.maps[0]!.map.on('dataloading', (ev) => {
      if (ev.tile) w.__tileLoads++;
    });
  });
}

/** The map title of ranking within each kabupaten (`nationalText.ts`). */
const TITLE_KABUPATEN = /Peringkat di dalam setiap kabupaten\/kota \(\d+ kabupaten\/kota\)/;

/** The page's last run: the scenario it resolved and what it sent the map. */
interface PageRun {
  scenario: ResolvedScenario;
  score: number[];
  rank: number[];
  selected: number[];
  classOf: number[];
  reasons: string[];
  diagnostics: string[];
}

function pageRun(page: Page): Promise<PageRun> {
  return page.evaluate(() => {
    const s = (
      window as unknown as {
        __lokus: {
          shown: {
            scenario: ResolvedScenario;
            score: Float64Array;
            rank: Float64Array;
            selected: Uint8Array;
            classes: { classOf: ArrayLike<number> } | null;
            reason: string[];
            diagnostics: { code: string; row?: number }[];
          };
        };
      }
    ).__lokus.shown;
    return {
      scenario: s.scenario,
      score: Array.from(s.score),
      rank: Array.from(s.rank),
      selected: Array.from(s.selected),
      classOf: Array.from(s.classes?.classOf ?? []),
      reasons: [...s.reason],
      diagnostics: s.diagnostics.map((d) => `${d.code}:${d.row ?? ''}`),
    };
  });
}

/** The page's run against Node's: the same table file read and scored by the packages. */
function expectSameAsNode(run: PageRun): void {
  const read = readCsv(readFileSync(join(folder, 'villages.csv')), { file: 'villages.csv' });
  const { table } = createTable(read.records, { file: 'villages.csv', checkCodes: false });
  const node = runScenario(table, run.scenario);
  const s = node.stages!;
  // Scores to the last bits or so: the browser's engine may round a transcendental function
  // (Math.log, Math.pow) of the treat stage differently from Node's. Everything else is exact.
  const score = Array.from(s.aggregated.score);
  expect(run.score.map(Number.isNaN)).toEqual(score.map(Number.isNaN));
  const far = run.score.filter(
    (x, i) => Math.abs(x - score[i]!) > 1e-12 * Math.max(1, Math.abs(x)),
  );
  expect(far).toEqual([]);
  expect(run.rank).toEqual(Array.from(s.ranked.rank));
  expect(run.selected).toEqual(Array.from(s.selected.selected));
  expect(run.classOf).toEqual(Array.from(s.classes?.classOf ?? []));
  expect(run.reasons).toEqual([...s.selected.reason]);
  expect(run.diagnostics).toEqual(node.diagnostics.map((d) => `${d.code}:${d.row ?? ''}`));
}

async function moveTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([lon, lat, z]) =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as {
            __lokus: {
              maps: {
                map: {
                  once: (e: string, f: () => void) => void;
                  jumpTo: (o: unknown) => void;
                };
              }[];
            };
          }
        ).__lokus.maps[0]!.map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: [lon, lat], zoom: z });
      }),
    [center[0], center[1], zoom] as const,
  );
}

describe('viewer, national mode (vector tiles)', () => {
  it('draws the nation from the tiles and re-colours a re-score through feature-state only', async (ctx) => {
    if (!browser || !server) return ctx.skip();
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    try {
      await openViewer(page, server.url, {
        // Coloured by score: every village's state follows the run (a class may not move).
        hash: stateHash({ dataset: 'sample', fill: 'score' }),
        timeout: 120_000,
      });
      // Zoomed out: one vector source, no GeoJSON of the villages; kabupaten coloured by share.
      const far = await look(page, 'kabupaten-fill');
      expect(far.sourceType).toBe('vector');
      expect(far.geojsonSources).not.toContain('villages');
      expect(far.kabupaten.length).toBeGreaterThanOrEqual(30);
      for (const k of far.kabupaten) {
        expect(k.id).toMatch(/^\d{2}\.\d{2}$/);
        expect(k.p).toBeGreaterThanOrEqual(0);
        expect(k.p).toBeLessThanOrEqual(1);
      }
      const first = await pageRun(page);
      expectSameAsNode(first);
      // National mode ranks within each kabupaten unless the scenario says otherwise, and the
      // map title names the ranking scope the page ran.
      expect(first.scenario.scope?.by).toBe('kabupaten');
      expect(far.title).toMatch(TITLE_KABUPATEN);

      // A district's villages: their codes, each coloured by the run's class and score.
      await countTileLoads(page);
      await moveTo(page, [110.5, -7.2], 8);
      const before = await look(page, 'village-fill');
      expect(before.villages.length).toBeGreaterThan(3);
      const table = new Set(codes);
      for (const v of before.villages) {
        expect(v.kode).toBe(v.id);
        expect(table.has(v.id), v.id).toBe(true);
        expect(v.row).toBeGreaterThanOrEqual(0);
        expect(v.s).toBeCloseTo(before.summaryScore[v.row]!, 9);
      }
      const loadsAfterMove = await page.evaluate(
        () => (window as unknown as { __tileLoads: number }).__tileLoads,
      );
      expect(loadsAfterMove).toBeGreaterThan(0);

      // Re-score: a weight changes; feature-state follows the new scores, no tile is loaded.
      const n = await page.evaluate(
        () => (window as unknown as { __lokus: { applied: number } }).__lokus.applied,
      );
      await page.evaluate(() => {
        const el = document.querySelector<HTMLInputElement>('.indicator.on input[type=range]')!;
        el.value = Number(el.value) > 50 ? '10' : '80';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitApplied(page, n + 1, 60_000);
      const after = await look(page, 'village-fill');
      const changed = after.villages.filter(
        (v, i) => Math.abs(v.s - before.villages[i]!.s) > 1e-12,
      );
      expect(changed.length).toBeGreaterThan(0);
      for (const v of after.villages) expect(v.s).toBeCloseTo(after.summaryScore[v.row]!, 9);
      // Every village's score, rank, selection, class and reason, and the run's diagnostics, as
      // Node's packages compute them from the same file and the scenario the page ran.
      expectSameAsNode(await pageRun(page));
      const loadsAfterRescore = await page.evaluate(
        () => (window as unknown as { __tileLoads: number }).__tileLoads,
      );
      expect(loadsAfterRescore).toBe(loadsAfterMove);
    } finally {
      await page.close();
    }
  }, 240_000);
  it('a table and a .pmtiles file picked in the load dialog open in national mode; a row without a polygon is left out and named', async (ctx) => {
    if (!browser || !server) return ctx.skip();
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    try {
      await openViewer(page, server.url, {
        hash: stateHash({ dataset: 'sample' }),
        timeout: 120_000,
      });
      const n = await page.evaluate(
        () => (window as unknown as { __lokus: { applied: number } }).__lokus.applied,
      );
      const lines = readFileSync(join(folder, 'villages.csv'), 'utf8').trim().split(/\r?\n/);
      const stray = lines[1]!.replace(/^"?[\d.]+"?/, '99.99.99.2001');
      const csv = [...lines.slice(0, 301), stray].join('\n');
      await page.locator('#open-load').click();
      await page.setInputFiles('#load-table', {
        name: 'desa-pilihan.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      await page.setInputFiles('#load-boundaries', {
        name: 'desa.pmtiles',
        mimeType: 'application/octet-stream',
        buffer: readFileSync(join(folder, 'villages.pmtiles')),
      });
      await page.locator('#load-use').click();
      await waitApplied(page, n + 1, 120_000);
      const seen = await page.evaluate(() => {
        const vm = (
          window as unknown as {
            __lokus: {
              maps: {
                map: { getSource: (id: string) => { type: string } | undefined };
                dataset: {
                  id: string;
                  tiles?: unknown;
                  table: { length: number };
                  excluded: { code: string }[];
                };
              }[];
            };
          }
        ).__lokus.maps[0]!;
        return {
          id: vm.dataset.id,
          tiles: vm.dataset.tiles !== undefined,
          source: vm.map.getSource('villages')?.type,
          rows: vm.dataset.table.length,
          excluded: vm.dataset.excluded.map((e) => e.code),
        };
      });
      expect(seen).toEqual({
        id: 'upload',
        tiles: true,
        source: 'vector',
        rows: 300,
        excluded: ['99.99.99.2001'],
      });
    } finally {
      await page.close();
    }
  }, 240_000);
});
