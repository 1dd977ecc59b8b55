import type { NotSelectedReason, SelectedReason } from '../result.ts';
import type { SelectSpec } from '../scenario/types.ts';
import type { VillageTable } from '../types.ts';
import { formatNumber } from './formatNumber.ts';
import type { SelectInput } from './selectLoci.ts';

/** Why a village was or was not selected. */
export type Reason = SelectedReason | NotSelectedReason;

/** An eligibility minimum with its column. */
export interface Minimum {
  readonly id: string;
  readonly min: number;
  readonly values: Float64Array;
}

/**
 * Working state of one `selectLoci` call. The passes over every village are plain functions of
 * this object rather than closures inside `selectLoci`, so the engine optimises each loop on its
 * own and calls the same methods on every run.
 */
export class Selection {
  readonly table: VillageTable;
  readonly score: Float64Array;
  readonly rank: Float64Array;
  readonly rankInKec: Float64Array;
  readonly order: Int32Array;
  readonly kec: Int32Array;
  readonly kecCodes: readonly string[];
  /** First row of each kecamatan, for its name; filled on first use. */
  kecFirst: Int32Array | null = null;
  readonly rankedCount: number;
  readonly threshold: number;
  readonly byThreshold: boolean;
  readonly cutoffText: string;
  /** Reason code of each village ({@link Why}); 0 while undecided. */
  readonly why: Uint8Array;
  /** Sentences written during the selection, by village (rare rules: forced, eligibility). */
  readonly texts = new Map<number, string>();
  /** The {@link DeferredText} of each village's sentence, built on demand; 0 = in `texts`. */
  readonly deferred: Uint8Array;
  /** The `quota.max` of the run, for the deferred `quota-maximum` sentence. */
  quotaMax = Number.POSITIVE_INFINITY;
  readonly selected: Uint8Array;
  readonly perKec: Int32Array;
  total = 0;

  constructor(
    input: SelectInput,
    spec: SelectSpec,
    kec: Int32Array,
    kecCodes: readonly string[],
    rankedCount: number,
    threshold: number,
    cutoffText: string,
  ) {
    const n = input.table.length;
    this.table = input.table;
    this.score = input.score;
    this.rank = input.ranked.rank;
    this.rankInKec = input.ranked.rankInKecamatan;
    this.order = input.ranked.order;
    this.kec = kec;
    this.kecCodes = kecCodes;
    this.rankedCount = rankedCount;
    this.threshold = threshold;
    this.byThreshold = spec.mode === 'threshold';
    this.cutoffText = cutoffText;
    this.why = new Uint8Array(n);
    this.deferred = new Uint8Array(n);
    this.selected = new Uint8Array(n);
    this.perKec = new Int32Array(kecCodes.length);
  }

  pick(i: number, why: number, text: string): void {
    this.selected[i] = 1;
    this.why[i] = why;
    this.text(i, text);
    this.perKec[this.kec[i]!]!++;
    this.total++;
  }

  /** Every village's reason, as the words of `SelectOutput.reason` (`null` if undecided). O(n). */
  reasons(): (Reason | null)[] {
    const { why } = this;
    const out: (Reason | null)[] = [];
    for (let i = 0; i < why.length; i++) out.push(why[i] === 0 ? null : REASONS[why[i]! - 1]!);
    return out;
  }

  /** Records that village `i`'s sentence is `kind`, built only when the sentences are read. */
  defer(i: number, kind: DeferredText): void {
    this.texts.delete(i);
    this.deferred[i] = kind;
  }

  /** Writes village `i`'s sentence now. */
  text(i: number, text: string): void {
    this.deferred[i] = 0;
    if (text === '') this.texts.delete(i);
    else this.texts.set(i, text);
  }

  /** Adds to village `i`'s sentence (written or deferred). */
  appendText(i: number, more: string): void {
    const kind = this.deferred[i]! as DeferredText | 0;
    const now = kind === 0 ? (this.texts.get(i) ?? '') : this.deferredText(i, kind);
    this.text(i, now + more);
  }

  /**
   * Every village's sentence: the ones written during the selection, and the deferred ones built
   * now from the final ranking (which later steps never change). O(n).
   */
  details(): string[] {
    const { deferred, texts } = this;
    const out: string[] = [];
    for (let i = 0; i < deferred.length; i++) {
      const kind = deferred[i]! as DeferredText | 0;
      out.push(kind === 0 ? (texts.get(i) ?? '') : this.deferredText(i, kind));
    }
    return out;
  }

