/**
 * A run's summary as the scoring worker posts it. At national scale a weight change re-sends
 * 84,000 selection reasons and, with missing values, thousands of diagnostics that are the same
 * as the last run's; cloned one by one they cost more than the scoring. Here the reasons travel
 * packed (distinct words once, an index per village), and diagnostics equal to the ones last sent
 * for the slot are not sent again: the page keeps the previous list. The per-village arrays are
 * copied and transferred rather than cloned. Messages between the worker
 * and the page keep their order, so both ends agree on what was sent last.
 */
import type { Diagnostic, NotSelectedReason, SelectedReason } from '@lokus/core';
import { type PackedStrings, packStrings, unpackStrings } from './datasetWire.ts';
import type { RunSummary } from './protocol.ts';

/** A summary without its reasons (packed) and, when unchanged, without its diagnostics. */
export interface RunSummaryWire {
  readonly summary: Omit<RunSummary, 'reason' | 'diagnostics'>;
  readonly reason: PackedStrings;
  /** Null: the same diagnostics as the slot's previous summary. */
  readonly diagnostics: readonly Diagnostic[] | null;
}

/**
 * The summary as posted; `previous` is the slot's diagnostics last sent (null when none).
 *
 * @example
 * const [wire, transfer] = summaryToWire(summary, lastSent);
 * wire.diagnostics === null; // => true when they equal lastSent
 */
export function summaryToWire(
  summary: RunSummary,
  previous: readonly Diagnostic[] | null,
): [RunSummaryWire, Transferable[]] {
  const { reason, diagnostics, ...rest } = summary;
  const packed = packStrings(reason);
  const same = previous !== null && sameDiagnostics(previous, diagnostics);
  // The worker keeps the result: the page gets copies of its per-village arrays, transferred.
  const classes = rest.classes ? { ...rest.classes, classOf: rest.classes.classOf.slice() } : null;
  const copies = {
    rank: rest.rank.slice(),
    rankInKecamatan: rest.rankInKecamatan.slice(),
    score: rest.score.slice(),
    selected: rest.selected.slice(),
  };
  const wire = {
    summary: { ...rest, ...copies, classes },
    reason: packed,
    diagnostics: same ? null : diagnostics,
  };
  const transfer = [
    packed.ends.buffer,
    packed.index.buffer,
    ...Object.values(copies).map((a) => a.buffer),
    ...(classes ? [classes.classOf.buffer] : []),
  ];
  return [wire, transfer];
}

/**
 * The summary back; `previous` is the slot's diagnostics last received.
 *
 * @example
 * summaryFromWire(wire, lastReceived).reason.length; // => the table's length
 */
export function summaryFromWire(
  wire: RunSummaryWire,
  previous: readonly Diagnostic[] | null,
): RunSummary {
  const diagnostics = wire.diagnostics ?? previous;
  if (diagnostics === null) throw new Error('summaryFromWire requires the previous diagnostics');
  const reason = unpackStrings(wire.reason) as (SelectedReason | NotSelectedReason)[];
  return { ...wire.summary, reason, diagnostics };
}

/**
 * Whether two lists of diagnostics hold the same fields in the same order (values that are not
 * text or numbers compared as JSON).
 *
 * @example
 * sameDiagnostics([{ code: 'A', severity: 'info', message: 'm' }], [{ code: 'A', severity: 'info', message: 'm' }]);
 * // => true
 */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (!sameFields(a[i]!, b[i]!)) return false;
  }
  return true;
}

function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}
