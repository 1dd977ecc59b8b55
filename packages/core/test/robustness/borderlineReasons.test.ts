import { generateDistrict } from '@lokus/synth';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/index.ts';
import { analyseRobustness } from '../../src/robustness/analyseRobustness.ts';
import { borderlineReasons } from '../../src/robustness/borderlineReasons.ts';
import { runScenario } from '../../src/scenario/runScenario.ts';
import { createTable } from '../../src/table/createTable.ts';

const district = generateDistrict({ seed: 5 });
const { table } = createTable(district.records);
const indicators = district.indicators.filter((i) =>
  ['desil1_kk', 'stunting_pct', 'tanpa_air_kk', 'idm'].includes(i.id),
);
const scenario: Scenario = {
  name: 'Borderline',
  indicators,
  missing: 'median',
  select: { mode: 'top-n', n: 20 },
};
const labels = Object.fromEntries(indicators.map((i) => [i.id, i.label]));

describe('borderlineReasons', { timeout: 60_000 }, () => {
  // Only the normalisation varies: each village is in or out under each method, so the
  // borderline villages are exactly those the two methods disagree on.
  const { result } = analyseRobustness(table, {
    ...scenario,
    robustness: { draws: 400, weights: { method: 'none' }, normalise: ['minmax', 'rank'] },
  });
  const r = result!;
  const under = (method: 'minmax' | 'rank') =>
    runScenario(table, { ...scenario, normalise: { method } }).stages!.selected.selected;
  const minmax = under('minmax');
  const rank = under('rank');

  it('the tallies by choice add up to the draws and to each village’s count', () => {
    const { levels, draws, selected } = r.byChoice;
    const L = levels.length;
    expect(levels.slice(0, 2)).toEqual([
      { factor: 'normalise', value: 'minmax' },
      { factor: 'normalise', value: 'rank' },
    ]);
    expect(draws[0]! + draws[1]!).toBe(400);
    for (let i = 0; i < table.length; i++) {
      const p = r.probability[i]! * 400;
      expect(selected[i * L]! + selected[i * L + 1]!).toBe(Math.round(p));
      // Deterministic per method: selected in all draws of a method, or none.
      expect(selected[i * L]).toBe(minmax[i] === 1 ? draws[0] : 0);
      expect(selected[i * L + 1]).toBe(rank[i] === 1 ? draws[1] : 0);
    }
  });

  it('borderlineReasons lists the villages the methods disagree on, with both probabilities', () => {
    const reasons = borderlineReasons(r, { labels });
    const disagree = table.code.filter((_, i) => minmax[i] !== rank[i]);
    expect(disagree.length).toBeGreaterThan(0);
    expect(reasons.map((b) => b.code).sort()).toEqual(disagree.sort());
    for (const b of reasons) {
      const inMinmax = minmax[b.index] === 1;
      expect(b.methods.map((m) => [m.value, m.probability])).toEqual([
        ['minmax', inMinmax ? 1 : 0],
        ['rank', inMinmax ? 0 : 1],
      ]);
      expect(b.text.en).toContain(
        `Normalisation: ${inMinmax ? 100 : 0}% with minmax, ${inMinmax ? 0 : 100}% with rank.`,
      );
      expect(b.text.id).toContain(
        `Normalisasi: ${inMinmax ? 100 : 0}% dengan minmax, ${inMinmax ? 0 : 100}% dengan rank.`,
      );
    }
    // Most probable first, then by code.
    for (let k = 1; k < reasons.length; k++) {
      const [a, b] = [reasons[k - 1]!, reasons[k]!];
      expect(
        a.probability > b.probability || (a.probability === b.probability && a.code < b.code),
      ).toBe(true);
    }
  });

  it('a village moved only by the weights says so, and names the indicators that move it', () => {
    const weighted = analyseRobustness(table, {
      ...scenario,
      robustness: { draws: 300, weights: { factor: 0.6 }, sobol: 0 },
    }).result!;
    const reasons = borderlineReasons(weighted, { labels });
    expect(reasons.length).toBeGreaterThan(0);
    for (const b of reasons) {
      expect(b.methods).toEqual([]);
      if (b.indicators.length === 0) {
        expect(b.text.en).toContain('moves with the weights');
        expect(b.text.id).toContain('berubah mengikuti bobot');
      } else {
        const names = b.indicators.map((id) => labels[id]!.en).join(', ');
        expect(b.text.en).toContain(`when any one of these indicators is left out: ${names}.`);
      }
    }
  });
});
