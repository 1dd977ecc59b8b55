/// <reference lib="dom" />
/**
 * The single-file viewer release: its size, and the time from opening it from disk (`file://`,
 * a fresh browser each time, nothing cached) to the coloured, idle sample map. Prints one JSON
 * object with the targets (≤ 5,000,000 bytes, ≤ 2 s), every run (wall time, the chromium CPU
 * seconds of the open, and the page's own `lokus:*` marks in ms), the medians, and the machine's
 * load average: wall times on a shared machine depend on its load, CPU seconds much less.
 * The page is polled every 100 ms (not on every animation frame, which would itself make the
 * page draw a frame each time), so the wall time can be up to 100 ms late; `medianPageMs` is the
 * page's own mark of the first coloured idle map, as in the district benchmark.
 *
 * Chromium's own address-bar popup, which a fresh headless browser preloads beside the first
 * page, is switched off (benchBrowser.ts). Run with `pnpm bench viewerFile` (needs Debian
 * chromium).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DISABLED_FEATURES, launchBenchBrowser } from './benchBrowser.ts';
import { chromiumCpuSeconds, cpuDelta } from './chromiumCpu.ts';

const OPENS = Number(process.env.LOKUS_BENCH_OPENS ?? 3);
const repo = resolve(import.meta.dirname, '..', '..');

const out = mkdtempSync(join(tmpdir(), 'lokus-bench-release-'));
const build = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(repo, 'scripts', 'release-viewer.ts'), '--out', out, '--only', 'single'],
  { cwd: repo, encoding: 'utf8' },
);
if (build.status !== 0) throw new Error(build.stderr || build.stdout);
const file = join(out, 'lokus-viewer.html');
const bytes = statSync(file).size;
const runs: { ms: number; cpuSeconds: number | null; marks: Record<string, number> }[] = [];
const median = (xs: readonly number[]): number | null => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.floor(sorted.length / 2)] ?? null);
};
for (let i = 0; i < OPENS; i++) {
  const browser = await launchBenchBrowser();
  if (!browser) throw new Error('viewerFile bench needs chromium');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cpu0 = chromiumCpuSeconds();
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(
    () => {
      const hooks = (window as unknown as { __lokus?: { applied: number; busy: boolean } }).__lokus;
      return hooks !== undefined && hooks.applied >= 1 && !hooks.busy;
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  const ms = performance.now() - t0;
  const cpu1 = chromiumCpuSeconds();
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('lokus:'))
        .map((m) => [m.name.slice(6), Math.round(m.startTime)]),
    ),
  );
  runs.push({
    ms: Math.round(ms),
    cpuSeconds: cpuDelta(cpu0, cpu1),
    marks,
  });
  await browser.close();
}
rmSync(out, { recursive: true, force: true });
const cpus = runs.flatMap((r) => (r.cpuSeconds === null ? [] : [r.cpuSeconds]));
console.log(
  JSON.stringify({
    bench: 'viewer single file',
    bytes,
    targetBytes: 5_000_000,
    open: {
      // In the page: navigation → first coloured idle map (the `drawn-a` mark), as the district
      // benchmark measures it; `medianMs` is the same span seen from the test (polled).
      medianPageMs: median(
        runs.flatMap((r) => (r.marks['drawn-a'] === undefined ? [] : [r.marks['drawn-a']])),
      ),
      medianMs: median(runs.map((r) => r.ms)),
      medianCpuSeconds: median(cpus),
      runs,
    },
    targetMs: 2000,
    chromiumDisabledFeatures: BENCH_DISABLED_FEATURES,
    loadavg: loadavg().map((x) => Math.round(x * 10) / 10),
  }),
);
