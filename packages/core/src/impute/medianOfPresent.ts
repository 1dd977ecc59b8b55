import { medianInPlace, selectInPlace } from './medianInPlace.ts';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Index of the high 32-bit word of a float64 within a `Uint32Array` view. */
const HI = LITTLE_ENDIAN ? 1 : 0;

/**
 * Bucket counts of the histogram pass, kept between calls: it is zeroed before each use and never
 * escapes, so reusing it only spares a 256 KB allocation per call.
 */
const counts = new Int32Array(65536);

/** Up to this many values, quickselect on a copy beats zeroing and walking 2¹⁶ buckets. */
const SMALL = 4096;

/** Buckets holding ±Infinity (and NaNs with an unusual payload): the exact path handles them. */
const POSITIVE_INFINITY_BUCKET = 0x7ff0;
const NEGATIVE_INFINITY_BUCKET = 0xfff0;

/**
 * Median of the present (non-`NaN`) values of `values`, without copying them or changing the
 * input. Even counts average the two middle values, as simple-statistics `median` and R `median`
 * do. `NaN` when no value is present.
 *
 * Method: radix select. One pass builds a histogram of the top 16 bits of each value (sign,
 * exponent and 4 mantissa bits, so a bucket spans at most 1/16 of a binade; the buckets of
 * exponent 2047 hold only NaN and are skipped); walking the buckets in the order of their values
 * (negative ones from the most negative, then positive ones) gives the bucket holding the middle
 * rank; a second pass copies only that bucket's values, and quickselect finishes inside it. When
 * the lower middle of an even count lies in an earlier bucket, a third pass finds it (the largest
 * value of the earlier buckets). With an infinite value present it falls back to quickselect on a
 * copy of the present values, and so does a column of at most 4,096 values (one kabupaten of a
 * scoped run), where the 2¹⁶ buckets would cost more than the values. Internal to impute. O(n) time, O(bucket) scratch memory.
 */
export function medianOfPresent(values: Float64Array): number {
  const n = values.length;
  // The histogram costs O(2¹⁶) whatever n is: a short column (one kabupaten) is selected directly.
  if (n <= SMALL) return medianOfCopy(values);
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[words[2 * i + HI]! >>> 16]!++;
  if (counts[POSITIVE_INFINITY_BUCKET]! > 0 || counts[NEGATIVE_INFINITY_BUCKET]! > 0) {
    return medianOfCopy(values);
  }
  // Present values: every bucket but those of exponent 2047 (NaN).
  let m = 0;
  for (let b = 0; b < POSITIVE_INFINITY_BUCKET; b++) m += counts[b]! + counts[b | 0x8000]!;
  if (m === 0) return Number.NaN;
  // Ranks (0-based, ascending) of the upper middle; for even counts the lower middle is one below.
  const upperRank = m >> 1;
  let below = 0;
  let bucket = -1;
  // Negative values first, most negative (largest magnitude bits) first …
  for (let b = NEGATIVE_INFINITY_BUCKET - 1; b >= 0x8000 && bucket < 0; b--) {
    if (below + counts[b]! > upperRank) bucket = b;
    else below += counts[b]!;
  }
  // … then the positive ones, smallest first.
  for (let b = 0; b < POSITIVE_INFINITY_BUCKET && bucket < 0; b++) {
    if (below + counts[b]! > upperRank) bucket = b;
    else below += counts[b]!;
  }
  const size = counts[bucket]!;
  const inBucket = new Float64Array(size);
  let first = Number.NaN;
  let tied = true;
  for (let i = 0, j = 0; i < n; i++) {
    if (words[2 * i + HI]! >>> 16 !== bucket) continue;
    const v = values[i]!;
    if (j === 0) first = v;
    else if (v !== first) tied = false;
    inBucket[j++] = v;
  }
  const k = upperRank - below;
  // A bucket of one repeated value (e.g. the zeros of a sparse count) needs no selection.
  const upper = tied ? first : selectInPlace(inBucket, 0, size - 1, k);
  if (m % 2 === 1) return upper;
  // The lower middle is the largest value ranked below the upper one: in the bucket (left of k
  // after selection) or, when k is the bucket's first rank, the largest value below it.
  let lower = Number.NEGATIVE_INFINITY;
  if (k > 0) {
    for (let i = 0; i < k; i++) if (inBucket[i]! > lower) lower = inBucket[i]!;
  } else {
    const rank = valueOrder(bucket);
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v > lower && valueOrder(words[2 * i + HI]! >>> 16) < rank) lower = v;
    }
  }
  return (lower + upper) / 2;
}

/** Position of a bucket in the order of its values: negative buckets reversed, then positive. */
function valueOrder(bucket: number): number {
  return bucket >= 0x8000 ? 0xffff - bucket : bucket + 0x8000;
}

/** The median by quickselect on a copy of the present values. */
function medianOfCopy(values: Float64Array): number {
  const present = new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) present[m++] = v;
  }
  return medianInPlace(present, 0, m);
}
