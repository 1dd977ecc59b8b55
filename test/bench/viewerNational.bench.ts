/// <reference lib="dom" />
/**
 * Browser benchmark of the viewer's national mode: a synthetic nation (`generateNational`,
 * realistic detail, about 90 vertices per village; labelled synthetic) served as the sample with
 * its boundaries as a PMTiles archive made by `@lokus/tiles` (what `lokus tiles` writes). Measures,
 * at 1440×900 in software WebGL (SwiftShader):
 * - first render: navigation → the first result drawn and the map idle (fresh browser each time);
 * - weight change → the re-coloured map idle (five changes in the last browser).
 * Wall time seen from the test, the same span from the page's own marks, the CPU seconds of
 * chromium's processes, and the load average before and after (a shared machine). The page's
 * marks of the first render (worker ready, maps ready, run, drawn; fetched and read are the
 * scoring worker's own marks, on the page's clock) are reported too. Chromium's address-bar popup,
 * which a fresh headless browser preloads beside the first page, is switched off, as in the other
 * viewer benchmarks (benchBrowser.ts).
 *
 * Usage: `pnpm bench viewerNational` (84,000 villages; the dataset folder is made once, in its own
 * Node process with a larger heap, and reused: cutting the tiles takes minutes);
 * `LOKUS_BENCH_VILLAGES`, `LOKUS_BENCH_OPENS`, `LOKUS_BENCH_MAXZOOM` (default 9) change it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type Page,
  startViewer,
  stateHash,
  waitApplied,
} from '@lokus/viewer/testing';
import { BENCH_DISABLED_FEATURES, launchBenchBrowser } from './benchBrowser.ts';
import { chromiumCpuSeconds, cpuDelta } from './chromiumCpu.ts';
import type { NationalDataset } from './viewerNationalData.ts';

const VILLAGES = Number(process.env.LOKUS_BENCH_VILLAGES ?? 84_000);
const OPENS = Number(process.env.LOKUS_BENCH_OPENS ?? 3);
const MAX_ZOOM = Number(process.env.LOKUS_BENCH_MAXZOOM ?? 9);
const TIMEOUT = 600_000;
const MARKS = ['manifest', 'prepared', 'worker-ready', 'maps-ready', 'run-a'];
/** Marks the scoring worker makes while it loads the dataset (its own clock). */
const WORKER_MARKS = ['fetched', 'read'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const stats = (xs: number[]) => ({ median: Math.round(median(xs)), all: xs.map(Math.round) });
const load = () => loadavg().map((x) => Math.round(x * 10) / 10);

/** The dataset folder, made in a child process with room for the tile cutting. */
function dataset(): NationalDataset {
  const script = fileURLToPath(new URL('./viewerNationalData.ts', import.meta.url));
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=12000',
      '--import',
      'tsx',
      script,
      String(VILLAGES),
      'realistic',
      String(MAX_ZOOM),
    ],
    { encoding: 'utf8', maxBuffer: 2 ** 20 },
  );
  if (run.status !== 0) throw new Error(`dataset: ${run.stderr.trim().split('\n').slice(-3)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as NationalDataset;
}

/** The page's last `lokus:<name>` marks, in ms since navigation. */
const marksAt = (page: Page, names: readonly string[]) =>
  page.evaluate((ns) => {
    const out: Record<string, number> = {};
    for (const n of ns) {
      const m = performance.getEntriesByName(`lokus:${n}`);
      out[n] = m.length > 0 ? Math.round(m[m.length - 1]!.startTime) : Number.NaN;
    }
    return out;
  }, names);

/** The scoring worker's `lokus:*` marks, moved to the page's clock (ms since navigation). */
async function workerMarks(page: Page): Promise<Record<string, number>> {
  const origin = await page.evaluate(() => performance.timeOrigin);
  const out: Record<string, number> = {};
  for (const worker of page.workers()) {
    const [workerOrigin, marks] = await worker.evaluate((ns) => {
      const found: Record<string, number> = {};
      for (const n of ns) {
        const m = performance.getEntriesByName(`lokus:${n}`);
        if (m.length > 0) found[n] = m[m.length - 1]!.startTime;
      }
      return [performance.timeOrigin, found] as const;
    }, WORKER_MARKS);
    for (const [n, t] of Object.entries(marks)) out[n] = Math.round(t + workerOrigin - origin);
  }
  return out;
}

interface Timed {
  readonly wallMs: number;
  readonly pageMs: number;
  readonly cpuS: number | null;
}

/** Navigation → first result drawn, map idle, in a fresh browser. */
async function open(url: string, hash: string): Promise<[Timed, Record<string, number>, Browser]> {
  const browser = await launchBenchBrowser();
  if (!browser) throw new Error('chromium not found');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cpu = chromiumCpuSeconds();
  const start = performance.now();
  await page.goto(`${url}${hash}`);
  await waitApplied(page, 1, TIMEOUT);
  const wallMs = performance.now() - start;
  const marks = { ...(await marksAt(page, [...MARKS, 'drawn-a'])), ...(await workerMarks(page)) };
  const cpuS = cpuDelta(cpu, chromiumCpuSeconds());
  return [{ wallMs, pageMs: marks['drawn-a']!, cpuS }, marks, browser];
}

/** Moves the first weight slider of an indicator in use; each time until the map is idle. */
async function weightChange(page: Page, value: number): Promise<Timed & { runMs: number }> {
  const before = await page.evaluate(
    () => (window as unknown as { __lokus: { applied: number } }).__lokus.applied,
  );
  const cpu = chromiumCpuSeconds();
  const t = performance.now();
  const t0 = await page.evaluate((v) => {
    const el = document.querySelector<HTMLInputElement>('.indicator.on input[type=range]')!;
    el.value = String(v);
    const start = performance.now();
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return start;
  }, value);
  await waitApplied(page, before + 1, TIMEOUT);
  const wallMs = performance.now() - t;
  const drawn = (await marksAt(page, ['drawn-a']))['drawn-a']!;
  const runMs = await page.evaluate(
    () => (window as unknown as { __lokus: { summary: { ms: number } } }).__lokus.summary.ms,
  );
  return { wallMs, pageMs: drawn - t0, cpuS: cpuDelta(cpu, chromiumCpuSeconds()), runMs };
}

function summary(xs: readonly Timed[]) {
  const cpu = xs.map((x) => x.cpuS).filter((x): x is number => x !== null);
  return {
    pageMs: stats(xs.map((x) => x.pageMs)),
    wallMs: stats(xs.map((x) => x.wallMs)),
    cpuS: cpu.length > 0 ? { median: median(cpu), all: cpu } : null,
  };
}

/** The scenario of the benchmark: five need indicators, top 10 %, five quantile classes. */
function scenario(dir: string) {
  const indicators = JSON.parse(readFileSync(`${dir}/indicators.json`, 'utf8')) as {
    id: string;
    direction: string;
    kind: string;
  }[];
  const need = indicators.filter((m) => m.direction === 'higher-is-worse' && m.kind === 'count');
  return {
    name: 'bench',
    indicators: need.slice(0, 5).map((m) => ({ ...m, weight: 1 })),
    weights: { method: 'manual' },
    select: { mode: 'top-percent', percent: 10 },
    classify: { scheme: 'quantile', k: 5 },
  };
}

const out: Record<string, unknown> = {
  benchmark: 'viewerNational',
  data: 'synthetic nation (generateNational, detail realistic), SINTETIS',
  viewport: '1440x900',
  targetsMs: { firstRender: 3000, weightChange: 200 },
  chromiumDisabledFeatures: BENCH_DISABLED_FEATURES,
};
try {
  const made = dataset();
  out.villages = made.villages;
  out.tilesMaxZoom = MAX_ZOOM;
  out.tilesBytes = readFileSync(`${made.dir}/villages.pmtiles`).length;
  process.env.LOKUS_SAMPLE_DIR = made.dir;
  const server = await startViewer();
  delete process.env.LOKUS_SAMPLE_DIR;
  const hash = stateHash({ dataset: 'sample', scenario: scenario(made.dir) });
  out.loadAverageBefore = load();
  try {
    const opens: Timed[] = [];
    const marks: Record<string, number>[] = [];
    for (let k = 0; k < OPENS; k++) {
      const [timing, m, browser] = await open(server.url, hash);
      opens.push(timing);
      marks.push(m);
      if (k === OPENS - 1) {
        const page = browser.contexts()[0]!.pages()[0]!;
        const changes = [];
        for (let i = 0; i < 5; i++) changes.push(await weightChange(page, 20 + 15 * i));
        out.weightChangeToIdle = summary(changes);
        out.runScenarioInWorkerMs = stats(changes.map((c) => c.runMs));
      }
      await browser.close();
    }
    out.firstRender = summary(opens);
    out.firstRenderMarksMs = marks;
  } finally {
    server.stop();
  }
} catch (error) {
  out.error = error instanceof Error ? error.message : String(error);
}
out.loadAverageAfter = load();
console.log(JSON.stringify(out));
