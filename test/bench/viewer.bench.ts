/// <reference lib="dom" />
/**
 * Browser benchmark of the viewer at district scale, as the analyst meets it: from navigation to
 * the first coloured, idle map (a fresh browser each time, so nothing is cached), from a weight
 * change to the re-coloured idle map, and from the "compare" tab to both maps drawn. The district
 * is Demak (IDM 2024, 249 villages) when `LOKUS_DATA_DIR` holds it, else the synthetic sample
 * (250 villages). Prints one JSON object with medians, every run, the targets and the machine's
 * load average (the figures are wall-clock times on a shared machine).
 *
 * `LOKUS_BENCH_VILLAGES=84000` adds the national-scale run on synthetic polygons
 * (generateNational); it takes minutes. Run with `pnpm bench viewer` (needs Debian chromium;
 * software WebGL through SwiftShader; Chromium's own address-bar popup, which a fresh headless
 * browser preloads beside the first page, is switched off: see benchBrowser.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsv } from '@lokus/io';
import { generateNational } from '@lokus/synth';
import {
  type Browser,
  type Page,
  startViewer,
  stateHash,
  waitApplied,
} from '@lokus/viewer/testing';
import { BENCH_DISABLED_FEATURES, launchBenchBrowser } from './benchBrowser.ts';
import { chromiumCpuSeconds, cpuDelta } from './chromiumCpu.ts';

const OPENS = Number(process.env.LOKUS_BENCH_OPENS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const stats = (xs: number[]) => ({ median: Math.round(median(xs)), all: xs.map(Math.round) });

/** Time of the viewer's last `lokus:<name>` performance mark (ms since navigation), or NaN. */
const markAt = (page: Page, name: string) =>
  page.evaluate((n) => {
    const marks = performance.getEntriesByName(`lokus:${n}`);
    return marks.length > 0 ? marks[marks.length - 1]!.startTime : Number.NaN;
  }, name);

type Hooks = { applied: number; busy: boolean; summary: { ms: number } | null };
const hooks = (page: Page) =>
  page.evaluate(() => {
    const h = (window as unknown as { __lokus: Hooks }).__lokus;
    return { applied: h.applied, busy: h.busy, ms: h.summary?.ms ?? NaN };
  });

interface Timed {
  /** Wall time seen from the test (includes the driver's round trips). */
  readonly wallMs: number;
  /** The same span measured inside the page (performance marks), without the driver. */
  readonly pageMs: number;
  /** CPU seconds of chromium's processes over the span, null without /proc. */
  readonly cpuS: number | null;
}

/** Navigation → first result drawn and the map idle, in a fresh browser. */
async function open(url: string, hash: string, timeout: number): Promise<[Timed, Browser]> {
  const browser = await launchBenchBrowser();
  if (!browser) throw new Error('chromium not found');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cpu = chromiumCpuSeconds();
  const start = performance.now();
  await page.goto(`${url}${hash}`);
  await waitApplied(page, 1, timeout);
  const wallMs = performance.now() - start;
  // The mark is in ms since navigation start: navigation → first coloured idle map.
  const pageMs = await markAt(page, 'drawn-a');
  return [{ wallMs, pageMs, cpuS: cpuDelta(cpu, chromiumCpuSeconds()) }, browser];
}

/**
 * Runs `act` in the page (after recording the page's clock), waits for the next drawn result
 * and returns the span seen from the test, inside the page (to the `lokus:<mark>` mark) and in CPU.
 */
async function timed(page: Page, act: () => number, mark: string, timeout: number): Promise<Timed> {
  const before = (await hooks(page)).applied;
  const cpu = chromiumCpuSeconds();
  const t = performance.now();
  const t0 = await page.evaluate(act);
  await waitApplied(page, before + 1, timeout);
  const wallMs = performance.now() - t;
  const pageMs = (await markAt(page, mark)) - t0;
  return { wallMs, pageMs, cpuS: cpuDelta(cpu, chromiumCpuSeconds()) };
}

