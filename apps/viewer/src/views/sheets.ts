/**
 * Narrow screens (phones and portrait tablets, ≤ 800 px): the map fills the screen and the
 * scenario editor, the village detail and the loci list open as bottom sheets over it, from a bar
 * at the bottom. The sheets are the panels the wide layout shows beside the map, given a head with
 * a drag handle and a close button; nothing is built twice. The list sheet is the table view, so a
 * shared link with the table open, or with a village selected, opens the same sheet on a phone.
 */
import { bounds } from '@lokus/geo';
import { h } from '../dom.ts';
import type { VillageMap } from '../map/villageMap.ts';
import type { Store, View } from '../state/store.ts';
import '../narrow.css';
import { sheetDrag } from './sheetDrag.ts';
import { type SheetTextKey, sheetText } from './sheetText.ts';

/** What the sheets need from the controller. */
export interface SheetsHost {
  readonly store: Store;
  /** Scenario A's map: panned so that a selected village shows above the detail sheet. */
  readonly villageMap: VillageMap;
  select(row: number | null): void;
  setView(view: View): void;
}

export type SheetName = 'scenario' | 'detail' | 'list';

/** The media query of the narrow layout; narrow.css uses the same width. */
export const NARROW_QUERY = '(max-width: 800px)';

const PANELS: readonly (readonly [SheetName, string])[] = [
  ['scenario', 'aside.left'],
  ['detail', 'aside.right'],
  ['list', '.table-panel'],
];

/**
 * Turns the panels under `root` into sheets on narrow screens and adds the bar that opens them.
 *
 * @example
 * const sheets = mountSheets(document.getElementById('app')!, controller);
 * sheets.open('scenario');
 * sheets.current;
 * // => 'scenario' (on a narrow screen)
 */
export function mountSheets(root: HTMLElement, host: SheetsHost): Sheets {
  return new Sheets(root, host, window.matchMedia(NARROW_QUERY));
}

export class Sheets {
  readonly bar = h('nav', { class: 'sheet-bar', 'aria-label': sheetText('bar') });
  readonly #root: HTMLElement;
  readonly #host: SheetsHost;
  readonly #media: MediaQueryList;
  readonly #panels = new Map<SheetName, HTMLElement>();
  readonly #buttons = new Map<SheetName, HTMLButtonElement>();
  /** The open sheet other than the list (which is the table view). */
  #sheet: 'scenario' | 'detail' | null = null;
  #opener: HTMLElement | null = null;

