import type { Diagnostic, Severity } from '@lokus/core';

/** A collector that keeps the first diagnostics of each code and counts the rest. */
export interface DiagnosticTally<D extends Diagnostic> {
  /**
   * Adds a diagnostic of `code`; `make` is called only while fewer than `maxPerCode` of that
   * code were kept, so a million repeats cost a counter, not a million objects.
   */
  add(code: D['code'], severity: Severity, example: unknown, make: () => D): void;
  /** Adds a diagnostic already built. */
  push(d: D): void;
  /** `true` once `maxPerCode` diagnostics of `code` were kept: build no more, just `add`. */
  full(code: D['code']): boolean;
  /** The kept diagnostics in order, each code's summary right after its last kept one. */
  list(): D[];
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

interface Omitted<D> {
  count: number;
  severity: Severity;
  examples: unknown[];
  last: D;
}

/**
 * Creates a {@link DiagnosticTally}: beyond `maxPerCode` diagnostics of one code, the rest become
 * one summary of that code (the highest severity among them, the total count, and
 * `value: { count, omitted, examples }` with the rows or villages of the first five omitted).
 *
 * Method: a counter per code. O(1) per diagnostic added.
 *
 * @example
 * const tally = createDiagnosticTally(1);
 * [1, 2, 3].forEach((row) =>
 *   tally.add('JOIN_UNMATCHED_TABLE', 'warning', row, () => ({
 *     code: 'JOIN_UNMATCHED_TABLE', severity: 'warning', message: `Row ${row}`, row,
 *   })),
 * );
 * tally.list().map((d) => d.value ?? d.row);
 * // => [1, { count: 3, omitted: 2, examples: [2, 3] }]
 */
export function createDiagnosticTally<D extends Diagnostic>(maxPerCode = 50): DiagnosticTally<D> {
  if (!(maxPerCode >= 0)) throw new Error('createDiagnosticTally requires maxPerCode ≥ 0');
  const kept: (D | string)[] = [];
  const seen = new Map<string, number>();
  const omitted = new Map<string, Omitted<D>>();
  const add = (code: string, severity: Severity, example: unknown, make: () => D): void => {
    const k = seen.get(code) ?? 0;
    seen.set(code, k + 1);
    if (k < maxPerCode) {
      kept.push(make());
      return;
    }
    let o = omitted.get(code);
    if (o === undefined) {
      const last = kept.findLast((d): d is D => typeof d !== 'string' && d.code === code);
      o = { count: 0, severity, examples: [], last: last ?? make() };
      omitted.set(code, o);
      const at = last === undefined ? kept.length : kept.lastIndexOf(last) + 1;
      kept.splice(at, 0, code);
    }
    o.count++;
    if (RANK[severity] > RANK[o.severity]) o.severity = severity;
    if (o.examples.length < 5) o.examples.push(example);
  };
  return {
    add,
    push: (d) => add(d.code, d.severity, d.row ?? d.village ?? d.value, () => d),
    full: (code) => (seen.get(code) ?? 0) >= maxPerCode,
    list: () =>
      kept.map((d) => {
        if (typeof d !== 'string') return d;
        const o = omitted.get(d)!;
        const total = seen.get(d)!;
        return {
          code: d,
          severity: o.severity,
          message: `${o.count} more ${d} like the above (${total} in all), e.g. ${o.examples.map((e) => JSON.stringify(e)).join(', ')}.`,
          ...(o.last.file === undefined ? {} : { file: o.last.file }),
          ...(o.last.column === undefined ? {} : { column: o.last.column }),
          value: { count: total, omitted: o.count, examples: o.examples },
        } as D;
      }),
  };
}
