/// <reference lib="dom" />
/**
 * The analyst's own XLSX: Indonesian headers, decimal commas as text, two dotted codes, one wrong
 * code, `No` and `flag` columns, IDM and a desil count. Columns get core's roles before anything
 * is drawn, a wrong code is never ranked under that code, and 0 matches cannot be applied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx, writeXlsx } from '@lokus/io';
import { applied, openViewer, type Page, stateHash, waitApplied } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { dataDir, sampleDir } from './reference.ts';
import { viewerSession } from './session.ts';

const session = viewerSession(dataDir === undefined ? {} : { dataDir });

const boundaryPath = dataDir
  ? join(dataDir, 'boundaries', 'desa-3326-pekalongan.geojson')
  : join(sampleDir, 'villages.geojson');
const boundaryText = readFileSync(boundaryPath, 'utf8');
const features = (JSON.parse(boundaryText) as GeoJSON.FeatureCollection).features;
const WRONG_ROW = 5;

/** The village codes of the boundary file, dotted. */
const codes = features.map((f) => String(f.properties?.kode));
const wrongCode = `${codes[WRONG_ROW]!.replace(/\./g, '').slice(0, 7)}999`;
/** The wrong code as the viewer writes codes (dotted). */
const wrongDotted = wrongCode.replace(/^(\d{2})(\d{2})(\d{2})(\d{4})$/, '$1.$2.$3.$4');

/** The district's own export, as the analyst receives it. */
async function districtXlsx(): Promise<Buffer> {
  const rows = features.map((f, i) => {
    const dotted = String(f.properties?.kode);
    const plain = dotted.replace(/\./g, '');
    return {
      No: i + 1,
      'Kode Desa': i === WRONG_ROW ? wrongCode : i < 2 ? dotted : plain,
      'Nama Desa': String(f.properties?.nama),
      Kecamatan: `Kec ${String(f.properties?.kode_kec)}`,
      IDM: (0.55 + ((i * 37) % 40) / 100).toFixed(4).replace('.', ','),
      'Jumlah KK Desil 1': ((i * 13) % 90) + 5,
      flag: i % 7 === 0 ? 1 : 0,
    };
  });
  const columns = ['No', 'Kode Desa', 'Nama Desa', 'Kecamatan', 'IDM', 'Jumlah KK Desil 1', 'flag'];
  return Buffer.from(await writeXlsx([{ name: 'Data Desa', columns, rows }]));
}

const hashOf = () => (dataDir ? '' : stateHash({ dataset: 'sample' }));

async function upload(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.locator('#open-load').click();
  for (const f of files) {
    const input = /\.(geojson|json|zip)$/.test(f.name) ? '#load-boundaries' : '#load-table';
    await page.setInputFiles(input, f);
  }
}

const xlsx = async () => ({
  name: 'pekalongan-idm.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: await districtXlsx(),
});
const geojson = () => ({
  name: 'desa-pekalongan.geojson',
  mimeType: 'application/geo+json',
  buffer: Buffer.from(boundaryText),
});

/** Downloads one export of the viewer's menu. */
async function exported(page: Page, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const menu = page.locator('details:has(> #export-toggle)');
  if ((await menu.getAttribute('open')) === null) await page.locator('#export-toggle').click();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.locator(`#export-${format}`).click();
  return readFileSync(await (await download).path());
}

function roleOf(page: Page, column: string) {
  return page.locator(`#column-mapping tr[data-column="${column}"]`);
}

