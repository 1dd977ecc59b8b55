import type { Diagnostic } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { createDiagnosticTally } from '../../src/places/diagnosticTally.ts';
import { summariseDiagnostics } from '../../src/places/summariseDiagnostics.ts';

const d = (
  code: string,
  row: number,
  severity: 'info' | 'warning' | 'error' = 'warning',
): Diagnostic => ({
  code,
  severity,
  message: `${code} ${row}`,
  file: 'f.csv',
  column: 'idm',
  row,
});

describe('summariseDiagnostics', () => {
  it('summariseDiagnostics keeps the first of each code and sums up the rest after them', () => {
    const input = [d('A', 1), d('B', 2), d('A', 3), d('A', 4, 'error'), d('B', 5), d('A', 6)];
    const out = summariseDiagnostics(Object.freeze(input), { maxPerCode: 2 });
    expect(out.map((x) => [x.code, x.row ?? x.value, x.severity])).toEqual([
      ['A', 1, 'warning'],
      ['B', 2, 'warning'],
      ['A', 3, 'warning'],
      ['A', { count: 4, omitted: 2, examples: [4, 6] }, 'error'],
      ['B', 5, 'warning'],
    ]);
    expect(out[3]).toMatchObject({ file: 'f.csv', column: 'idm' });
    expect(out[3]?.message).toBe('2 more A like the above (4 in all), e.g. 4, 6.');
  });

  it('summariseDiagnostics leaves short lists alone', () => {
    const input = [d('A', 1), d('A', 2)];
    expect(summariseDiagnostics(input)).toEqual(input);
  });

  it('summariseDiagnostics throws for a non-array', () => {
    expect(() => summariseDiagnostics(null as never)).toThrow(/^summariseDiagnostics requires/);
  });
});

describe('createDiagnosticTally', () => {
  it('createDiagnosticTally builds only the kept diagnostics', () => {
    const tally = createDiagnosticTally(3);
    let built = 0;
    for (let row = 1; row <= 1000; row++) {
      tally.add('A', 'warning', row, () => {
        built++;
        return d('A', row);
      });
    }
    expect(built).toBe(3);
    const out = tally.list();
    expect(out).toHaveLength(4);
    expect(out[3]?.value).toEqual({ count: 1000, omitted: 997, examples: [4, 5, 6, 7, 8] });
  });

  it('createDiagnosticTally with maxPerCode 0 gives only summaries', () => {
    const tally = createDiagnosticTally(0);
    tally.push(d('A', 1));
    tally.push(d('A', 2));
    expect(tally.list().map((x) => x.value)).toEqual([{ count: 2, omitted: 2, examples: [1, 2] }]);
  });
});
