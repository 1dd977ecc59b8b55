/**
 * The load dialog's register picker: household and person files (CSV) are counted into the
 * village table in the register worker; the table then enters the dialog as if it were the
 * analyst's village table (`onTable`), so it goes through the same reader, join report and
 * column mapping. The register's own diagnostics are listed under the picker.
 */
import { h, replace } from '../dom.ts';
import { diagnosticList } from '../panels/loadReport.ts';
import type { RegisterWorker } from './countRegisters.ts';
import { registerText } from './registerText.ts';
import { villageCsv } from './villageCsv.ts';

/** The village table made from the registers, as a picked table file. */
export interface RegisterTableFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** Counts the files (in the worker `ahead`, if one was started) into `status` and `onTable`. */
async function count(
  files: File[],
  status: HTMLElement,
  onTable: (file: RegisterTableFile) => void,
  ahead: Promise<RegisterWorker> | null,
): Promise<void> {
  if (import.meta.env.MODE === 'single') {
    replace(status, h('p', { class: 'error-block' }, registerText('single')));
    return;
  }
  const say = (step: string) => replace(status, h('p', {}, registerText('working', { step })));
  say('');
  try {
    const { countRegisters } = await import('./countRegisters.ts');
    const reply = await countRegisters(files, say, (await ahead) ?? undefined);
    if (reply.type === 'error') throw new Error(reply.message);
    const { result } = reply;
    const done = registerText('done', { villages: result.records.length });
    replace(status, h('p', { id: 'register-done' }, done), diagnosticList(result.diagnostics));
    if (result.records.length === 0) return;
    const bytes = new TextEncoder().encode(villageCsv(result)).buffer as ArrayBuffer;
    onTable({ name: 'indikator-register.csv', bytes });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    replace(
      status,
      h('p', { class: 'error-block', role: 'alert' }, registerText('failed', { message })),
    );
  }
}

/**
 * The picker element (`#load-registers`, several files at once). Opening the file chooser
 * starts the register worker and DuckDB-Wasm (seconds to load and compile), so that they are
 * ready when the files are picked; closing it without files stops them.
 *
 * @example
 * registerPicker(() => {}).querySelector('input')?.id; // => 'load-registers'
 */
export function registerPicker(onTable: (file: RegisterTableFile) => void): HTMLElement {
  const status = h('div', { class: 'register-status', 'aria-live': 'polite' });
  let ahead: Promise<RegisterWorker> | null = null;
  const prepare = () => {
    if (import.meta.env.MODE === 'single' || ahead !== null) return;
    ahead = import('./countRegisters.ts').then((m) => m.prepareRegisters());
  };
  const take = () => {
    const taken = ahead;
    ahead = null;
    return taken;
  };
  const input = h('input', {
    type: 'file',
    id: 'load-registers',
    multiple: true,
    accept: '.csv,.tsv,.txt',
    onclick: prepare,
    oncancel: () => void take()?.then((w) => w.close()),
    onchange: () => void count(Array.from(input.files ?? []), status, onTable, take()),
  });
  return h(
    'div',
    { class: 'register-picker' },
    h(
      'label',
      { for: 'load-registers', class: 'field' },
      h('span', {}, registerText('label')),
      input,
    ),
    h('p', { class: 'hint' }, registerText('privacy')),
    status,
  );
}
