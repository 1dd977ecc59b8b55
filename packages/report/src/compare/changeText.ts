import { REASON_LABELS } from '@lokus/core';
import type { RecordVillage } from '../record/types.ts';
import type { ChangeCause, IndicatorMove } from './types.ts';

/** What {@link changeText} describes. */
export interface ChangeTextInput {
  readonly cause: ChangeCause;
  readonly previous: RecordVillage | undefined;
  readonly current: RecordVillage | undefined;
  /** Indicator moves, largest change in need first. */
  readonly indicators: readonly IndicatorMove[];
}

const rank = (v: RecordVillage | undefined): string => (v?.rank == null ? '–' : String(v.rank));

/** The recorded reason in words; in English from the reason code, keeping a forced reason's text. */
function reasonWords(v: RecordVillage | undefined, lang: 'id' | 'en'): string {
  if (v === undefined) return '';
  if (lang === 'id') return v.reasonText;
  const label = REASON_LABELS[v.reason as keyof typeof REASON_LABELS];
  if (label === undefined) return v.reasonText;
  const given = v.reason.startsWith('forced-') ? v.reasonText.split(': ').slice(1).join(': ') : '';
  return given === '' ? label.en : `${label.en}: ${given}`;
}

/**
 * A village's entry into or exit from the loci in words (Bahasa Indonesia or English): the rule
 * that decided it, or the indicators whose change moved it (at most two, each with its values in
 * both years), with its rank last year and this year. O(m).
 *
 * @example
 * const village = (rank, d1) => ({ code: '33.21.01.2001', name: 'Sukamaju', rank, raw: { d1 } });
 * const [previous, current] = [village(1, 40), village(2, 12)];
 * const d1 = { id: 'd1', label: { id: 'KK desil 1', en: 'Decile-1 households' }, unit: 'KK', kind: 'count', direction: 'higher-is-worse' };
 * const indicators = indicatorMoves(current, previous, { indicators: [d1], weights: { d1: 1 }, spread: { d1: 12 }, lang: 'id' });
 * changeText({ cause: 'need-fell', previous, current, indicators }, 'id');
 * // => 'kebutuhannya turun: KK desil 1 turun dari 40 KK menjadi 12 KK (−28 KK); peringkat 1 → 2'
 */
export function changeText(input: ChangeTextInput, lang: 'id' | 'en'): string {
  const { cause, previous: p, current: c, indicators } = input;
  const id = lang === 'id';
  const ranks = id ? `peringkat ${rank(p)} → ${rank(c)}` : `rank ${rank(p)} → ${rank(c)}`;
  const moved = (improved: boolean): string =>
    indicators
      .filter((m) => m.improved === improved && m.needChange !== 0)
      .slice(0, 2)
      .map((m) => m.text)
      .join('; ');
  switch (cause) {
    case 'code-appeared':
      return id
        ? 'kode desa baru: tidak ada di data tahun lalu'
        : "new village code: not in last year's data";
    case 'code-vanished':
      return id
        ? 'kode desa tidak ada lagi di data tahun ini (pemekaran, penggabungan atau kesalahan data)'
        : "village code no longer in this year's data (split, merger or a data error)";
    case 'forced-in':
    case 'forced-out':
    case 'carried-over':
    case 'no-longer-eligible':
    case 'unranked':
      return reasonWords(c, lang);
    case 'quota':
      return c?.reason === 'quota-minimum' || c?.reason === 'quota-maximum'
        ? `${reasonWords(c, lang)}; ${ranks}`
        : id
          ? `tahun lalu ${reasonWords(p, lang)}; tahun ini masuk, ${ranks}`
          : `last year: ${reasonWords(p, lang)}; in this year, ${ranks}`;
    case 'forced-out-ended':
    case 'newly-eligible':
    case 'newly-ranked':
      return id
        ? `tahun lalu ${reasonWords(p, lang)}; tahun ini masuk, ${ranks}`
        : `last year: ${reasonWords(p, lang)}; in this year, ${ranks}`;
    case 'forced-in-ended':
    case 'rule-ended':
      return id
        ? `tahun lalu ${reasonWords(p, lang)}; tahun ini tidak lagi, ${ranks}`
        : `last year: ${reasonWords(p, lang)}; no longer this year, ${ranks}`;
    case 'need-rose':
      return id
        ? `kebutuhannya naik: ${moved(false)}; ${ranks}`
        : `its need rose: ${moved(false)}; ${ranks}`;
    case 'need-fell':
      return id
        ? `kebutuhannya turun: ${moved(true)}; ${ranks}`
        : `its need fell: ${moved(true)}; ${ranks}`;
    case 'others-moved':
      if (c?.selected)
        return id
          ? `kebutuhannya sendiri tidak naik; desa/kelurahan lain berubah lebih banyak, ${ranks}`
          : `its own need did not rise; other villages changed more, ${ranks}`;
      return id
        ? `kebutuhannya sendiri tidak turun; desa/kelurahan lain menjadi lebih membutuhkan, ${ranks}`
        : `its own need did not fall; other villages came to need more, ${ranks}`;
  }
}
