/** The viewer's strings and number formats, Indonesian by default. */
import type { Label } from '@lokus/core';
import { en } from './en.ts';
import { id, type Messages } from './id.ts';

export type Locale = 'id' | 'en';
export type MessageKey = keyof Messages;

const messages: Record<Locale, Messages> = { id, en };
let current: Locale = 'id';

/** Sets the current locale. */
export function setLocale(locale: Locale): void {
  current = locale;
  document.documentElement.lang = locale;
}

/** The current locale. */
export function locale(): Locale {
  return current;
}

/** A UI string, with `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = messages[current][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** A UI string by a computed key (e.g. `reason_${reason}`), the key itself when unknown. */
export function tk(key: string): string {
  return (messages[current] as Record<string, string>)[key] ?? key;
}

/** A bilingual label in the current locale. */
export function label(l: Label | undefined, fallback = ''): string {
  return l ? l[current] : fallback;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Formats a number for the current locale (`id-ID`: `8,95`); `–` for missing values. */
export function fmt(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '–';
  const key = `${current}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(current === 'id' ? 'id-ID' : 'en-GB', {
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f.format(value);
}

/** Formats a share in [0, 1] as a percentage (`id-ID`: `8,95%`). */
export function pct(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(current === 'id' ? 'id-ID' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(value);
}
