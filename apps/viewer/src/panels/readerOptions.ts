/**
 * The readers' options in the load dialog: decimal and thousands separator, text encoding (CSV
 * and a Shapefile's .dbf) and the Shapefile layer. Empty = the reader detects it.
 */
import type { ReaderOptions } from '../data/io.ts';
import { h } from '../dom.ts';
import { t } from '../i18n/index.ts';

type Choice = readonly (readonly [string, string])[];

/** The options block; `onChange` gets the options whenever one changes. */
export function readerOptionsFields(onChange: (options: ReaderOptions) => void): HTMLElement {
  const values: Record<string, string> = { decimal: '', thousands: '', encoding: '', layer: '' };
  const emit = () => {
    const o: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) if (v !== '') o[k] = v;
    onChange(o as ReaderOptions);
  };
  const select = (key: string, text: string, choices: Choice) =>
    h(
      'label',
      { class: 'field', for: `opt-${key}` },
      h('span', {}, text),
      h(
        'select',
        {
          id: `opt-${key}`,
          onchange: (e: Event) => {
            values[key] = (e.target as HTMLSelectElement).value;
            emit();
          },
        },
        ...choices.map(([v, label]) => h('option', { value: v }, label)),
      ),
    );
  const auto = t('optAuto');
  return h(
    'details',
    { class: 'reader-options' },
    h('summary', {}, t('readerOptions')),
    select('decimal', t('optDecimal'), [
      ['', auto],
      [',', t('optComma')],
      ['.', t('optPoint')],
    ]),
    select('thousands', t('optThousands'), [
      ['', auto],
      ['.', t('optPoint')],
      [',', t('optComma')],
    ]),
    select('encoding', t('optEncoding'), [
      ['', auto],
      ['utf-8', 'UTF-8'],
      ['windows-1252', 'Windows-1252'],
    ]),
    h(
      'label',
      { class: 'field', for: 'opt-layer' },
      h('span', {}, t('optLayer')),
      h('input', {
        id: 'opt-layer',
        type: 'text',
        onchange: (e: Event) => {
          values.layer = (e.target as HTMLInputElement).value.trim();
          emit();
        },
      }),
    ),
  );
}
