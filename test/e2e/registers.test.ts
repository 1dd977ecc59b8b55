/// <reference lib="dom" />
/**
 * Register files to village indicators in the browser: a small synthetic district register
 * (from `@lokus/synth`, with a few bad rows) chosen in the register page's file input is counted
 * by DuckDB-Wasm in the register worker, served from the page's own origin under a policy
 * without `'unsafe-eval'`, and gives exactly the Node engine's village table and diagnostics;
 * no NIK or name reaches the page. In the viewer (its own policy), the load dialog's register
 * picker turns the same files into the village table of the join report and column mapping.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from '@lokus/io';
import type { IndicatorResult, RegisterDiagnostic } from '@lokus/registers';
import type { IndicatorsReply } from '@lokus/registers/browser';
import { computeIndicators } from '@lokus/registers/node';
import { type RegistersPage, startRegistersPage } from '@lokus/registers/testing';
import {
  generateRegisters,
  HOUSEHOLD_COLUMNS,
  PERSON_COLUMNS,
  registerCsvLines,
  type VillageTotals,
} from '@lokus/synth';
import { type Browser, launchBrowser, openViewer, startViewer } from '@lokus/viewer/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFINITIONS = join(REPO, 'data', 'definitions', 'dtsen-desa.yaml');
const work = mkdtempSync(join(tmpdir(), 'lokus-e2e-registers-'));
let browser: Browser | null = null;
let server: RegistersPage | null = null;

/** The first 12 villages of the sample, as totals for the register generator. */
function totals(): VillageTotals[] {
  const file = join(REPO, 'data', 'sample', 'villages.csv');
  const value = (v: number | null | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
  return readCsv(readFileSync(file), { file })
    .records.slice(0, 12)
    .map((r) => ({
      code: r.code,
      kk_total: value(r.values.kk_total)!,
      penduduk: value(r.values.penduduk)!,
      desil1_kk: value(r.values.desil1_kk),
      desil12_kk: value(r.values.desil12_kk),
      miskin_ekstrem_jiwa: value(r.values.miskin_ekstrem_jiwa),
      rtlh_unit: value(r.values.rtlh_unit),
      tanpa_air_kk: value(r.values.tanpa_air_kk),
      tanpa_sanitasi_kk: value(r.values.tanpa_sanitasi_kk),
      atps_anak: value(r.values.atps_anak),
    }));
}

/** The register as CSV lines, with an impossible desil, a malformed code and a repeated NIK. */
function registerFiles() {
  const hh: string[] = [];
  const pp: string[] = [];
  for (const v of generateRegisters(totals(), { seed: 11 })) {
    hh.push(registerCsvLines(v.households, HOUSEHOLD_COLUMNS));
    pp.push(registerCsvLines(v.persons, PERSON_COLUMNS));
  }
  const households = hh.join('').trimEnd().split('\n');
  const persons = pp.join('').trimEnd().split('\n');
  households[3] = households[3]!.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*),\d+,/, '$1,11,');
  households[7] = households[7]!.replace(/^([^,]*),(\d\d)\.(\d\d)/, '$1,$2.$3X');
  persons[9] = `${persons[4]!.split(',')[0]},${persons[9]!.split(',').slice(1).join(',')}`;
  const write = (name: string, columns: readonly string[], lines: string[]) => {
    const path = join(work, name);
    writeFileSync(path, `${columns.join(',')}\n${lines.join('\n')}\n`);
    return path;
  };
  return {
    paths: [
      write('keluarga.csv', HOUSEHOLD_COLUMNS, households),
      write('anggota.csv', PERSON_COLUMNS, persons),
    ],
    personal: persons.slice(0, 50).flatMap((l) => l.split(',').slice(0, 3)),
  };
}

/** A diagnostic without the file's folder (Node names the path, the browser the file name). */
const comparable = (d: RegisterDiagnostic) => ({
  ...d,
  ...(d.file === undefined ? {} : { file: d.file.split(/[\\/]/).pop() }),
});

