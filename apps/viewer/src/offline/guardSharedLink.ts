/**
 * Runs before the app reads its link: values of the link that fail their checks are dropped
 * with a notice, and an outside basemap waits for the analyst. Until the analyst allows its
 * host, the basemap is taken out of the link, so nothing is requested from that host; allowing
 * stores the answer for the host on this machine and reopens the link with the basemap.
 */
import type { Locale } from '../i18n/index.ts';
import { decodeSharedLink, hashWith, hashWithout } from '../state/hash.ts';
import { checkBasemapUrl } from './basemapUrl.ts';
import { askOutsideHost, showOfflineNotice } from './consentDialog.ts';
import { offlineText } from './offlineText.ts';
import { hostChoices, rememberHostChoice } from './outsideHosts.ts';

/** The page parts the guard uses (the real `window` in the app). */
export interface GuardContext {
  readonly location: Pick<Location, 'hash' | 'reload'>;
  readonly history: Pick<History, 'replaceState'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly document: Document;
}

/**
 * Checks the link in the address bar; resolves nothing, acts through `ctx`.
 *
 * @example
 * guardSharedLink({ location, history, storage: localStorage, document }); // => undefined
 */
export function guardSharedLink(ctx: GuardContext): void {
  const original = ctx.location.hash;
  const { state, refused } = decodeSharedLink(original);
  const locale: Locale = state.locale ?? 'id';
  const text = offlineText(locale);
  for (const r of refused) {
    const message = r.key === 'basemap' ? text.refusedBasemap(r.reason) : text.refused(r.key);
    showOfflineNotice(ctx.document, locale, message);
  }
  if (refused.some((r) => r.key === 'basemap')) {
    ctx.history.replaceState(null, '', hashWithout(original, 'basemap') || '#');
  }
  const basemap = state.basemap;
  if (!basemap) return;
  const check = checkBasemapUrl(basemap);
  if (!check.ok) return;
  const choice = hostChoices(ctx.storage)[check.host];
  if (choice === 'allow') return;
  ctx.history.replaceState(null, '', hashWithout(original, 'basemap') || '#');
  askOutsideHost(ctx.document, locale, {
    host: check.host,
    refusedBefore: choice === 'deny',
    onAllow: () => {
      rememberHostChoice(ctx.storage, check.host, 'allow');
      ctx.history.replaceState(null, '', hashWith(ctx.location.hash, 'basemap', check.url));
      ctx.location.reload();
    },
    onDeny: () => rememberHostChoice(ctx.storage, check.host, 'deny'),
  });
}
