/// <reference lib="dom" />
/**
 * Benchmark of village indicators from household registers in the browser: the sample
 * district's synthetic register (342,027 households and 1,159,718 persons from `@lokus/synth`,
 * as CSV; Parquet is not read by DuckDB-Wasm without a downloaded extension) chosen in the
 * register page's file input, counted by DuckDB-Wasm in the register worker (headless Chromium).
 *
 * Per run: `wallMs` from choosing the files to the village table on the page (Node's clock),
 * `pageMs` the same on the page's clock, the worker's `openMs` (loading and compiling
 * DuckDB-Wasm) and `runMs` (the engine), and `cpuS`, the CPU seconds of the Chromium processes
 * over the same span (on a shared machine the wall time follows the load, the CPU time much
 * less). Best of 3 by wall time, with the machine's load average. Each run twice: files given
 * at once (the worker opens DuckDB-Wasm for them), and as in the viewer, the file chooser
 * opened first (the worker opens DuckDB-Wasm meanwhile; `openedAheadMs`) and the files given
 * once it is open, timed from the choice.
 * Target: ≤ 3 s for the district. Files are written once into LOKUS_BENCH_DIR (default the
 * system's temporary folder); never commit them.
 *
 * Run: `pnpm bench registersBrowser`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from '@lokus/io';
import type { IndicatorsReply } from '@lokus/registers/browser';
import { startRegistersPage } from '@lokus/registers/testing';
import {
  generateRegisters,
  HOUSEHOLD_COLUMNS,
  PERSON_COLUMNS,
  registerCsvLines,
} from '@lokus/synth';
import { launchBrowser } from '@lokus/viewer/testing';
import { chromiumCpuSeconds, cpuDelta } from './chromiumCpu.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = join(process.env.LOKUS_BENCH_DIR ?? tmpdir(), 'lokus-registers-bench');
const RUNS = 3;

/** The district register as CSV (the same files as the Node benchmark's), written once. */
function districtCsv(): string[] {
  const files = [join(DIR, 'distrik-keluarga.csv'), join(DIR, 'distrik-anggota.csv')];
  if (files.every(existsSync)) return files;
  mkdirSync(DIR, { recursive: true });
  const sample = join(REPO, 'data', 'sample', 'villages.csv');
  const v = (x: number | null | undefined) => (x === undefined || Number.isNaN(x) ? null : x);
  const totals = readCsv(readFileSync(sample), { file: sample }).records.map((r) => ({
    code: r.code,
    kk_total: v(r.values.kk_total)!,
    penduduk: v(r.values.penduduk)!,
    desil1_kk: v(r.values.desil1_kk),
    desil12_kk: v(r.values.desil12_kk),
    miskin_ekstrem_jiwa: v(r.values.miskin_ekstrem_jiwa),
    rtlh_unit: v(r.values.rtlh_unit),
    tanpa_air_kk: v(r.values.tanpa_air_kk),
    tanpa_sanitasi_kk: v(r.values.tanpa_sanitasi_kk),
    atps_anak: v(r.values.atps_anak),
  }));
  const hh = [`${HOUSEHOLD_COLUMNS.join(',')}\n`];
  const pp = [`${PERSON_COLUMNS.join(',')}\n`];
  for (const village of generateRegisters(totals, { seed: 7 })) {
    hh.push(registerCsvLines(village.households, HOUSEHOLD_COLUMNS));
    pp.push(registerCsvLines(village.persons, PERSON_COLUMNS));
  }
  writeFileSync(files[0]!, hh.join(''));
  writeFileSync(files[1]!, pp.join(''));
  return files;
}

type Result = Extract<IndicatorsReply, { type: 'result' }> & { pageMs: number };

async function main(): Promise<void> {
  const files = districtCsv();
  const browser = await launchBrowser();
  if (browser === null) throw new Error('chromium is not installed');
  const server = await startRegistersPage();
  const runs = [];
  const aheadRuns = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const ahead of [false, true]) {
        const page = await browser.newPage();
        await page.goto(server.url);
        await page.waitForFunction(
          () => document.querySelector('#status')?.textContent === 'ready',
        );
        let openedMs: number | null = null;
        let choose = (paths: string[]) => page.setInputFiles('#files', paths);
        if (ahead) {
          // The file chooser opens (the worker opens DuckDB-Wasm); the files come once it is open.
          const [chooser] = await Promise.all([
            page.waitForEvent('filechooser'),
            page.click('#files'),
          ]);
          await page.waitForFunction(() => 'registersOpened' in window, null, { timeout: 120_000 });
          openedMs = await page.evaluate(
            () => (window as unknown as { registersOpened: number }).registersOpened,
          );
          choose = (paths) => chooser.setFiles(paths);
        }
        const load0 = loadavg()[0]!;
        const c0 = chromiumCpuSeconds();
        const t0 = performance.now();
        await choose(files);
        await page.waitForFunction(() => 'registersReply' in window, null, { timeout: 900_000 });
        const wallMs = Math.round(performance.now() - t0);
        const cpuS = cpuDelta(c0, chromiumCpuSeconds());
        const reply = await page.evaluate(
          () => (window as unknown as { registersReply: IndicatorsReply }).registersReply,
        );
        await page.close();
        if (reply.type !== 'result') throw new Error(`run failed: ${JSON.stringify(reply)}`);
        const r = reply as Result;
        const load = [Math.round(load0 * 10) / 10, Math.round(loadavg()[0]! * 10) / 10];
        const villages = r.result.records.length;
        const run = {
          wallMs,
          cpuS,
          pageMs: r.pageMs,
          ...r.timings,
          villages,
          rows: r.result.rows,
          load,
        };
        if (ahead) aheadRuns.push({ ...run, openedAheadMs: openedMs });
        else runs.push(run);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const fastest = <T extends { wallMs: number }>(list: T[]) =>
    list.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const out = {
    benchmark: 'registers-browser',
    format: 'csv',
    targetS: 3,
    best: fastest(runs),
    bestOpenedAhead: fastest(aheadRuns),
    runs,
    openedAheadRuns: aheadRuns,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

await main();
