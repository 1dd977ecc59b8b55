// Ids of points snapped to a grid, for the dissolve; not part of the public API.

/**
 * Numbers the points of a grid in the order they are first seen: two points get the same id
 * when they round to the same cell (`Math.round(x / precision)`, the same for y). An
 * open-addressing hash table over the two cell numbers, in typed arrays: no string key and no
 * object per point, which a `Map` keyed by `"x,y"` costs.
 */
export class PointIds {
  readonly #precision: number;
  #mask = 1023;
  #cellX = new Float64Array(1024);
  #cellY = new Float64Array(1024);
  /** id + 1 per slot; 0 marks an empty slot. */
  #slot = new Int32Array(1024);
  /** Number of ids given. */
  size = 0;

  constructor(precision: number) {
    this.#precision = precision;
  }

  /** The id of the point's cell, a new one (the next integer) when the cell is new. */
  id(x: number, y: number): number {
    const cx = Math.round(x / this.#precision);
    const cy = Math.round(y / this.#precision);
    const mask = this.#mask;
    let i = hash(cx, cy) & mask;
    for (;;) {
      const s = this.#slot[i]!;
      if (s === 0) break;
      if (same(this.#cellX[i]!, cx) && same(this.#cellY[i]!, cy)) return s - 1;
      i = (i + 1) & mask;
    }
    const id = this.size++;
    this.#cellX[i] = cx;
    this.#cellY[i] = cy;
    this.#slot[i] = id + 1;
    if (this.size * 2 > mask) this.#grow();
    return id;
  }

  #grow(): void {
    const [xs, ys, slots] = [this.#cellX, this.#cellY, this.#slot];
    const capacity = slots.length * 2;
    this.#mask = capacity - 1;
    this.#cellX = new Float64Array(capacity);
    this.#cellY = new Float64Array(capacity);
    this.#slot = new Int32Array(capacity);
    for (let j = 0; j < slots.length; j++) {
      if (slots[j] === 0) continue;
      let i = hash(xs[j]!, ys[j]!) & this.#mask;
      while (this.#slot[i] !== 0) i = (i + 1) & this.#mask;
      this.#cellX[i] = xs[j]!;
      this.#cellY[i] = ys[j]!;
      this.#slot[i] = slots[j]!;
    }
  }
}

/** Equal cells; a NaN coordinate matches NaN, as its text "NaN" did. */
const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** 32-bit hash of two cell numbers (integers, possibly beyond 32 bits, or NaN). */
function hash(x: number, y: number): number {
  const hx = (x | 0) ^ ((x / 4294967296) | 0);
  const hy = (y | 0) ^ ((y / 4294967296) | 0);
  let h = Math.imul(hx, 0x9e3779b1) ^ Math.imul(hy ^ (hy >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