  constructor(root: HTMLElement, host: SheetsHost, media: MediaQueryList) {
    this.#root = root;
    this.#host = host;
    this.#media = media;
    for (const [name, selector] of PANELS) {
      const panel = root.querySelector<HTMLElement>(selector);
      if (panel) this.#panels.set(name, this.#decorate(name, panel));
    }
    this.bar.append(
      h(
        'button',
        { type: 'button', id: 'sheet-map', onclick: () => this.open(null) },
        sheetText('map'),
      ),
      ...(['list', 'scenario', 'detail'] as const).map((name) => this.#barButton(name)),
    );
    root.append(this.bar);
    if (host.store.state.selected && media.matches) this.#sheet = 'detail';
    host.store.subscribe((state, previous) => {
      if (state.selected !== previous.selected)
        queueMicrotask(() => this.#selected(state.selected));
      else if (state.view !== previous.view) this.#render();
    });
    media.addEventListener('change', () => this.#render());
    this.#render();
  }

  /** The open sheet, or null when the map has the whole screen (or the screen is wide). */
  get current(): SheetName | null {
    if (!this.#media.matches) return null;
    return this.#host.store.state.view === 'table' ? 'list' : this.#sheet;
  }

  /** Opens a sheet (null: none, the whole map). */
  open(name: SheetName | null): void {
    const { view } = this.#host.store.state;
    if (name === 'list') {
      this.#sheet = null;
      if (view !== 'table') this.#host.setView('table');
    } else {
      this.#sheet = name;
      if (view === 'table') this.#host.setView('map');
    }
    this.#render();
  }

  /** Closes a sheet; closing the detail also clears the selection. */
  close(name: SheetName): void {
    if (name === 'list') this.#host.setView('map');
    else if (this.#sheet === name) this.#sheet = null;
    if (name === 'detail' && this.#host.store.state.selected) this.#host.select(null);
    this.#render();
    this.#opener?.focus();
    this.#opener = null;
  }

  #selected(code: string | null): void {
    if (!this.#media.matches) return;
    if (code) {
      this.open('detail');
      this.#reveal(code);
    } else if (this.#sheet === 'detail' && this.#host.store.state.view !== 'compare') {
      this.#sheet = null;
      this.#render();
    }
  }

  /** Pans the map (same zoom) so that the village is not hidden under the detail sheet. */
  #reveal(code: string): void {
    const vm = this.#host.villageMap;
    const ds = vm.dataset;
    const row = ds?.rowOfCode.get(code);
    const f = ds && row !== undefined ? (ds.join.joined[row] ?? -1) : -1;
    const feature = ds && f >= 0 ? ds.boundaries.features[f] : undefined;
    const b = feature ? bounds(feature) : null;
    const sheet = this.#panels.get('detail');
    if (!b || !sheet) return;
    const pan = () => {
      const p = vm.map.project([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
      const top = vm.map.getCanvas().getBoundingClientRect().top;
      const visible = sheet.getBoundingClientRect().top - top;
      if (p.y > 40 && p.y < visible - 24) return;
      vm.map.panBy([0, p.y - visible / 2], { duration: 300 });
    };
    if (vm.map.isMoving()) vm.map.once('moveend', pan);
    else pan();
  }

  #barButton(name: SheetName): HTMLButtonElement {
    const button = h(
      'button',
      {
        type: 'button',
        id: `sheet-open-${name}`,
        'aria-controls': this.#panels.get(name)?.id,
        'aria-expanded': 'false',
        onclick: () => {
          if (this.current === name) return this.close(name);
          this.#opener = button;
          this.open(name);
          this.#panels.get(name)?.focus();
        },
      },
      sheetText(name),
    );
    this.#buttons.set(name, button);
    return button;
  }

  /** Gives a panel the head of a sheet: drag handle, name, close button. */
  #decorate(name: SheetName, panel: HTMLElement): HTMLElement {
    if (!panel.id) panel.id = `sheet-${name}`;
    const title = sheetText(name as SheetTextKey);
    const handle = h('button', {
      type: 'button',
      class: 'sheet-handle',
      'aria-label': sheetText('handle', title),
      'aria-expanded': 'false',
    });
    sheetDrag(handle, {
      sheet: panel,
      isFull: () => panel.classList.contains('sheet-full'),
      setFull: (full) => {
        panel.classList.toggle('sheet-full', full);
        handle.setAttribute('aria-expanded', String(full));
      },
      close: () => this.close(name),
    });
    const head = h(
      'div',
      { class: 'sheet-head' },
      handle,
      h('span', { class: 'sheet-title' }, title),
      h(
        'button',
        {
          type: 'button',
          class: 'sheet-close',
          'aria-label': sheetText('close', title),
          onclick: () => this.close(name),
        },
        '×',
      ),
    );
    // The list scrolls its own table; the other panels' content scrolls in a body under the head
    // (the sheet itself does not scroll: a scrolling box over the WebGL canvas keeps software
    // rendering from showing the map behind it).
    if (name === 'list') panel.prepend(head);
    else panel.append(head, h('div', { class: 'sheet-body' }, ...panel.childNodes));
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.current === name) {
        e.stopPropagation();
        this.close(name);
      }
    });
    return panel;
  }

  /** Writes the open sheet into the page: `data-sheet` on the root, roles and states. */
  #render(): void {
    const narrow = this.#media.matches;
    const current = this.current;
    this.#root.dataset.narrow = String(narrow);
    this.#root.dataset.sheet = current ?? '';
    for (const [name, panel] of this.#panels) {
      const open = current === name;
      if (narrow) {
        panel.setAttribute('role', 'dialog');
        // The list keeps its own name (the table's).
        if (name !== 'list') panel.setAttribute('aria-label', sheetText(name as SheetTextKey));
        panel.tabIndex = -1;
      } else {
        for (const a of ['role', 'tabindex']) panel.removeAttribute(a);
        if (name !== 'list') panel.removeAttribute('aria-label');
      }
      panel.classList.toggle('sheet-open', narrow && open);
      if (!open) panel.classList.remove('sheet-full');
      this.#buttons.get(name)?.setAttribute('aria-expanded', String(narrow && open));
    }
    if (narrow) requestAnimationFrame(() => this.#fitCanvas());
  }

  /** After a change of sheet or view, size the canvas to its box once the page has settled. */
  #fitCanvas(): void {
    const map = this.#host.villageMap.map;
    const box = map.getContainer();
    const canvas = map.getCanvas();
    if (box.clientWidth === 0 || box.clientHeight === 0) return;
    if (canvas.clientWidth !== box.clientWidth || canvas.clientHeight !== box.clientHeight)
      map.resize();
  }
}
