/** Form fields of the scenario panel: a labelled select and a labelled number input. */
import { h } from '../dom.ts';

/** A labelled select of `values`; `onChange` gets the chosen value. */
export function selectField<T extends string>(
  id: string,
  text: string,
  values: readonly T[],
  current: T,
  names: (v: T) => string,
  onChange: (v: T) => void,
): HTMLElement {
  const el = h(
    'select',
    { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value as T) },
    ...values.map((v) => h('option', { value: v, selected: v === current }, names(v))),
  );
  return h('label', { class: 'field', for: id }, h('span', {}, text), el);
}

/** A labelled number input; `onChange` gets `undefined` for an empty field. */
export function numberField(
  id: string,
  text: string,
  value: number | undefined,
  attrs: { min?: number; max?: number; step?: number },
  onChange: (v: number | undefined) => void,
): HTMLElement {
  const input = h('input', {
    id,
    type: 'number',
    value: value ?? '',
    min: attrs.min,
    max: attrs.max,
    step: attrs.step ?? 1,
    onchange: (e: Event) => {
      const raw = (e.target as HTMLInputElement).value;
      onChange(raw === '' ? undefined : Number(raw));
    },
  });
  return h('label', { class: 'field', for: id }, h('span', {}, text), input);
}
