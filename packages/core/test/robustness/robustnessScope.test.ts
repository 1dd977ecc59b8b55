import { describe, expect, it } from 'vitest';
import { analyseRobustness } from '../../src/robustness/analyseRobustness.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { createTable } from '../../src/table/createTable.ts';

const { table } = createTable([
  { code: '11.01.01.2001', values: { a: 1, b: 5 } },
  { code: '11.01.01.2002', values: { a: 4, b: 2 } },
  { code: '12.01.01.2001', values: { a: 3, b: 3 } },
  { code: '12.01.01.2002', values: { a: 2, b: 9 } },
]);
const ind = (id: string) =>
  ({ id, label: { id, en: id }, kind: 'count', direction: 'higher-is-worse' }) as const;
const scenario: Scenario = {
  name: 'two',
  indicators: [ind('a'), ind('b')],
  select: { mode: 'top-n', n: 1 },
  robustness: { draws: 20, weights: { factor: 0.5 } },
};

describe('robustness and the ranking scope', () => {
  it('refuses a scenario ranked within each kabupaten, which its draws would not honour', () => {
    const { result, diagnostics } = analyseRobustness(table, {
      ...scenario,
      scope: { by: 'kabupaten' },
    });
    expect(result).toBeNull();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'ROBUSTNESS_SCOPED', path: 'scope', value: 'kabupaten' }),
    ]);
  });

  it('analyses the same scenario in one pool', () => {
    const { result } = analyseRobustness(table, { ...scenario, scope: { by: 'all' } });
    expect(result).not.toBeNull();
  });
});
