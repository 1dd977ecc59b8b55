import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/scenario/runScenario.ts';
import { createTable } from '../../src/table/createTable.ts';

const { table } = createTable([
  { code: '99.01.01.2001', name: 'A', values: { d1: 4 } },
  { code: '99.01.01.2002', name: 'B', values: { d1: 9 } },
]);
const d1 = {
  id: 'd1',
  label: { id: 'd1', en: 'd1' },
  kind: 'count',
  direction: 'higher-is-worse',
} as const;

describe('ScenarioArgument', () => {
  it('runScenario accepts an inline scenario literal of the right shape', () => {
    const r = runScenario(table, { name: 'x', indicators: [d1], select: { mode: 'top-n', n: 1 } });
    expect(r.ok).toBe(true);
  });

  it('runScenario rejects a misspelt key or method name of an inline literal at compile time', () => {
    // Each line must fail to compile (vitest runs without type-checking, the root tsc checks
    // this file): if one compiled, its @ts-expect-error would be unused and tsc would fail.
    // @ts-expect-error misspelt key `selct`
    const a = runScenario(table, { name: 'x', indicators: [d1], selct: { mode: 'top-n', n: 1 } });
    // @ts-expect-error unknown method `magic`
    const b = runScenario(table, { name: 'x', indicators: [d1], normalise: { method: 'magic' } });
    const quota = { mode: 'top-n', n: 1, quot: {} } as const;
    // @ts-expect-error misspelt nested key `quot`
    const c = runScenario(table, { name: 'x', indicators: [d1], select: quota });
    // At run time the same inputs become diagnostics (or are ignored where only the type knew).
    expect(a.ok).toBe(false);
    expect(b.diagnostics.map((d) => d.code)).toEqual(['SCENARIO_INVALID']);
    expect(c.ok).toBe(false);
  });

  it('runScenario still takes parsed input of unknown shape and reports its problems', () => {
    const parsed: unknown = JSON.parse('{"name":"x","indicators":[],"selct":1}');
    const r = runScenario(table, parsed);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.every((d) => d.code === 'SCENARIO_INVALID')).toBe(true);
  });
});
