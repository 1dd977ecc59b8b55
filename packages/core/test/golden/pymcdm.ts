import { readFileSync } from 'node:fs';

/** Reference values written by test/golden/mcda/make-pymcdm.py (pymcdm 1.4.0). */
export interface PymcdmGolden {
  generator: string;
  /** Columns of the 12 × 4 decision matrix. */
  matrix: number[][];
  /** 1 benefit, −1 cost, per column. */
  types: number[];
  weights: number[];
  /** pymcdm `vector_normalization` of each column, as benefit and as cost. */
  vector: { benefit: number[][]; cost: number[][] };
  topsis: {
    vector: number[];
    minmax: number[];
    opricovicTzengVector: number[];
    opricovicTzengMinmax: number[];
  };
  promethee: {
    p: number[];
    q: number[];
    usual: number[];
    vshape: number[];
    linear: number[];
    zhao: { matrix: number[][]; weights: number[]; usual: number[] };
  };
}

export const pymcdm: PymcdmGolden = JSON.parse(
  readFileSync(new URL('../../../../test/golden/mcda/pymcdm.json', import.meta.url), 'utf8'),
);

/** The golden matrix as indicator columns c0…c3 with their weights and criterion types. */
export function goldenColumns(): {
  columns: Record<string, Float64Array>;
  weights: Record<string, number>;
  directions: Record<string, 'benefit' | 'cost'>;
} {
  const columns: Record<string, Float64Array> = {};
  const weights: Record<string, number> = {};
  const directions: Record<string, 'benefit' | 'cost'> = {};
  pymcdm.matrix.forEach((col, j) => {
    columns[`c${j}`] = Float64Array.from(col);
    weights[`c${j}`] = pymcdm.weights[j]!;
    directions[`c${j}`] = pymcdm.types[j] === 1 ? 'benefit' : 'cost';
  });
  return { columns, weights, directions };
}

/** Largest absolute difference between two equally long lists. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}
