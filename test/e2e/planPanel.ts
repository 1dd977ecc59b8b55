/// <reference lib="dom" />
/**
 * The action-plan panel in a browser test: a small plan and agency list for the synthetic
 * sample, and the steps that load a file into the panel, wait for a solve and read the pairs
 * shown (used by plan.test.ts and by the single-file test).
 */
import type { PlanCoverage } from '@lokus/plan';
import type { Page } from '@lokus/viewer/testing';
import { expect } from 'vitest';

export const HEADER =
  'OPD;Program;Kegiatan;Indikator;Target;Satuan Target;Anggaran (Rp);Sumber Dana;Desa/Kelurahan';
/** An action plan for the sample (semicolons, Indonesian thousands, a tag in a name). */
export const RAT = [
  HEADER,
  'Dinas Sosial;Perlindungan sosial;PKH plus;desil1_kk;120;KK;600.000.000;APBD;semua lokus di kecamatan Banyuutomo',
  'Dinas Perkim;Rumah layak huni;Bedah rumah;RTLH;40;unit;800.000.000;APBD;"9901012002;9901022003"',
  'BAZNAS;Zakat produktif;Modal <b>usaha</b>;desil1_kk;30;KK;90.000.000;BAZNAS;9901012002',
  'Dinas Sosial;Perlindungan sosial;Bansos;desil1_kk;5;KK;10.000.000;APBD;9901012001',
].join('\n');
/** A plan with a code no village has, a negative budget and a duplicate row. */
export const BAD = [
  HEADER,
  'Dinas Sosial;Perlindungan sosial;PKH plus;desil1_kk;120;KK;600.000.000;APBD;99.01.01.2999',
  'Dinas Perkim;Rumah layak huni;Bedah rumah;RTLH;40;unit;-5;APBD;9901012002',
  'BAZNAS;Zakat produktif;Modal usaha;desil1_kk;30;KK;90.000.000;BAZNAS;9901012002',
  'BAZNAS;Zakat produktif;Modal usaha;desil1_kk;30;KK;90.000.000;BAZNAS;9901012002',
].join('\n');
/** Agencies with their mandates and village limits. */
export const OPD = [
  'OPD;Mandat;Min Desa;Maks Desa',
  ...[
    'Dinas Sosial;desil1_kk',
    'Dinas Perkim;rtlh_unit',
    'Dinkes;stunting_pct',
    'Dinas PUPR;"tanpa_air_kk, tanpa_sanitasi_kk"',
    'Disdik;atps_anak',
    'Dinpermades;idm',
  ].map((r) => `${r};0;10`),
  ...['Bappeda;miskin_ekstrem_jiwa', 'Dinkop UKM;desil1_kk', 'Dinnaker;desil1_kk'].map(
    (r) => `${r};0;10`,
  ),
].join('\n');

export interface PlanHooks {
  answered: number;
  view: { coverage: PlanCoverage | null; assignment: unknown } | null;
}

export type MapWindow = Window & {
  __lokus: {
    maps: {
      map: {
        project(p: [number, number]): { x: number; y: number };
        getContainer(): HTMLElement;
        getLayer(id: string): unknown;
        queryRenderedFeatures(
          a: unknown,
          o?: unknown,
        ): { id?: string | number; state: { pl?: number; fa?: number; pb?: number } }[];
      };
    }[];
  };
  __lokusPlan: PlanHooks;
};

/** Loads a file through an input of the plan panel and waits for the worker's answer. */
export async function load(page: Page, input: string, path: string): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as MapWindow).__lokusPlan.answered);
  await page.locator(input).setInputFiles(path);
  await page.waitForFunction(
    (n) => (window as unknown as MapWindow).__lokusPlan.answered > n,
    before,
    { timeout: 60_000 },
  );
}

/** Runs `action` and waits for the plan panel's next answer (an assignment takes a while). */
export async function solve(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as MapWindow).__lokusPlan.answered);
  await action();
  await page.waitForFunction(
    (n) => (window as unknown as MapWindow).__lokusPlan.answered > n,
    before,
    { timeout: 90_000 },
  );
  const error = await page.locator('.plan-panel .diag.error').allTextContents();
  expect(error).toEqual([]);
}

/** The agency ↔ village pairs the panel lists. */
export function pairsShown(page: Page): Promise<string[]> {
  return page
    .locator('#plan-assignment .plan-pairs li')
    .evaluateAll((els) => els.map((e) => `${e.dataset.agency}|${e.dataset.village}`));
}
