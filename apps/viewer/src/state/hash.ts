/**
 * The shareable part of the state in the URL hash: `#` + base64url(JSON). A shared URL reopens
 * the same dataset, scenario(s), view, colouring, camera and selected village.
 */
import type { Scenario } from '@lokus/core';
import { type BasemapRefusal, checkBasemapUrl } from '../offline/basemapUrl.ts';
import type { AppState } from './store.ts';

type Shared = Pick<
  AppState,
  | 'dataset'
  | 'scenario'
  | 'scenarioB'
  | 'view'
  | 'fill'
  | 'overlay'
  | 'right'
  | 'selected'
  | 'camera'
  | 'locale'
  | 'basemap'
>;

const KEYS: readonly (keyof Shared)[] = [
  'dataset',
  'scenario',
  'scenarioB',
  'view',
  'fill',
  'overlay',
  'right',
  'selected',
  'camera',
  'locale',
  'basemap',
];

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/**
 * The same link without one of its keys (the basemap waiting for the analyst's answer).
 *
 * @example
 * hashWithout('', 'basemap'); // => ''
 */
export function hashWithout(hash: string, key: keyof Shared): string {
  const body = hash.replace(/^#/, '');
  if (body === '') return '';
  try {
    const parsed = JSON.parse(fromBase64Url(body)) as Record<string, unknown>;
    delete parsed[key];
    return `#${toBase64Url(JSON.stringify(parsed))}`;
  } catch {
    return '';
  }
}

/**
 * The same link with one key set (the basemap once the analyst allowed its host).
 *
 * @example
 * hashWith('', 'locale', 'en') === `#${btoa('{"locale":"en"}')}`; // => true
 */
export function hashWith(hash: string, key: keyof Shared, value: unknown): string {
  let parsed: Record<string, unknown> = {};
  try {
    const body = hash.replace(/^#/, '');
    if (body !== '') parsed = JSON.parse(fromBase64Url(body)) as Record<string, unknown>;
  } catch {
    parsed = {};
  }
  return `#${toBase64Url(JSON.stringify({ ...parsed, [key]: value }))}`;
}

/** Encodes the shareable state. */
export function encodeHash(state: AppState): string {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) out[k] = state[k];
  return `#${toBase64Url(JSON.stringify(out))}`;
}

/** A value of a shared link that was dropped, and why. */
export interface RefusedValue {
  readonly key: 'dataset' | 'selected' | 'basemap';
  readonly reason: BasemapRefusal | 'BAD_FORM';
}

/** A decoded link: the state it sets and the values it carried that were dropped. */
export interface SharedLink {
  readonly state: Partial<AppState>;
  readonly refused: readonly RefusedValue[];
}

/** Dataset ids are slugs (`sample`, `demak`, `upload`); village codes are digits and dots. */
const DATASET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const VILLAGE_CODE = /^[0-9A-Za-z][0-9A-Za-z.]{0,31}$/;

/**
 * Decodes a hash written by {@link encodeHash}. Everything in it is data from outside: unknown
 * or malformed parts are ignored, and a dataset id, village code or basemap URL of the wrong
 * form is dropped and listed in `refused` (a basemap must be `https:` without credentials).
 *
 * @example
 * decodeSharedLink('#' + btoa('{"basemap":"http://x.org/{z}/{x}/{y}.png"}')).refused[0]?.reason; // => 'NOT_HTTPS'
 */
export function decodeSharedLink(hash: string): SharedLink {
  const body = hash.replace(/^#/, '');
  if (body === '') return { state: {}, refused: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(body));
  } catch {
    return { state: {}, refused: [] };
  }
  if (typeof parsed !== 'object' || parsed === null) return { state: {}, refused: [] };
  const p = parsed as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const refused: RefusedValue[] = [];
  const str = (k: string, allowed?: readonly string[]) => {
    const v = p[k];
    if (typeof v === 'string' && (!allowed || allowed.includes(v))) out[k] = v;
  };
  const formed = (k: 'dataset' | 'selected', form: RegExp) => {
    const v = p[k];
    if (typeof v !== 'string') return;
    if (form.test(v)) out[k] = v;
    else refused.push({ key: k, reason: 'BAD_FORM' });
  };
  formed('dataset', DATASET_ID);
  str('view', ['map', 'compare', 'table']);
  str('fill', ['class', 'rank', 'score', 'selection']);
  str('overlay', ['none', 'lisa', 'hotspot']);
  str('right', ['b', 'change']);
  str('locale', ['id', 'en']);
  if (typeof p.basemap === 'string' && p.basemap !== '') {
    const check = checkBasemapUrl(p.basemap);
    if (check.ok) out.basemap = check.url;
    else refused.push({ key: 'basemap', reason: check.reason });
  }
  if (p.selected === null) out.selected = null;
  else formed('selected', VILLAGE_CODE);
  if (typeof p.scenario === 'object' && p.scenario !== null) out.scenario = p.scenario as Scenario;
  if (typeof p.scenarioB === 'object') out.scenarioB = p.scenarioB as Scenario | null;
  const c = p.camera as { center?: unknown; zoom?: unknown } | null | undefined;
  if (
    c &&
    Array.isArray(c.center) &&
    c.center.length === 2 &&
    c.center.every((x) => Number.isFinite(x)) &&
    Number.isFinite(c.zoom)
  ) {
    out.camera = { center: [c.center[0], c.center[1]], zoom: c.zoom };
  }
  return { state: out as Partial<AppState>, refused };
}

/**
 * The state a hash sets, after the checks of {@link decodeSharedLink}.
 *
 * @example
 * decodeHash(''); // => {}
 */
export function decodeHash(hash: string): Partial<AppState> {
  return decodeSharedLink(hash).state;
}
