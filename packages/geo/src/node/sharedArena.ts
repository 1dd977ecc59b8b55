/** The typed arrays a job may hold. */
type TypedArray = Float64Array | Float32Array | Int32Array | Uint32Array | Uint8Array;

const KINDS = { Float64Array, Float32Array, Int32Array, Uint32Array, Uint8Array } as const;

/** A typed array placed in the arena: its kind, byte offset and length. */
interface SharedView {
  readonly shared: keyof typeof KINDS;
  readonly offset: number;
  readonly length: number;
}

/** Arena sizes are whole MB, so that slightly larger inputs reuse it. */
const STEP = 1 << 20;

/** A view of `kind` on the shared buffer. */
const viewOf = (
  kind: keyof typeof KINDS,
  buffer: SharedArrayBuffer,
  offset: number,
  length: number,
) =>
  new (KINDS[kind] as new (b: ArrayBufferLike, o: number, l: number) => TypedArray)(
    buffer,
    offset,
    length,
  );

const isTypedArray = (value: unknown): value is TypedArray =>
  ArrayBuffer.isView(value) && !(value instanceof DataView);

/**
 * One SharedArrayBuffer, owned by a thread pool, into which each call copies the read-only
 * typed arrays of its job: the worker threads read them in place instead of receiving a copy
 * each, and the memory stays that of the largest call (the buffer is replaced by a larger one
 * only when a call does not fit). {@link SharedArena.share} turns a job into a message whose
 * typed arrays are positions in the buffer; {@link SharedArena.restore} gives the job back, with
 * views on the buffer, in the worker. Calls must not overlap (the pool runs them one after
 * another).
 *
 * @example
 * const arena = new SharedArena();
 * const message = arena.share({ kind: 'sum', values: Float64Array.of(1, 2, 3) });
 * const job = SharedArena.restore(message, arena.buffer!) as { values: Float64Array };
 * Array.from(job.values); // => [1, 2, 3]
 * job.values.buffer instanceof SharedArrayBuffer; // => true
 */
export class SharedArena {
  /** The current buffer (null before the first call). */
  buffer: SharedArrayBuffer | null = null;
  private used = 0;

  /**
   * Copies every typed array of `job` (in plain objects, at any depth) into the buffer, growing
   * it first if needed, and returns the job with positions in place of the arrays.
   */
  share(job: object): unknown {
    const bytes = this.measure(job);
    if (this.buffer === null || this.buffer.byteLength < bytes) {
      this.buffer = new SharedArrayBuffer(Math.max(STEP, Math.ceil(bytes / STEP) * STEP));
    }
    this.used = 0;
    return this.place(job);
  }

  /** Bytes the typed arrays of `value` take, each rounded up to 8. */
  private measure(value: unknown): number {
    if (isTypedArray(value)) return Math.ceil(value.byteLength / 8) * 8;
    if (value === null || typeof value !== 'object') return 0;
    return Object.values(value).reduce((sum: number, v) => sum + this.measure(v), 0);
  }

  private place(value: unknown): unknown {
    if (isTypedArray(value)) {
      const kind = value.constructor.name as keyof typeof KINDS;
      if (!Object.hasOwn(KINDS, kind)) throw new Error(`SharedArena cannot hold a ${kind}`);
      const view = viewOf(kind, this.buffer!, this.used, value.length);
      view.set(value as never);
      const placed: SharedView = { shared: kind, offset: this.used, length: value.length };
      this.used += Math.ceil(value.byteLength / 8) * 8;
      return placed;
    }
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => this.place(v));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.place(v)]));
  }

  /** The job of a {@link SharedArena.share} message, its typed arrays views on `buffer`. */
  static restore(message: unknown, buffer: SharedArrayBuffer): unknown {
    if (message === null || typeof message !== 'object') return message;
    if (Array.isArray(message)) return message.map((v) => SharedArena.restore(v, buffer));
    if ('shared' in message) {
      const { shared, offset, length } = message as SharedView;
      return viewOf(shared, buffer, offset, length);
    }
    return Object.fromEntries(
      Object.entries(message).map(([k, v]) => [k, SharedArena.restore(v, buffer)]),
    );
  }
}
