/**
 * The shareable part of the state in the URL hash: `#` + base64url(JSON). A shared URL reopens
 * the same dataset, scenario(s), view, colouring, camera and selected village.
 */
import type { Scenario } from '@lokus/core';
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

/** Encodes the shareable state. */
export function encodeHash(state: AppState): string {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) out[k] = state[k];
  return `#${toBase64Url(JSON.stringify(out))}`;
}

/** Decodes a hash written by {@link encodeHash}; unknown or malformed parts are ignored. */
export function decodeHash(hash: string): Partial<AppState> {
  const body = hash.replace(/^#/, '');
  if (body === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(body));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const p = parsed as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const str = (k: string, allowed?: readonly string[]) => {
    const v = p[k];
    if (typeof v === 'string' && (!allowed || allowed.includes(v))) out[k] = v;
  };
  str('dataset');
  str('view', ['map', 'compare', 'table']);
  str('fill', ['class', 'rank', 'score', 'selection']);
  str('overlay', ['none', 'lisa', 'hotspot']);
  str('right', ['b', 'change']);
  str('locale', ['id', 'en']);
  str('basemap');
  if (typeof p.selected === 'string' || p.selected === null) out.selected = p.selected;
  if (typeof p.scenario === 'object' && p.scenario !== null) out.scenario = p.scenario as Scenario;
  if (typeof p.scenarioB === 'object') out.scenarioB = p.scenarioB as Scenario | null;
  const c = p.camera as { center?: unknown; zoom?: unknown } | null | undefined;
  if (
    c &&
    Array.isArray(c.center) &&
    c.center.length === 2 &&
    c.center.every((x) => typeof x === 'number') &&
    typeof c.zoom === 'number'
  ) {
    out.camera = { center: [c.center[0], c.center[1]], zoom: c.zoom };
  }
  return out as Partial<AppState>;
}
