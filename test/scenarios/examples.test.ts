import { readFileSync } from 'node:fs';
import { createTable, runScenario, type ScenarioResult } from '@lokus/core';
import { readCsv, readScenario, writeCsv } from '@lokus/io';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string): Buffer => readFileSync(new URL(path, root));

const csv = readCsv(read('data/sample/villages.csv'), { file: 'villages.csv' });
const { table } = createTable(csv.records);

function run(name: string): ScenarioResult {
  const file = `data/scenarios/${name}.yaml`;
  const parsed = readScenario(read(file).toString('utf8'), { file });
  expect(parsed.diagnostics).toEqual([]);
  return runScenario(table, parsed.value);
}

/** The loci and their ranks, as a small normalised golden record (scores to 6 decimals). */
function summary(result: ScenarioResult): string {
  const s = result.stages!;
  const loci = Array.from(s.ranked.order)
    .filter((i) => s.selected.selected[i] === 1)
    .map((i) => ({
      code: table.code[i],
      rank: s.ranked.rank[i],
      score: Math.round(s.aggregated.score[i]! * 1e6) / 1e6,
      reason: s.selected.reason[i],
    }));
  return `${JSON.stringify({ scenario: result.scenario.name, provenance: result.provenance, loci }, null, 1)}\n`;
}

describe('example scenarios on the synthetic sample', () => {
  it('the sample reads without errors: 250 villages in 14 kecamatan', () => {
    expect(csv.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(table.length).toBe(250);
    expect(new Set(table.kecamatan).size).toBe(14);
  });

  it.each(['idm', 'kemiskinan-rumah-tangga', 'campuran'])(
    '%s runs, respects its rules and matches its golden loci',
    async (name) => {
      const result = run(name);
      expect(result.ok).toBe(true);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const s = result.stages!;
      const sel = result.scenario.select;
      expect(s.selected.count).toBe(sel.n);
      const perKec = new Map<string, number>();
      for (let i = 0; i < table.length; i++) {
        if (s.selected.selected[i] === 1)
          perKec.set(table.kecamatan[i]!, (perKec.get(table.kecamatan[i]!) ?? 0) + 1);
      }
      const forced = new Set((sel.include ?? []).map((f) => f.code));
      for (const [kec, count] of perKec) {
        const forcedHere = [...forced].filter((c) => c.startsWith(kec)).length;
        if (sel.quota?.max !== undefined)
          expect(count - forcedHere, kec).toBeLessThanOrEqual(sel.quota.max);
      }
      if (sel.quota?.min !== undefined) expect(perKec.size).toBe(new Set(table.kecamatan).size);
      if (sel.eligibility?.kinds !== undefined) {
        for (let i = 0; i < table.length; i++) {
          if (s.selected.selected[i] === 1) expect(sel.eligibility.kinds).toContain(table.kind[i]);
        }
      }
      await expect(summary(result)).toMatchFileSnapshot(`../golden/scenarios/${name}.json`);
    },
  );

  it('campuran applies its forced include, exclude and carry-over with their reasons', () => {
    const s = run('campuran').stages!;
    const at = (code: string): number => table.code.indexOf(code);
    expect(s.selected.reason[at('99.01.05.2010')]).toBe('forced-include');
    expect(s.selected.detail[at('99.01.05.2010')]).toContain('banjir rob');
    expect(s.selected.reason[at('99.01.07.2001')]).toBe('forced-exclude');
    expect(s.selected.selected[at('99.01.07.2001')]).toBe(0);
    expect(s.selected.reason[at('99.01.11.2003')]).toBe('carry-over');
  });

  it('the same scenario gives a byte-identical loci table twice', () => {
    const table1 = (r: ScenarioResult): string =>
      writeCsv(
        Array.from(r.stages!.ranked.order, (i) => ({
          kode: table.code[i]!,
          skor: r.stages!.aggregated.score[i]!,
          lokus: r.stages!.selected.selected[i]!,
        })),
        { columns: ['kode', 'skor', 'lokus'] },
      );
    expect(table1(run('campuran'))).toBe(table1(run('campuran')));
  });
});
