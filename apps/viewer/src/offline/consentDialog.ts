/**
 * The box that asks before anything is loaded from an outside host, and the notices about
 * values of a link that were dropped. It sits over the page (outside the app's root), so it
 * shows before and while the app starts.
 */
import { h } from '../dom.ts';
import type { Locale } from '../i18n/index.ts';
import { offlineText } from './offlineText.ts';

/** What the box offers. */
export interface ConsentRequest {
  readonly host: string;
  /** The analyst refused this host before: say so and offer to ask again. */
  readonly refusedBefore: boolean;
  readonly onAllow: () => void;
  readonly onDeny: () => void;
}

function box(locale: Locale, ...children: HTMLElement[]): HTMLElement {
  const text = offlineText(locale);
  const el = h('section', {
    class: 'offline-consent',
    role: 'alertdialog',
    'aria-label': text.askTitle,
  });
  Object.assign(el.style, {
    position: 'fixed',
    zIndex: '1000',
    left: '50%',
    top: '12px',
    transform: 'translateX(-50%)',
    maxWidth: 'min(560px, calc(100vw - 24px))',
    background: '#fff',
    border: '2px solid #7a4b00',
    borderRadius: '4px',
    padding: '10px 14px',
    boxShadow: '0 2px 10px rgba(0,0,0,0.25)',
    font: '14px system-ui, sans-serif',
    color: '#111',
  } satisfies Partial<CSSStyleDeclaration>);
  el.append(...children);
  return el;
}

/**
 * Shows the question for one host; returns the box (already in the page).
 *
 * @example
 * askOutsideHost(document, 'id', { host: 'tiles.example.org', refusedBefore: false, onAllow() {}, onDeny() {} }).getAttribute('role'); // => 'alertdialog'
 */
export function askOutsideHost(
  doc: Document,
  locale: Locale,
  request: ConsentRequest,
): HTMLElement {
  const text = offlineText(locale);
  const close = () => el.remove();
  const allow = h('button', { type: 'button', class: 'consent-allow' }, text.allow(request.host));
  const deny = h(
    'button',
    { type: 'button', class: 'consent-deny' },
    request.refusedBefore ? text.close : text.deny,
  );
  allow.addEventListener('click', () => {
    close();
    request.onAllow();
  });
  deny.addEventListener('click', () => {
    close();
    request.onDeny();
  });
  const el = box(
    locale,
    h('strong', {}, text.askTitle),
    h('p', {}, request.refusedBefore ? text.denied(request.host) : text.ask(request.host)),
    h('div', { class: 'consent-buttons' }, allow, ' ', deny),
  );
  doc.body.append(el);
  return el;
}

/**
 * Shows a notice that closes on its button; returns the box (already in the page).
 *
 * @example
 * showOfflineNotice(document, 'en', 'x').textContent?.startsWith('x'); // => true
 */
export function showOfflineNotice(doc: Document, locale: Locale, message: string): HTMLElement {
  const close = h('button', { type: 'button' }, offlineText(locale).close);
  const el = box(locale, h('p', { class: 'offline-notice' }, message), close);
  el.setAttribute('role', 'status');
  close.addEventListener('click', () => el.remove());
  doc.body.append(el);
  return el;
}
