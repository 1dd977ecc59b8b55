/**
 * The files in data/templates are made from the package's vocabulary: this test compares them
 * with `planTemplate`, `planJsonSchema` and `agencyJsonSchema`, and `REGEN=1` rewrites them
 * (then review the change like code).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { writeCsv, writeXlsx } from '@lokus/io';
import {
  agencyJsonSchema,
  type PlanTable,
  type PlanVillage,
  planJsonSchema,
  planTemplate,
  readAgencies,
  readPlan,
  readSheet,
} from '@lokus/plan';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../../../data/templates/', import.meta.url);
const csv = (t: PlanTable): string => writeCsv(t.rows, { columns: t.columns, decimal: ',' });

async function files(): Promise<Record<string, string | Uint8Array>> {
  const t = planTemplate();
  const json = (x: unknown): string => `${JSON.stringify(x, null, 2)}\n`;
  return {
    'rencana-aksi.csv': csv(t.plan),
    'daftar-opd.csv': csv(t.agencies),
    'rencana-aksi.xlsx': await writeXlsx([
      { name: 'Rencana Aksi', ...t.plan },
      { name: 'Daftar OPD', ...t.agencies },
      { name: 'Petunjuk', ...t.guidance },
    ]),
    'rencana-aksi.schema.json': json(planJsonSchema()),
    'daftar-opd.schema.json': json(agencyJsonSchema()),
  };
}

/** Two Demak villages and a locus in kecamatan Sayung, as the template's example rows name. */
const VILLAGES: PlanVillage[] = ['33.21.04.2020', '33.21.04.2016'].map((code) => ({
  code,
  name: code,
  kecamatan: '33.21.04',
  kecamatanName: 'SAYUNG',
  locus: true,
  rank: 1,
  poorHouseholds: null,
  needs: [],
}));

describe('data/templates', () => {
  it('are the files the vocabulary makes (REGEN=1 rewrites them)', async () => {
    for (const [name, content] of Object.entries(await files())) {
      const url = new URL(name, DIR);
      if (process.env.REGEN === '1') writeFileSync(url, content);
      expect(existsSync(url), name).toBe(true);
      const on = readFileSync(url);
      expect(Buffer.compare(on, Buffer.from(content)), name).toBe(0);
    }
  });

  it('read back without a diagnostic, CSV and XLSX alike', async () => {
    for (const file of ['rencana-aksi.csv', 'rencana-aksi.xlsx']) {
      const sheet = await readSheet(readFileSync(new URL(file, DIR)), { file });
      const plan = readPlan(sheet, VILLAGES);
      expect(plan.diagnostics, file).toEqual([]);
      expect(plan.rows.map((r) => r.budget)).toEqual([600_000_000, 800_000_000, 250_000_000]);
    }
    const opd = await readSheet(readFileSync(new URL('rencana-aksi.xlsx', DIR)), {
      sheet: 'Daftar OPD',
    });
    expect(readAgencies(opd, VILLAGES).agencies.map((a) => a.mandate)).toEqual([
      ['desil1_kk', 'miskin_ekstrem_jiwa'],
      ['rtlh_unit', 'tanpa_sanitasi_kk'],
    ]);
  });

  it('give example rows that meet their own schema: required headers and enums', () => {
    const t = planTemplate();
    const items = planJsonSchema().items;
    for (const row of t.plan.rows) {
      for (const key of items.required) expect(row[key], key).not.toBeNull();
      expect(items.properties.Indikator.enum).toContain(row.Indikator);
      expect(items.properties['Sumber Dana'].enum).toContain(row['Sumber Dana']);
      expect(String(row['Desa/Kelurahan'])).toMatch(
        new RegExp(items.properties['Desa/Kelurahan'].pattern, 'i'),
      );
    }
  });
});
