/// <reference lib="dom" />
/**
 * Screenshots of the national map at 1440×900 for the documentation, written to docs/screenshots/
 * only when LOKUS_SCREENSHOTS=1: the whole synthetic nation (generateNational, realistic detail,
 * labelled synthetic; `LOKUS_SCREENSHOT_VILLAGES`, default 84,000, with tiles to zoom 9), a
 * province and a district. The dataset folder is made once in its own process (see
 * test/bench/viewerNationalData.ts) and reused.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  launchBrowser,
  openViewer,
  type Page,
  startViewer,
  stateHash,
  type ViewerServer,
} from '@lokus/viewer/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const enabled = process.env.LOKUS_SCREENSHOTS === '1';
const villages = Number(process.env.LOKUS_SCREENSHOT_VILLAGES ?? 84_000);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'docs', 'screenshots');

let browser: Browser | null = null;
let server: ViewerServer | null = null;
/** A national scenario: five need indicators, the top 10 % of all villages, five classes. */
let scenario: Record<string, unknown> = {};

beforeAll(async () => {
  if (!enabled) return;
  browser = await launchBrowser();
  if (!browser) return;
  mkdirSync(out, { recursive: true });
  const script = join(root, 'test', 'bench', 'viewerNationalData.ts');
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=12000', '--import', 'tsx', script, String(villages), 'realistic', '9'],
    { encoding: 'utf8', cwd: join(root, 'test') },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  const { dir } = JSON.parse(run.stdout.trim().split('\n').pop()!) as { dir: string };
  const indicators = JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')) as {
    direction: string;
    kind: string;
  }[];
  const need = indicators.filter((m) => m.direction === 'higher-is-worse' && m.kind === 'count');
  scenario = {
    name: 'Contoh nasional: 10% desa teratas',
    indicators: need.slice(0, 5).map((m) => ({ ...m, weight: 1 })),
    weights: { method: 'manual' },
    select: { mode: 'top-percent', percent: 10 },
    classify: { scheme: 'quantile', k: 5 },
  };
  process.env.LOKUS_SAMPLE_DIR = dir;
  try {
    server = await startViewer();
  } finally {
    delete process.env.LOKUS_SAMPLE_DIR;
  }
}, 3_600_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/**
 * Fits the map to the kabupaten whose codes start with `prefix` (read from the rendered
 * kabupaten layer, so the synthetic layout needs no coordinates here) and waits until drawn.
 */
function fitTo(page: Page, prefix: string): Promise<number> {
  return page.evaluate(
    (p) =>
      new Promise<number>((done) => {
        type Geometry = { type: string; coordinates: unknown };
        const map = (
          window as unknown as {
            __lokus: {
              maps: {
                map: {
                  once: (e: string, f: () => void) => void;
                  jumpTo: (o: unknown) => void;
                  fitBounds: (b: number[][], o: unknown) => void;
                  getZoom: () => number;
                  queryRenderedFeatures: (o: unknown) => {
                    id?: string | number;
                    geometry: Geometry;
                  }[];
                };
              }[];
            };
          }
        ).__lokus.maps[0]!.map;
        let box = [180, 90, -180, -90];
        const walk = (c: unknown): void => {
          if (Array.isArray(c) && typeof c[0] === 'number') {
            const [x, y] = c as number[];
            box = [
              Math.min(box[0]!, x!),
              Math.min(box[1]!, y!),
              Math.max(box[2]!, x!),
              Math.max(box[3]!, y!),
            ];
          } else if (Array.isArray(c)) for (const x of c) walk(x);
        };
        for (const f of map.queryRenderedFeatures({ layers: ['kabupaten-fill', 'kecamatan-fill'] }))
          if (String(f.id).startsWith(p)) walk(f.geometry.coordinates);
        map.once('idle', () => done(map.getZoom()));
        map.fitBounds(
          [
            [box[0]!, box[1]!],
            [box[2]!, box[3]!],
          ],
          { padding: 40, animate: false },
        );
      }),
    prefix,
  );
}

describe.skipIf(!enabled)('national screenshots (LOKUS_SCREENSHOTS=1)', () => {
  it('writes the nation, a province and a district', async (ctx) => {
    if (!browser || !server) return ctx.skip();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, server.url, {
      hash: stateHash({ dataset: 'sample', scenario }),
      timeout: 600_000,
    });
    await page.screenshot({ path: join(out, 'national-map.png') });
    // Province 33 of the synthetic nation, then its first kabupaten.
    const province = await fitTo(page, '33.');
    await page.screenshot({ path: join(out, 'national-province.png') });
    const district = await fitTo(page, '33.01');
    await page.screenshot({ path: join(out, 'national-district.png') });
    expect(district).toBeGreaterThan(province);
    const shown = await page.evaluate(() =>
      (
        window as unknown as {
          __lokus: { maps: { map: { queryRenderedFeatures: (o: unknown) => unknown[] } }[] };
        }
      ).__lokus.maps[0]!.map.queryRenderedFeatures({ layers: ['village-fill'] }),
    );
    expect(shown.length).toBeGreaterThan(20);
    await page.close();
  }, 1_200_000);
});
