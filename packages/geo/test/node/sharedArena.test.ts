import { describe, expect, it } from 'vitest';
import { SharedArena } from '../../src/node/sharedArena.ts';

describe('SharedArena', () => {
  it('SharedArena gives back nested jobs with their typed arrays as views of one shared buffer', () => {
    const arena = new SharedArena();
    const job = {
      kind: 'localMoran',
      setup: {
        scale: 0.5,
        z: Float64Array.of(1.5, -2.25, Math.PI),
        zf: Float32Array.of(0.5, 3),
        start: Int32Array.of(-1, 7, 2),
        seed: Uint32Array.of(4294967295),
        quadrant: Uint8Array.of(1, 2, 3, 4, 5),
        w: { offsets: Int32Array.of(0, 1), list: [Float64Array.of(9), 'a', null] },
      },
    };
    const restored = SharedArena.restore(arena.share(job), arena.buffer!) as typeof job;
    expect(restored).toEqual(job);
    expect(restored.setup.z.buffer).toBe(arena.buffer);
    expect(restored.setup.w.list[0]).toEqual(Float64Array.of(9));
    expect((restored.setup.w.list[0] as Float64Array).buffer).toBe(arena.buffer);
    // The message itself holds no typed array (nothing to copy when it is posted).
    expect(JSON.stringify(arena.share(job))).not.toMatch(/"0":/);
  });

  it('SharedArena reuses its buffer for a call that fits and grows it for one that does not', () => {
    const arena = new SharedArena();
    arena.share({ a: new Float64Array(1000) });
    const first = arena.buffer;
    const small = Float64Array.of(7, 8);
    const message = arena.share({ a: small });
    expect(arena.buffer).toBe(first);
    expect(SharedArena.restore(message, arena.buffer!)).toEqual({ a: small });
    const large = new Float64Array(300_000).map((_, i) => i);
    const grown = arena.share({ a: large });
    expect(arena.buffer).not.toBe(first);
    expect(arena.buffer!.byteLength).toBeGreaterThanOrEqual(large.byteLength);
    expect(SharedArena.restore(grown, arena.buffer!)).toEqual({ a: large });
  });

  it('SharedArena refuses a typed array it cannot rebuild', () => {
    expect(() => new SharedArena().share({ a: new Int16Array(2) })).toThrow(/Int16Array/);
  });
});
