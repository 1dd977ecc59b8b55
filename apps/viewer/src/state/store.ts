/** The viewer's state: one object, changed through `update`, observed through `subscribe`. */
import type { Scenario } from '@lokus/core';
import type { Locale } from '../i18n/index.ts';

export type View = 'map' | 'compare' | 'table';
export type Fill = 'class' | 'rank' | 'score' | 'selection';
export type Overlay = 'none' | 'lisa' | 'hotspot';
export type RightMap = 'b' | 'change';

export interface Camera {
  readonly center: readonly [number, number];
  readonly zoom: number;
}

export interface AppState {
  readonly dataset: string;
  readonly scenario: Scenario | null;
  readonly scenarioB: Scenario | null;
  /** Which scenario the panel edits. */
  readonly editing: 'a' | 'b';
  readonly view: View;
  readonly fill: Fill;
  readonly overlay: Overlay;
  readonly right: RightMap;
  /** Code of the clicked village. */
  readonly selected: string | null;
  readonly camera: Camera | null;
  readonly locale: Locale;
  readonly basemap: string;
}

export const initialState: AppState = {
  dataset: '',
  scenario: null,
  scenarioB: null,
  editing: 'a',
  view: 'map',
  fill: 'class',
  overlay: 'none',
  right: 'b',
  selected: null,
  camera: null,
  locale: 'id',
  basemap: '',
};

type Listener = (state: AppState, previous: AppState) => void;

/** A minimal observable store. */
export class Store {
  #state: AppState;
  readonly #listeners = new Set<Listener>();

  constructor(state: AppState) {
    this.#state = state;
  }

  get state(): AppState {
    return this.#state;
  }

  update(patch: Partial<AppState>): void {
    const previous = this.#state;
    this.#state = { ...previous, ...patch };
    for (const l of this.#listeners) l(this.#state, previous);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