  /** The sentence of a deferred kind for village `i`. */
  deferredText(i: number, kind: DeferredText): string {
    const { rank, rankedCount, cutoffText } = this;
    switch (kind) {
      case DeferredText.Fill:
        return this.fillText(i);
      case DeferredText.QuotaMinimum:
        return `Quota minimum for ${this.kecLabel(this.kec[i]!)}: best ranked eligible there (rank ${this.rankInKec[i]} in kecamatan; ${this.rankText(i)})`;
      case DeferredText.TiedAtCutoff:
        return (
          `Ranked ${rank[i]} of ${rankedCount}, tied with a selected village; ` +
          `ties at the cutoff are broken by village code (${cutoffText})`
        );
      case DeferredText.BelowCutoff:
        return this.byThreshold
          ? `Score below the ${cutoffText}`
          : `Below the cutoff (${cutoffText})`;
      case DeferredText.Unranked:
        return 'Not ranked: the score is missing';
      case DeferredText.WithinTarget:
        return (
          `Ranked ${rank[i]} of ${rankedCount}, within the ${cutoffText}, but those places ` +
          'went to higher rules (forced in, carry-over, quota minimum)'
        );
      default:
        return `Ranked ${rank[i]} of ${rankedCount}, but ${this.kecLabel(this.kec[i]!)} already has its maximum of ${this.quotaMax} loci`;
    }
  }

  kecLabel(g: number): string {
    if (this.kecFirst === null) this.kecFirst = firstRows(this.kec, this.kecCodes.length);
    const name = this.table.kecamatanName[this.kecFirst[g]!] ?? '';
    return `kecamatan ${this.kecCodes[g]}${name === '' ? '' : ` (${name})`}`;
  }

  rankText(i: number): string {
    return `ranked ${this.rank[i]} of ${this.rankedCount}`;
  }

  /** The sentence of a village taken by the fill (step 6). */
  fillText(i: number): string {
    return this.byThreshold
      ? `Score ${formatNumber(this.score[i]!)} ≥ threshold ${formatNumber(this.threshold)} (${this.rankText(i)})`
      : `Ranked ${this.rank[i]} of ${this.rankedCount}; ${this.cutoffText}`;
  }
}

/** The reasons in the order of their codes in {@link Why} (code = index + 1). */
const REASONS: readonly Reason[] = [
  'forced-include',
  'carry-over',
  'quota-minimum',
  'rank',
  'threshold',
  'forced-exclude',
  'ineligible-kind',
  'ineligible-minimum',
  'quota-maximum',
  'below-cutoff',
  'unranked',
];

/**
 * Reason codes during a selection (0 = undecided): the loops compare small integers in a typed
 * array, and the words of `SelectOutput.reason` are written once at the end, when read.
 */
export const Why = {
  ForcedInclude: 1,
  CarryOver: 2,
  QuotaMinimum: 3,
  Rank: 4,
  Threshold: 5,
  ForcedExclude: 6,
  IneligibleKind: 7,
  IneligibleMinimum: 8,
  QuotaMaximum: 9,
  BelowCutoff: 10,
  Unranked: 11,
} as const;

/**
 * Sentences of the fill step that name a village's rank or kecamatan: written only when someone
 * reads them, since at national scale they are tens of thousands of distinct strings.
 */
export const DeferredText = {
  Fill: 1,
  QuotaMinimum: 2,
  TiedAtCutoff: 3,
  WithinTarget: 4,
  QuotaMaximum: 5,
  BelowCutoff: 6,
  Unranked: 7,
} as const;

/** One of the {@link DeferredText} kinds. */
export type DeferredText = (typeof DeferredText)[keyof typeof DeferredText];

/** Number of ranked (non-`NaN`) entries. */
export function countRanked(rank: Float64Array): number {
  let count = 0;
  for (let i = 0; i < rank.length; i++) if (!Number.isNaN(rank[i]!)) count++;
  return count;
}

/** First row of each group. */
function firstRows(ids: Int32Array, groups: number): Int32Array {
  const first = new Int32Array(groups).fill(-1);
  for (let i = 0; i < ids.length; i++) if (first[ids[i]!] === -1) first[ids[i]!] = i;
  return first;
}
