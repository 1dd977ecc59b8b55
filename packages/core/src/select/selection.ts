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
  readonly reason: (Reason | null)[];
  readonly detail: string[];
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
    this.reason = new Array<Reason | null>(n).fill(null);
    this.detail = new Array<string>(n).fill('');
    this.selected = new Uint8Array(n);
    this.perKec = new Int32Array(kecCodes.length);
  }

  pick(i: number, why: SelectedReason, text: string): void {
    this.selected[i] = 1;
    this.reason[i] = why;
    this.detail[i] = text;
    this.perKec[this.kec[i]!]!++;
    this.total++;
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
