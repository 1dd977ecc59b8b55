/**
 * Places a run's diagnostics next to the scenario control they concern, from the diagnostic's
 * scenario path (`indicators[2].weight` → that indicator's row, `select.quota.max` → the quota
 * fields, …), in the UI's language.
 */
import type { Diagnostic, Scenario } from '@lokus/core';
import { describeAtControl } from '../data/messages.ts';
import { h, replace } from '../dom.ts';

/** Where a note goes: an indicator row (`ind:<id>`) or a group of controls. */
export type NoteAnchor =
  | `ind:${string}`
  | 'weights'
  | 'normalise'
  | 'aggregate'
  | 'select'
  | 'quota'
  | 'classify'
  | 'general';

/** The anchor of a diagnostic in a scenario. */
export function noteAnchor(d: Diagnostic, scenario: Scenario): NoteAnchor {
  const path = d.path ?? '';
  const ind = /^indicators\[(\d+)\]/.exec(path);
  if (ind) {
    const id = scenario.indicators[Number(ind[1])]?.id;
    if (id !== undefined) return `ind:${id}`;
  }
  if (path.startsWith('weights')) return 'weights';
  if (path.startsWith('normalise') || path.startsWith('treat')) return 'normalise';
  if (path.startsWith('aggregate')) return 'aggregate';
  if (path.startsWith('select.quota')) return 'quota';
  if (path.startsWith('select')) return 'select';
  if (path.startsWith('classify')) return 'classify';
  if (d.column !== undefined && scenario.indicators.some((i) => i.id === d.column))
    return `ind:${d.column}`;
  return 'general';
}

/** Diagnostics worth showing beside a control: errors, and warnings about the settings. */
export function isNoteworthy(d: Diagnostic): boolean {
  return d.severity === 'error' || (d.severity === 'warning' && (d.path ?? '') !== '');
}

/** Empty note boxes by anchor; `show` fills them from a run's diagnostics. */
export class ScenarioNotes {
  readonly #boxes = new Map<NoteAnchor, HTMLElement>();

  clear(): void {
    this.#boxes.clear();
  }

  /** A note box for an anchor, to put into the panel beside its control. */
  box(anchor: NoteAnchor): HTMLElement {
    const el = h('div', { class: 'field-notes', 'data-anchor': anchor });
    this.#boxes.set(anchor, el);
    return el;
  }

  show(diagnostics: readonly Diagnostic[], scenario: Scenario): void {
    const by = new Map<NoteAnchor, Diagnostic[]>();
    for (const d of diagnostics.filter(isNoteworthy)) {
      let anchor = noteAnchor(d, scenario);
      if (!this.#boxes.has(anchor)) anchor = 'general';
      // Appended in place: a national run can carry thousands of notes.
      const list = by.get(anchor);
      if (list) list.push(d);
      else by.set(anchor, [d]);
    }
    for (const [anchor, box] of this.#boxes) {
      const list = by.get(anchor) ?? [];
      replace(
        box,
        ...list
          .slice(0, 5)
          .map((d) =>
            h(
              'p',
              { class: `field-note ${d.severity}`, role: 'alert', 'data-code': d.code },
              describeAtControl(d),
            ),
          ),
      );
    }
  }
}
