/** The URL hash follows the store: every change is written back with `history.replaceState`. */
import { encodeHash } from './hash.ts';
import type { AppState, Store } from './store.ts';

/** Writes the shareable state into the URL hash now. */
export function writeHash(state: AppState): void {
  const hash = encodeHash(state);
  if (hash !== location.hash) history.replaceState(null, '', hash);
}

/** Keeps the URL hash in step with the store; returns the unsubscribe function. */
export function syncHash(store: Store): () => void {
  return store.subscribe((state) => writeHash(state));
}
