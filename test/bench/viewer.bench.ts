/// <reference lib="dom" />
/**
 * Browser benchmark of the viewer on national synthetic polygons (generateNational, ~84,000
 * villages): time to the first full render (map idle with the first result drawn) and time from
 * a weight change to the re-coloured idle map, median of several changes. Prints one JSON object.
 *
 * Run with `pnpm bench viewer` (needs Debian chromium; software WebGL through SwiftShader).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsv } from '@lokus/io';
import { generateNational } from '@lokus/synth';
import {
  launchBrowser,
  openViewer,
  startViewer,
  stateHash,
  waitApplied,
} from '@lokus/viewer/testing';

const villages = Number(process.env.LOKUS_BENCH_VILLAGES ?? 84_000);
const dir = mkdtempSync(join(tmpdir(), 'lokus-national-'));
const t0 = performance.now();
const nation = generateNational({ seed: 1, villages, polygons: true });
const { code, name, kecamatanName, columns } = nation.columns;
const ids = nation.indicators.map((m) => m.id);
const rows = code.map((c, i) => {
  const row: Record<string, string | number | null> = {
    kode: c,
    nama: name[i]!,
    nama_kec: kecamatanName[i]!,
  };
  for (const id of ids) {
    const v = columns[id]![i]!;
    row[id] = Number.isFinite(v) ? v : null;
  }
  return row;
});
writeFileSync(
  join(dir, 'villages.csv'),
  writeCsv(rows, { columns: ['kode', 'nama', 'nama_kec', ...ids] }),
);
writeFileSync(join(dir, 'villages.geojson'), JSON.stringify(nation.boundaries));
writeFileSync(join(dir, 'indicators.json'), JSON.stringify(nation.indicators));
const generateMs = performance.now() - t0;

const need = nation.indicators
  .filter((m) => m.direction === 'higher-is-worse' && m.kind === 'count')
  .slice(0, 5);
const scenario = {
  name: 'bench',
  indicators: need.map((m) => ({ ...m, weight: 1 })),
  weights: { method: 'manual' },
  select: { mode: 'top-percent', percent: 10 },
  classify: { scheme: 'quantile', k: 5 },
};

process.env.LOKUS_SAMPLE_DIR = dir;
const server = await startViewer();
const browser = await launchBrowser();
const out: Record<string, unknown> = {
  benchmark: 'viewer',
  villages: code.length,
  indicators: need.length,
  generateMs: Math.round(generateMs),
};
try {
  if (!browser) throw new Error('chromium not found');
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const start = performance.now();
  await openViewer(page, server.url, {
    hash: stateHash({ dataset: 'sample', scenario }),
    timeout: 600_000,
  });
  out.firstRenderMs = Math.round(performance.now() - start);
  const changes: number[] = [];
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const before = await page.evaluate(
      () => (window as unknown as { __lokus: { applied: number } }).__lokus.applied,
    );
    const t = performance.now();
    await page
      .locator('.indicator.on input[type=range]')
      .first()
      .fill(String(2 + k));
    await waitApplied(page, before + 1, 600_000);
    changes.push(performance.now() - t);
    runs.push(
      await page.evaluate(
        () => (window as unknown as { __lokus: { summary: { ms: number } } }).__lokus.summary.ms,
      ),
    );
  }
  // The floor: a repaint with nothing changed, to idle. What a re-colour costs beyond it is the
  // feature-state update; the floor itself is software rasterisation of every polygon.
  const repaints: number[] = [];
  for (let k = 0; k < 3; k++) {
    repaints.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const map = (
              window as unknown as {
                __lokus: {
                  maps: { map: { triggerRepaint(): void; once(e: string, f: () => void): void } }[];
                };
              }
            ).__lokus.maps[0]!.map;
            const t = performance.now();
            map.once('idle', () => resolve(performance.now() - t));
            map.triggerRepaint();
          }),
      ),
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  out.repaintToIdleMs = { median: Math.round(median(repaints)), all: repaints.map(Math.round) };
  out.weightChangeToIdleMs = { median: Math.round(median(changes)), all: changes.map(Math.round) };
  out.runScenarioInWorkerMs = { median: Math.round(median(runs)) };
  out.targetMs = 200;
} catch (error) {
  out.error = error instanceof Error ? error.message : String(error);
} finally {
  await browser?.close();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(out));