describe('the analyst uploads a district XLSX', () => {
  it('columns get their roles from the catalogue before anything is drawn', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: hashOf() });
    const drawn = await applied(page);
    await upload(page, [await xlsx(), geojson()]);
    await page.locator('#join-matched').waitFor();
    const idm = roleOf(page, 'IDM');
    expect(await idm.getAttribute('data-role')).toBe('indicator');
    expect(await idm.getAttribute('data-direction')).toBe('higher-is-better');
    const desil = roleOf(page, 'Jumlah KK Desil 1');
    expect(await desil.getAttribute('data-role')).toBe('indicator');
    expect(await desil.getAttribute('data-direction')).toBe('higher-is-worse');
    expect(await roleOf(page, 'No').getAttribute('data-role')).toBe('ignore');
    expect(await roleOf(page, 'flag').getAttribute('data-role')).toBe('ignore');
    expect(await roleOf(page, 'Kode Desa').getAttribute('data-role')).toBe('code');
    // The IDM preview shows the values as read (decimal commas as text), nothing missing.
    expect(await idm.locator('td').nth(3).textContent()).toMatch(/0[,.]\d/);
    expect(await applied(page)).toBe(drawn);
    // Used: the uploaded set opens under a scenario named after the file, in the selector.
    await page.locator('#load-use').click();
    await waitApplied(page, drawn + 1);
    expect(await page.locator('#scenario-name').textContent()).toContain('pekalongan-idm');
    expect(await page.locator('#dataset').inputValue()).toBe('upload');
    expect(await page.locator('.dataset-name').textContent()).toContain('pekalongan-idm.xlsx');
    await page.close();
  }, 150_000);

  it('a wrong code is not ranked under that code, and its close match can be accepted', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await openViewer(page, session.server.url, { hash: hashOf() });
    const drawn = await applied(page);
    await upload(page, [await xlsx(), geojson()]);
    const row = page.locator(`.unmatched-row[data-code="${wrongDotted}"]`);
    await row.waitFor();
    expect(await page.locator('#join-status').textContent()).not.toContain('Tidak ada masalah');
    expect(await row.locator('.left-out').count()).toBe(1);
    await page.locator('#load-use').click();
    await waitApplied(page, drawn + 1);
    const n0 = await page.evaluate(
      () =>
        (window as unknown as { __lokus: { summary: { rank: Float64Array } } }).__lokus.summary.rank
          .length,
    );
    // Every row except the wrong one is in the scored table; the wrong code is nowhere.
    expect(n0).toBe(features.length - 1);
    await page.locator('#tab-table').click();
    await page.locator('#table-search').fill(wrongDotted);
    await page.waitForTimeout(200);
    expect(await page.locator('.village-table tbody tr').count()).toBe(0);
    await page.locator('#table-search').fill(codes[0]!);
    await expect.poll(() => page.locator('.village-table tbody tr').count()).toBe(1);
    const notes = await page.locator('.diagnostics li[data-code="JOIN_UNMATCHED_TABLE"]').count();
    expect(notes).toBeGreaterThan(0);
    // The left-out row is in the exported tables, last, with the reason.
    const csv = (await exported(page, 'csv')).toString('utf8').trimEnd().split(/\r?\n/);
    expect(csv).toHaveLength(features.length + 1);
    expect(csv.at(-1)).toMatch(new RegExp(`(${wrongCode}|${wrongDotted.replace(/\./g, '\\.')})`));
    expect(csv.at(-1)).toContain('Dikeluarkan');
    expect(csv.at(-1)).toContain(String(features[WRONG_ROW]!.properties?.nama));
    expect(csv.filter((line) => line.includes('Dikeluarkan'))).toHaveLength(1);
    // The workbook's first sheet (Lokus): the same row last, unranked.
    const book = await readXlsx(new Uint8Array(await exported(page, 'xlsx')));
    expect(book.records).toHaveLength(features.length);
    const lastRecord = book.records.at(-1)!;
    expect(lastRecord.code.replace(/\./g, '')).toBe(wrongCode);
    expect(Number.isFinite(lastRecord.values.Peringkat ?? Number.NaN)).toBe(false);
    expect(Number.isFinite(book.records.at(-2)!.values.Peringkat ?? Number.NaN)).toBe(true);
    // Accepting the suggestion ranks the row under the boundary's code instead.
    await upload(page, [await xlsx(), geojson()]);
    await page.locator(`#accept-${WRONG_ROW}`).check();
    const n = await applied(page);
    await page.locator('#load-use').click();
    await waitApplied(page, n + 1);
    await page.locator('#tab-table').click();
    await page.locator('#table-search').fill(codes[WRONG_ROW]!);
    await expect.poll(() => page.locator('.village-table tbody tr').count()).toBe(1);
    expect(await page.locator(`.village-table tbody tr[data-code="${wrongDotted}"]`).count()).toBe(
      0,
    );
    await page.close();
  }, 150_000);

  it('a table that matches no boundary cannot be applied', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: hashOf() });
    const drawn = await applied(page);
    const csv = ['kode;nama;idm', '11.01.01.2001;Satu;0,61', '11.01.01.2002;Dua;0,72'].join('\n');
    await upload(page, [
      { name: 'lain.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      geojson(),
    ]);
    await page.locator('#join-status').waitFor();
    expect(await page.locator('#join-matched').textContent()).toMatch(/^0 /);
    expect(await page.locator('#load-use').isDisabled()).toBe(true);
    expect(await page.locator('#load-blockers').textContent()).toContain('tidak dapat dipakai');
    expect(await applied(page)).toBe(drawn);
    await page.close();
  }, 150_000);

  it('an unexpected exception while reading is shown with the file name; the dialog keeps working', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: hashOf() });
    const drawn = await applied(page);
    // Reading this one file fails with an error no reader expects.
    await page.evaluate(() => {
      const original = Blob.prototype.arrayBuffer;
      File.prototype.arrayBuffer = function (this: File) {
        if (this.name === 'rusak.csv') return Promise.reject(new Error('disk hilang'));
        return original.call(this);
      };
    });
    const broken = { name: 'rusak.csv', mimeType: 'text/csv', buffer: Buffer.from('kode;idm\n') };
    await upload(page, [broken, geojson()]);
    const error = page.locator('.load-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('rusak.csv');
    expect(await error.textContent()).toContain('disk hilang');
    expect(await page.locator('#load-use').isDisabled()).toBe(true);
    // Not a dead dialog: the next table is read, the error goes, the data can be used.
    await page.setInputFiles('#load-table', await xlsx());
    await page.locator('#join-matched').waitFor();
    expect(await page.locator('.load-error').count()).toBe(0);
    await page.locator('#load-use').click();
    await waitApplied(page, drawn + 1);
    expect(await page.locator('#dataset').inputValue()).toBe('upload');
    await page.close();
  }, 150_000);

  it('a decimal comma chosen in the reader options reads 0,612 as 0.612', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: hashOf() });
    const lines = codes.map((c, i) => `${c};Desa ${i};0,${612 + (i % 300)}`);
    const csv = {
      name: 'iks.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['kode;nama;IKS', ...lines].join('\n')),
    };
    await upload(page, [csv, geojson()]);
    await page.locator('#join-matched').waitFor();
    const preview = () => roleOf(page, 'IKS').locator('.mapping-preview').textContent();
    await page.locator('.reader-options summary').click();
    await page.selectOption('#opt-decimal', '.');
    await expect.poll(preview).not.toMatch(/^0[.,]612/);
    await page.selectOption('#opt-decimal', ',');
    await expect.poll(preview).toMatch(/^0[.,]612/);
    expect(await roleOf(page, 'IKS').locator('td.num').textContent()).toBe('0');
    await page.close();
  }, 150_000);

  it('the column mapping saved as a scenario and loaded again restores the same roles', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await openViewer(page, session.server.url, { hash: hashOf() });
    await upload(page, [await xlsx(), geojson()]);
    await page.locator('#join-matched').waitFor();
    const roles = () =>
      page
        .locator('#column-mapping tr[data-column]')
        .evaluateAll((rows) =>
          rows.map(
            (r) =>
              `${r.getAttribute('data-column')}=${r.getAttribute('data-role')}/${r.getAttribute('data-direction')}`,
          ),
        );
    const suggested = await roles();
    // The analyst's choices: the desil count ignored, flag an indicator, higher = worse.
    await roleOf(page, 'Jumlah KK Desil 1').locator('select').first().selectOption('ignore');
    await roleOf(page, 'flag').locator('select').first().selectOption('indicator');
    await roleOf(page, 'flag').locator('select').nth(1).selectOption('higher-is-worse');
    const chosen = await roles();
    expect(chosen).not.toEqual(suggested);
    expect(chosen).toContain('flag=indicator/higher-is-worse');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('#mapping-save').click();
    const saved = readFileSync(await (await download).path(), 'utf8');
    // Reading the files again starts from the suggestion; loading the saved mapping restores it.
    await page.setInputFiles('#load-table', await xlsx());
    await expect.poll(roles).toEqual(suggested);
    await page.setInputFiles('#mapping-load', {
      name: 'pemetaan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saved),
    });
    await expect.poll(roles).toEqual(chosen);
    await page.close();
  }, 150_000);

  it('a malformed code is shown as an error but only its row is left out', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: hashOf() });
    const drawn = await applied(page);
    const lines = codes.map((c, i) => `${i === 3 ? '3326999999' : c};Desa ${i};${6 + (i % 50)}`);
    const csv = ['kode;nama;Jumlah KK Desil 1', ...lines].join('\n');
    await upload(page, [
      { name: 'kode.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      geojson(),
    ]);
    await page.locator('#join-matched').waitFor();
    expect(await page.locator('.load-report li[data-code="MALFORMED_VILLAGE_CODE"]').count()).toBe(
      1,
    );
    expect(await page.locator('#load-use').isDisabled()).toBe(false);
    await page.locator('#load-use').click();
    await waitApplied(page, drawn + 1);
    const ranked = await page.evaluate(
      () =>
        (window as unknown as { __lokus: { summary: { rank: Float64Array } } }).__lokus.summary.rank
          .length,
    );
    expect(ranked).toBe(features.length - 1);
    await page.close();
  }, 150_000);
});
