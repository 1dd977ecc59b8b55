import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/scenario/runScenario.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import {
  AGGREGATE_METHODS,
  CLASSIFY_SCHEMES,
  MISSING_POLICIES,
  NORMALISE_METHODS,
  TREAT_METHODS,
  WEIGHT_METHODS,
} from '../../src/scenario/vocabulary.ts';
import { createTable } from '../../src/table/createTable.ts';

const ind = (id: string, extra: object = {}) => ({
  id,
  label: { id, en: id },
  kind: 'rate' as const,
  direction: 'higher-is-worse' as const,
  ...extra,
});
const codes = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `99.01.0${(i % 3) + 1}.2${String(i + 1).padStart(3, '0')}`);

describe('runScenario on awkward input', () => {
  it('an empty table is an EMPTY_TABLE error, not a crash', () => {
    const { table } = createTable([]);
    const r = runScenario(table, { name: 'x', indicators: [ind('a')] });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toContain('EMPTY_TABLE');
  });

  it('a single village is ranked 1 and selected', () => {
    const { table } = createTable([{ code: '99.01.01.2001', values: { a: 5 } }]);
    const r = runScenario(table, {
      name: 'x',
      indicators: [ind('a')],
      select: { mode: 'top-n', n: 1 },
    });
    expect(r.ok).toBe(true);
    expect(Array.from(r.stages!.ranked.rank)).toEqual([1]);
    expect(r.stages!.selected.count).toBe(1);
  });

  it('an indicator missing everywhere leaves every village unranked and says so', () => {
    const { table } = createTable(
      codes(4).map((code) => ({ code, values: { a: Number.NaN, b: 1 } })),
    );
    const r = runScenario(table, {
      name: 'x',
      indicators: [ind('a'), ind('b')],
      select: { mode: 'top-n', n: 2 },
    });
    expect(r.ok).toBe(true);
    expect(Array.from(r.stages!.excluded)).toEqual([1, 1, 1, 1]);
    expect(r.stages!.selected.count).toBe(0);
    expect(r.diagnostics.map((d) => d.code)).toContain('SELECTION_SHORT');
  });

  it('asking for more loci than villages selects them all and reports the shortfall', () => {
    const { table } = createTable(codes(3).map((code, i) => ({ code, values: { a: i } })));
    const r = runScenario(table, {
      name: 'x',
      indicators: [ind('a')],
      select: { mode: 'top-n', n: 10 },
    });
    expect(r.stages!.selected.count).toBe(3);
    expect(r.diagnostics.map((d) => d.code)).toContain('SELECTION_SHORT');
  });

  it('an impossible quota is diagnosed with QUOTA_IMPOSSIBLE', () => {
    const { table } = createTable(codes(9).map((code, i) => ({ code, values: { a: i } })));
    const r = runScenario(table, {
      name: 'x',
      indicators: [ind('a')],
      select: { mode: 'top-n', n: 2, quota: { min: 1 } },
    });
    expect(r.diagnostics.map((d) => d.code)).toContain('QUOTA_IMPOSSIBLE');
  });

  it('never throws on any combination of methods, policies and arbitrary values', () => {
    const value = fc.oneof(
      fc.double({ noNaN: false, min: -1e300, max: 1e300 }),
      fc.constant(Number.NaN),
      fc.constant(0),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...AGGREGATE_METHODS),
        fc.constantFrom(...NORMALISE_METHODS),
        fc.constantFrom(...MISSING_POLICIES),
        fc.constantFrom(...TREAT_METHODS),
        // Manual and nested weights need per-indicator settings; they are fuzzed elsewhere.
        fc.constantFrom(...WEIGHT_METHODS.filter((m) => m !== 'manual' && m !== 'nested')),
        // Manual breaks and IDM status need their own inputs.
        fc.constantFrom(...CLASSIFY_SCHEMES.filter((c) => c !== 'manual' && c !== 'idm-status')),
        (rows, method, norm, missing, treat, weights, scheme) => {
          const { table } = createTable(
            rows.map(([a, b], i) => ({ code: codes(30)[i]!, values: { a, b } })),
          );
          const scenario: Scenario = {
            name: 'fuzz',
            indicators: [
              ind('a', { cutoff: 0, goalposts: [-10, 10] }),
              ind('b', { cutoff: 1, goalposts: [0, 100], direction: 'higher-is-better' }),
            ],
            missing,
            treat: { method: treat },
            normalise: { method: norm },
            weights: { method: weights },
            aggregate: { method, k: 0.5 },
            select: { mode: 'top-n', n: 3, quota: { max: 2 } },
            classify: { scheme, k: 3 },
          };
          const r = runScenario(table, scenario);
          // Either a clean run or coded diagnostics explaining why not — never an exception.
          if (!r.ok) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          else expect(r.stages!.ranked.order.length).toBe(rows.length);
        },
      ),
      { numRuns: 300 },
    );
    // 300 full runs: a few seconds on a loaded 2-core machine.
  }, 60_000);
});
