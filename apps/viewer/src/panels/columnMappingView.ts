/**
 * The column-mapping step of the load dialog: each column with its role (code, name, kecamatan,
 * indicator, denominator, ignore), direction and unit, a preview of its values and how many are
 * missing, prefilled from core's `suggestColumnRoles`. A column the catalogue does not know has
 * no direction until the analyst picks one; nothing is guessed.
 */
import {
  COLUMN_ROLES,
  type ColumnAssignment,
  type ColumnRole,
  type ColumnSuggestion,
  type Direction,
  type IndicatorMeta,
} from '@lokus/core';
import { h, replace } from '../dom.ts';
import { fmt, label, t, tk } from '../i18n/index.ts';

/** One row of the mapping as the analyst left it. */
export interface MappingRow {
  readonly suggestion: ColumnSuggestion;
  role: ColumnRole;
  direction: Direction | null;
  unit: string;
}

/** The mapping's assignments, or the columns that still need a direction. */
export function assignments(rows: readonly MappingRow[]): {
  readonly mapping: ColumnAssignment[];
  readonly undecided: string[];
} {
  const mapping: ColumnAssignment[] = [];
  const undecided: string[] = [];
  for (const r of rows) {
    const column = r.suggestion.column;
    if (r.role !== 'indicator') {
      const base = r.suggestion.indicator;
      mapping.push(
        r.role === 'denominator' && base
          ? { column, role: r.role, indicator: base }
          : { column, role: r.role },
      );
      continue;
    }
    if (r.direction === null) {
      undecided.push(column);
      continue;
    }
    const base: IndicatorMeta = r.suggestion.indicator ?? {
      id:
        column
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '_')
          .replace(/^_|_$/g, '') || 'kolom',
      column,
      label: { id: column, en: column },
      kind: 'rate',
      direction: r.direction,
    };
    const unit = r.unit.trim();
    mapping.push({
      column,
      role: 'indicator',
      indicator: { ...base, direction: r.direction, ...(unit ? { unit } : {}) },
    });
  }
  return { mapping, undecided };
}

/** Mapping rows prefilled from suggestions. */
export function mappingRows(suggestions: readonly ColumnSuggestion[]): MappingRow[] {
  return suggestions.map((s) => ({
    suggestion: s,
    role: s.role,
    direction: s.indicator?.direction ?? null,
    unit: s.indicator?.unit ?? '',
  }));
}

export class ColumnMappingView {
  readonly element = h('section', { class: 'column-mapping', id: 'column-mapping' });
  #rows: MappingRow[] = [];
  readonly #onChange: (rows: readonly MappingRow[]) => void;

  constructor(onChange: (rows: readonly MappingRow[]) => void) {
    this.#onChange = onChange;
  }

  get rows(): readonly MappingRow[] {
    return this.#rows;
  }

  show(rows: MappingRow[]): void {
    this.#rows = rows;
    this.#render();
  }

  #render(): void {
    replace(
      this.element,
      h('h3', {}, t('mappingTitle')),
      h('p', { class: 'hint' }, t('mappingHint')),
      h(
        'div',
        { class: 'mapping-scroll' },
        h(
          'table',
          { class: 'mapping-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...[
                'mappingColumn',
                'mappingRole',
                'direction',
                'mappingUnit',
                'mappingPreview',
                'mappingMissing',
              ].map((k) => h('th', { scope: 'col' }, tk(k))),
            ),
          ),
          h('tbody', {}, ...this.#rows.map((r, i) => this.#row(r, i))),
        ),
      ),
    );
  }

  #row(r: MappingRow, i: number): HTMLElement {
    const s = r.suggestion;
    const isIndicator = r.role === 'indicator';
    const role = h(
      'select',
      {
        id: `role-${i}`,
        'aria-label': `${t('mappingRole')}: ${s.column}`,
        onchange: (e: Event) => {
          r.role = (e.target as HTMLSelectElement).value as ColumnRole;
          this.#render();
          this.#onChange(this.#rows);
        },
      },
      ...COLUMN_ROLES.map((v) =>
        h('option', { value: v, selected: v === r.role }, tk(`role_${v}`)),
      ),
    );
    const direction = h(
      'select',
      {
        id: `dir-${i}`,
        'aria-label': `${t('direction')}: ${s.column}`,
        disabled: !isIndicator,
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          r.direction = v === '' ? null : (v as Direction);
          this.#render();
          this.#onChange(this.#rows);
        },
      },
      h('option', { value: '', selected: r.direction === null }, t('chooseDirection')),
      h(
        'option',
        { value: 'higher-is-worse', selected: r.direction === 'higher-is-worse' },
        t('higherIsWorse'),
      ),
      h(
        'option',
        { value: 'higher-is-better', selected: r.direction === 'higher-is-better' },
        t('higherIsBetter'),
      ),
    );
    const unit = h('input', {
      id: `unit-${i}`,
      type: 'text',
      size: 8,
      value: r.unit,
      disabled: !isIndicator,
      'aria-label': `${t('mappingUnit')}: ${s.column}`,
      onchange: (e: Event) => {
        r.unit = (e.target as HTMLInputElement).value;
        this.#onChange(this.#rows);
      },
    });
    return h(
      'tr',
      {
        'data-column': s.column,
        'data-role': r.role,
        'data-direction': isIndicator ? (r.direction ?? '') : '',
        class: isIndicator && r.direction === null ? 'undecided' : '',
      },
      h('th', { scope: 'row' }, s.column, h('div', { class: 'mapping-reason' }, label(s.reason))),
      h('td', {}, role),
      h('td', {}, direction),
      h('td', {}, unit),
      h('td', { class: 'mapping-preview' }, s.preview.slice(0, 3).join(' · ')),
      h('td', { class: 'num' }, fmt(s.missing, 0)),
    );
  }
}