beforeAll(async () => {
  browser = await launchBrowser();
  if (browser !== null) server = await startRegistersPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('register files in the browser (DuckDB-Wasm in a worker)', { timeout: 300_000 }, () => {
  it('gives the Node engine’s village table and diagnostics, and no personal value', async (ctx) => {
    if (browser === null || server === null) return ctx.skip();
    const { paths, personal } = registerFiles();
    const node: IndicatorResult = await computeIndicators(paths, DEFINITIONS);
    const outside: string[] = [];
    // Each way once: the files given at once (the worker opens DuckDB-Wasm for them), and as in
    // the viewer, the file chooser opened first (DuckDB-Wasm opened meanwhile), then the files.
    const run = async (ahead: boolean) => {
      const page = await browser!.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(server!.url)) outside.push(r.url());
      });
      await page.goto(server!.url);
      await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'ready');
      if (ahead) {
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.click('#files'),
        ]);
        await page.waitForFunction(() => 'registersOpened' in window, null, { timeout: 120_000 });
        await chooser.setFiles(paths);
      } else await page.setInputFiles('#files', paths);
      await page.waitForFunction(() => 'registersReply' in window, null, { timeout: 240_000 });
      const reply = await page.evaluate(
        () => (window as unknown as { registersReply: IndicatorsReply }).registersReply,
      );
      const text = await page.evaluate(() => document.body.textContent ?? '');
      await page.close();
      return { reply, text };
    };
    const { reply, text } = await run(false);
    const opened = await run(true);
    expect(reply.type === 'result' && reply.timings.openedAhead).toBe(false);
    const ahead = opened.reply;
    expect(ahead.type === 'result' && ahead.timings.openedAhead).toBe(true);
    expect(ahead.type === 'result' && ahead.result).toEqual(
      reply.type === 'result' && reply.result,
    );
    expect(reply.type, reply.type === 'error' ? reply.message : '').toBe('result');
    if (reply.type !== 'result') return;
    expect(reply.result.records).toHaveLength(12);
    expect(reply.result.records).toEqual(node.records);
    expect(reply.result.small).toEqual(node.small);
    expect(reply.result.rows).toEqual(node.rows);
    expect(reply.result.diagnostics.map(comparable)).toEqual(node.diagnostics.map(comparable));
    expect(node.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'IMPOSSIBLE_VALUE',
        'DUPLICATE_NIK',
        'MALFORMED_HOUSEHOLD_VILLAGE_CODE',
      ]),
    );
    const shown = `${JSON.stringify(reply)}\n${text}`;
    for (const v of personal) expect(shown.includes(v), v).toBe(false);
    expect(outside).toEqual([]);
  });
});

describe('the viewer’s load dialog with register files', { timeout: 600_000 }, () => {
  it('puts the register’s village table into the join report and the column mapping', async (ctx) => {
    if (browser === null) return ctx.skip();
    const { paths } = registerFiles();
    const viewer = await startViewer();
    try {
      const page = await browser.newPage();
      await openViewer(page, viewer.url);
      await page.locator('#open-load').click();
      // The analyst opens the file chooser (the register worker starts opening DuckDB-Wasm)
      // and picks the files.
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.click('#load-registers'),
      ]);
      await chooser.setFiles(paths);
      await page.waitForSelector('#register-done', { timeout: 300_000 });
      expect(await page.locator('#register-done').textContent()).toMatch(/^12 desa/);
      // The register's notes read in Indonesian, with the value and how many rows have it.
      const impossible = page.locator('.register-status [data-code="IMPOSSIBLE_VALUE"]');
      expect(await impossible.textContent()).toMatch(/tidak mungkin[\s\S]*«11» \(jumlah: 1\)/);
      await page.waitForFunction(() =>
        document.querySelector('.load-report')?.textContent?.includes('12 cocok'),
      );
      expect(await page.locator('#load-use').isDisabled()).toBe(false);
      await page.close();
    } finally {
      viewer.stop();
    }
  });
});
