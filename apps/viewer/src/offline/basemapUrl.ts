/**
 * Checks a basemap tile URL that came from outside (a shared link, a typed value): only an
 * `https:` URL without credentials, whose host is a plain name, is accepted.
 */

/** Why a basemap URL was refused. */
export type BasemapRefusal =
  | 'NOT_A_URL'
  | 'NOT_HTTPS'
  | 'HAS_CREDENTIALS'
  | 'BAD_HOST'
  | 'TOO_LONG';

/** The check's answer: the URL and its origin, or the reason it was refused. */
export type BasemapCheck =
  | { readonly ok: true; readonly url: string; readonly host: string; readonly origin: string }
  | { readonly ok: false; readonly reason: BasemapRefusal };

const MAX_LENGTH = 2048;
const HOST =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/;

/**
 * Checks `value` (a raster tile template such as `https://tiles.example.org/{z}/{x}/{y}.png`).
 *
 * @example
 * checkBasemapUrl('https://user:pw@tiles.example.org/{z}/{x}/{y}.png').ok; // => false
 */
export function checkBasemapUrl(value: string): BasemapCheck {
  if (value.length > MAX_LENGTH) return { ok: false, reason: 'TOO_LONG' };
  if (/\s/.test(value)) return { ok: false, reason: 'NOT_A_URL' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'NOT_A_URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'NOT_HTTPS' };
  if (url.username !== '' || url.password !== '' || /^https:\/\/[^/]*@/i.test(value)) {
    return { ok: false, reason: 'HAS_CREDENTIALS' };
  }
  if (!HOST.test(url.host)) return { ok: false, reason: 'BAD_HOST' };
  return { ok: true, url: value, host: url.host, origin: url.origin };
}
