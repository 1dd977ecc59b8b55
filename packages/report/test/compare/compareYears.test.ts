import { compareResults } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { changeCause } from '../../src/compare/changeCause.ts';
import { compareYears } from '../../src/compare/compareYears.ts';
import { indicatorMoves } from '../../src/compare/indicatorMoves.ts';
import { toResultRecord } from '../../src/record/toResultRecord.ts';
import { lociOf, villages as v, years } from '../fixtures/years.ts';

const record2025 = toResultRecord(years[2025]);
const c = compareYears(years[2026], record2025);

const difference = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

describe('compareYears on a constructed year pair (2025 → 2026)', () => {
  it('finds exactly the villages that entered and left, as the results themselves say', () => {
    const before = lociOf(years[2025]);
    const after = lociOf(years[2026]);
    expect(c.entered.map((x) => x.code).sort()).toEqual(difference(after, before));
    expect(c.left.map((x) => x.code).sort()).toEqual(difference(before, after));
  });

  it('gives each constructed change its cause', () => {
    const cause = Object.fromEntries([...c.entered, ...c.left].map((x) => [x.code, x.cause]));
    expect(cause).toEqual({
      [v.needRose2026]: 'need-rose',
      [v.appeared2026]: 'code-appeared',
      [v.forcedIn2026]: 'forced-in',
      [v.graduate2026]: 'need-fell',
      [v.forcedOut2026]: 'forced-out',
      [v.vanished2026]: 'code-vanished',
    });
  });

  it('names the indicator that improved and by how much, in Indonesian by default', () => {
    const graduate = c.left.find((x) => x.code === v.graduate2026)!;
    expect(graduate.text).toMatch(/^kebutuhannya turun: /);
    const first = graduate.indicators[0]!;
    expect(first.improved).toBe(true);
    expect(graduate.text).toContain(first.text);
    expect(first.text).toMatch(/turun dari [\d.,]+‰? menjadi [\d.,]+‰? \(−[\d.,]+/);
    expect(graduate.needChange).toBeLessThan(0);
    expect(graduate.text).toContain(`peringkat 3 → ${graduate.rankCurrent}`);
    const forced = c.left.find((x) => x.code === v.forcedOut2026)!;
    expect(forced.text).toBe('ditetapkan keluar: Lokus program provinsi');
  });

  it('reports codes that appeared and vanished', () => {
    expect(c.appeared).toEqual([v.appeared2026]);
    expect(c.vanished).toEqual([v.vanished2026]);
    expect(c.diagnostics.map((d) => [d.code, d.village])).toEqual([
      ['CODE_APPEARED', v.appeared2026],
      ['CODE_VANISHED', v.vanished2026],
    ]);
  });

  it('agreement figures equal core compareResults over the same villages', () => {
    const core = compareResults(years[2025], years[2026]);
    expect(c.agreement.overlap).toBe(core.selectedBoth);
    expect(c.agreement.jaccard).toBeCloseTo(core.jaccard, 14);
    expect(c.agreement.rankedInBoth).toBe(core.rankedInBoth);
    expect(c.agreement.spearman).toBeCloseTo(core.spearman, 12);
    expect(c.agreement.kendallTauB).toBeCloseTo(core.kendallTauB, 12);
    expect(c.villages).toHaveLength(core.villages.length);
  });

  it('treats the yearly lists and the year as the same method, and summarises', () => {
    expect(c.sameScenario).toBe(true);
    expect(c.summary[0]).toBe(
      `${c.agreement.overlap} dari 25 lokus tahun 2025 tetap menjadi lokus tahun 2026; 3 masuk, 3 keluar.`,
    );
    expect(c.summary[1]).toBe('1 desa/kelurahan keluar karena kebutuhannya turun.');
  });

  it('accepts two records and speaks English on request', () => {
    const en = compareYears(toResultRecord(years[2026]), record2025, { lang: 'en' });
    expect(en.left.map((x) => x.code)).toEqual(c.left.map((x) => x.code));
    expect(en.left.find((x) => x.code === v.forcedOut2026)!.text).toBe(
      'forced out: Lokus program provinsi',
    );
    expect(en.left.find((x) => x.code === v.graduate2026)!.text).toMatch(
      /^its need fell: .* fell from /,
    );
  });

  it('next year: the village forced out comes back with the ended rule named (2026 → 2027)', () => {
    const d = compareYears(years[2027], toResultRecord(years[2026]));
    const back = d.entered.find((x) => x.code === v.forcedOut2026)!;
    expect(back.cause).toBe('forced-out-ended');
    expect(back.text).toMatch(
      /^tahun lalu ditetapkan keluar: Lokus program provinsi; tahun ini masuk/,
    );
    expect(d.left.find((x) => x.code === v.graduate2027)!.cause).toBe('need-fell');
    expect(d.left.find((x) => x.code === v.forcedIn2026)!.cause).toBe('forced-in-ended');
  });

  it('warns when the years are out of order or districts differ', () => {
    const d = compareYears(record2025, toResultRecord(years[2026]));
    expect(d.diagnostics.map((x) => x.code)).toContain('YEAR_ORDER');
  });
});

describe('changeCause', () => {
  it('puts rules before need', () => {
    expect(changeCause('left', { reason: 'rank' }, { reason: 'below-cutoff' }, -1)).toBe(
      'need-fell',
    );
    expect(changeCause('left', { reason: 'rank' }, { reason: 'below-cutoff' }, 0.5)).toBe(
      'others-moved',
    );
    expect(changeCause('left', { reason: 'carry-over' }, { reason: 'below-cutoff' }, -1)).toBe(
      'rule-ended',
    );
    expect(changeCause('left', { reason: 'rank' }, { reason: 'quota-maximum' }, -1)).toBe('quota');
    expect(changeCause('left', { reason: 'rank' }, { reason: 'ineligible-minimum' }, -1)).toBe(
      'no-longer-eligible',
    );
    expect(changeCause('entered', { reason: 'ineligible-kind' }, { reason: 'rank' }, 1)).toBe(
      'newly-eligible',
    );
    expect(changeCause('entered', { reason: 'unranked' }, { reason: 'rank' }, 1)).toBe(
      'newly-ranked',
    );
    expect(
      changeCause('entered', { reason: 'below-cutoff' }, { reason: 'quota-minimum' }, -1),
    ).toBe('quota');
  });
});

describe('indicatorMoves', () => {
  const ind = {
    id: 'idm',
    label: { id: 'IDM', en: 'IDM' },
    unit: 'indeks 0–1',
    kind: 'index' as const,
    range: [0, 1] as const,
    direction: 'higher-is-better' as const,
  };
  it('orients a higher-is-better indicator: a rise is an improvement and less need', () => {
    const [m] = indicatorMoves(
      { raw: { idm: 0.7 } },
      { raw: { idm: 0.6 } },
      { indicators: [ind], weights: { idm: 0.5 }, spread: { idm: 0.1 }, lang: 'id' },
    );
    expect(m!.improved).toBe(true);
    expect(m!.needChange).toBeCloseTo(-0.5, 12);
    expect(m!.text).toBe('IDM naik dari 0,6000 menjadi 0,7000 (+0,1000)');
  });
  it('states the change of a share in percentage points', () => {
    const d1 = {
      id: 'd1',
      label: { id: 'KK desil 1', en: 'Desil 1 households' },
      unit: '%',
      kind: 'rate' as const,
      direction: 'higher-is-worse' as const,
      denominator: 'kk',
    };
    const [m] = indicatorMoves(
      { raw: { d1: 8.2 } },
      { raw: { d1: 12.5 } },
      { indicators: [d1], weights: { d1: 1 }, spread: { d1: 2 }, lang: 'id' },
    );
    expect(m!.text).toBe('KK desil 1 turun dari 12,50% menjadi 8,20% (−4,30 poin persen)');
    expect(m!.needChange).toBeCloseTo(-2.15, 12);
  });
  it('gives no need change for a missing value or a zero spread', () => {
    const [a] = indicatorMoves(
      { raw: { idm: null } },
      { raw: { idm: 0.6 } },
      { indicators: [ind], weights: { idm: 1 }, spread: { idm: 0.1 }, lang: 'en' },
    );
    expect(a!.needChange).toBe(0);
    expect(a!.change).toBeNull();
    const [b] = indicatorMoves(
      { raw: { idm: 0.7 } },
      { raw: { idm: 0.6 } },
      { indicators: [ind], weights: { idm: 1 }, spread: { idm: 0 }, lang: 'en' },
    );
    expect(b!.needChange).toBe(0);
  });
});
