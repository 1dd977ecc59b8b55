import type { Label } from '../types.ts';
import { headerKey } from './headerKey.ts';
import { type CatalogueEntry, INDICATOR_CATALOGUE } from './indicatorCatalogue.ts';

/** A catalogue entry matched to a column header, and why. */
export interface IndicatorMatch {
  readonly entry: CatalogueEntry;
  /** `true` when the header names the entry's rate (e.g. `desil1_pct`), not the count. */
  readonly asRate: boolean;
  /** The alias (or id) the header matched, as written in the catalogue. */
  readonly alias: string;
  /** Why, in Bahasa Indonesia and English. */
  readonly reason: Label;
}

/** Units written after an indicator name in headers, tried off when the whole header fails. */
const UNIT_WORDS = new Set(['kk', 'jiwa', 'orang', 'unit', 'anak', 'persen', 'pct', 'rt', 'ruta']);

interface Candidate {
  readonly entry: CatalogueEntry;
  readonly asRate: boolean;
  readonly alias: string;
}

let index: Map<string, Candidate> | undefined;

/** Every alias key of the catalogue, built once (the catalogue is constant). */
function aliasIndex(): Map<string, Candidate> {
  if (index !== undefined) return index;
  const out = new Map<string, Candidate>();
  const add = (alias: string, entry: CatalogueEntry, asRate: boolean): void => {
    const key = headerKey(alias);
    if (!out.has(key)) out.set(key, { entry, asRate, alias });
  };
  for (const entry of INDICATOR_CATALOGUE as readonly CatalogueEntry[]) {
    add(entry.id, entry, false);
    if (entry.rate !== undefined) add(entry.rate.id, entry, true);
  }
  for (const entry of INDICATOR_CATALOGUE as readonly CatalogueEntry[]) {
    for (const alias of entry.aliases) add(alias, entry, false);
  }
  index = out;
  return out;
}

/**
 * Finds the catalogue entry a column header names, comparing {@link headerKey}s with each entry's
 * id, its rate's id and its aliases; when the whole header does not match, a trailing unit word
 * (`KK`, `jiwa`, `persen`, …) is tried off. Returns `null` when nothing matches: an unknown
 * column is never given a direction by guessing. O(length of the header).
 *
 * @example
 * matchIndicator('Nilai IDM 2024')?.entry.id; // => 'idm'
 * matchIndicator('Jumlah KK Desil 1')?.entry.direction; // => 'higher-is-worse'
 * matchIndicator('flag'); // => null
 */
export function matchIndicator(header: string): IndicatorMatch | null {
  const aliases = aliasIndex();
  const key = headerKey(header);
  let found = aliases.get(key);
  if (found === undefined) {
    const words = key.split(' ');
    if (words.length > 1 && UNIT_WORDS.has(words[words.length - 1]!)) {
      found = aliases.get(words.slice(0, -1).join(' '));
    }
  }
  if (found === undefined) return null;
  const { entry, asRate, alias } = found;
  const name = asRate ? entry.rate!.label : entry.label;
  return {
    entry,
    asRate,
    alias,
    reason: {
      id: `judul kolom "${header}" dikenali sebagai ${name.id}`,
      en: `header "${header}" is known as ${name.en}`,
    },
  };
}
