/**
 * The analyst's answers about outside hosts (basemap servers), kept per host in this browser's
 * localStorage only: never in a link, a project file or an export.
 */

/** The answer for one host. */
export type HostChoice = 'allow' | 'deny';

/** localStorage key; the page's start-up policy script reads the same key. */
export const OUTSIDE_HOSTS_KEY = 'lokus.outsideHosts';

/** A host as stored: lower-case name with an optional port, nothing else. */
export const HOST_FORM = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;

/**
 * Every stored answer; a malformed store reads as no answers.
 *
 * @example
 * hostChoices({ getItem: () => '{"tiles.example.org":"allow"}' })['tiles.example.org']; // => 'allow'
 */
export function hostChoices(storage: Pick<Storage, 'getItem'>): Record<string, HostChoice> {
  const out: Record<string, HostChoice> = {};
  try {
    const raw = JSON.parse(storage.getItem(OUTSIDE_HOSTS_KEY) ?? '{}') as Record<string, unknown>;
    for (const [host, choice] of Object.entries(raw)) {
      if (HOST_FORM.test(host) && (choice === 'allow' || choice === 'deny')) out[host] = choice;
    }
  } catch {
    // a store written by something else: no answers
  }
  return out;
}

/**
 * Stores the answer for one host.
 *
 * @example
 * rememberHostChoice(localStorage, 'tiles.example.org', 'deny'); // => undefined
 */
export function rememberHostChoice(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  host: string,
  choice: HostChoice,
): void {
  if (!HOST_FORM.test(host)) return;
  storage.setItem(OUTSIDE_HOSTS_KEY, JSON.stringify({ ...hostChoices(storage), [host]: choice }));
}