/** Moves the first weight slider `n` times; each time until the re-coloured map is idle. */
async function weightChanges(page: Page, n: number, timeout: number) {
  const changes: Timed[] = [];
  const runs: number[] = [];
  for (let k = 0; k < n; k++) {
    await page.evaluate((v) => {
      (window as unknown as { __benchValue: number }).__benchValue = v;
    }, 2 + k);
    const act = () => {
      const el = document.querySelector<HTMLInputElement>(
        '.indicator.on input[type=range], input[type=range]',
      )!;
      el.value = String((window as unknown as { __benchValue: number }).__benchValue);
      const t0 = performance.now();
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return t0;
    };
    changes.push(await timed(page, act, 'drawn-a', timeout));
    runs.push((await hooks(page)).ms);
  }
  return { changes, runs };
}

/** The "compare" tab → scenario B scored and both maps idle. */
function compareOpen(page: Page, timeout: number): Promise<Timed> {
  const act = () => {
    const t0 = performance.now();
    document.querySelector<HTMLElement>('#tab-compare')!.click();
    return t0;
  };
  return timed(page, act, 'drawn-b', timeout);
}

/** Medians and every run of each measure. */
function summary(xs: readonly Timed[]) {
  const cpu = xs.map((x) => x.cpuS).filter((x): x is number => x !== null);
  return {
    pageMs: stats(xs.map((x) => x.pageMs)),
    wallMs: stats(xs.map((x) => x.wallMs)),
    cpuS: cpu.length > 0 ? { median: median(cpu), all: cpu } : null,
  };
}

async function district(): Promise<Record<string, unknown>> {
  const dataDir = process.env.LOKUS_DATA_DIR;
  const server = await startViewer(dataDir ? { dataDir } : {});
  const out: Record<string, unknown> = { dataset: dataDir ? 'demak' : 'sample' };
  const hash = dataDir ? '' : stateHash({ dataset: 'sample' });
  const opens: Timed[] = [];
  try {
    for (let k = 0; k < OPENS; k++) {
      const [timing, browser] = await open(server.url, hash, 120_000);
      opens.push(timing);
      if (k === OPENS - 1) {
        const page = browser.contexts()[0]!.pages()[0]!;
        const { changes, runs } = await weightChanges(page, 5, 60_000);
        out.weightChangeToIdle = summary(changes);
        out.runScenarioInWorkerMs = stats(runs);
        out.compareOpen = summary([await compareOpen(page, 60_000)]);
      }
      await browser.close();
    }
    out.navigationToColouredIdle = summary(opens);
  } finally {
    server.stop();
  }
  out.targetsMs = { navigationToColouredIdle: 1500, weightChange: 150, compareOpen: 1000 };
  return out;
}

/** The national-scale run (LOKUS_BENCH_VILLAGES synthetic polygons served as the sample). */
async function national(villages: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'lokus-national-'));
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
  const need = nation.indicators.filter(
    (m) => m.direction === 'higher-is-worse' && m.kind === 'count',
  );
  const scenario = {
    name: 'bench',
    indicators: need.slice(0, 5).map((m) => ({ ...m, weight: 1 })),
    weights: { method: 'manual' },
    select: { mode: 'top-percent', percent: 10 },
    classify: { scheme: 'quantile', k: 5 },
  };
  process.env.LOKUS_SAMPLE_DIR = dir;
  const server = await startViewer();
  delete process.env.LOKUS_SAMPLE_DIR;
  try {
    const [timing, browser] = await open(
      server.url,
      stateHash({ dataset: 'sample', scenario }),
      600_000,
    );
    const page = browser.contexts()[0]!.pages()[0]!;
    const { changes, runs } = await weightChanges(page, 3, 600_000);
    await browser.close();
    return {
      villages: code.length,
      navigationToColouredIdle: summary([timing]),
      weightChangeToIdle: summary(changes),
      runScenarioInWorkerMs: stats(runs),
    };
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const out: Record<string, unknown> = {
  benchmark: 'viewer',
  viewport: '1440x900',
  chromiumDisabledFeatures: BENCH_DISABLED_FEATURES,
  loadAverageBefore: loadavg().map((x) => Math.round(x * 10) / 10),
};
try {
  out.district = await district();
  const villages = Number(process.env.LOKUS_BENCH_VILLAGES ?? 0);
  if (villages > 0) out.national = await national(villages);
} catch (error) {
  out.error = error instanceof Error ? error.message : String(error);
}
out.loadAverageAfter = loadavg().map((x) => Math.round(x * 10) / 10);
console.log(JSON.stringify(out));
