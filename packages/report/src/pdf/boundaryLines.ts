import type { PageRing } from './projectRings.ts';

/** A village in page points with its kecamatan. */
export interface PageVillage {
  readonly kecamatan: string;
  /** Parts, each a shell then its holes. */
  readonly parts: readonly (readonly PageRing[])[];
}

const CELL = 24;
/** Probe distances (points) beyond an edge: a gap narrower than the last is not a border. */
const PROBES = [0.6, 2.5];
/** Shortest run of boundary drawn, in points. */
const MIN_RUN = 3;

function inRing(x: number, y: number, ring: PageRing): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

interface IndexedVillage extends PageVillage {
  readonly box: readonly [number, number, number, number];
}

function withBox(v: PageVillage): IndexedVillage {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of v.parts) {
    for (const [x, y] of rings[0] ?? []) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  }
  return { ...v, box: [x0, y0, x1, y1] };
}

function inVillage(x: number, y: number, v: IndexedVillage): boolean {
  const [x0, y0, x1, y1] = v.box;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  for (const rings of v.parts) {
    if (!inRing(x, y, rings[0]!)) continue;
    let inHole = false;
    for (let h = 1; h < rings.length && !inHole; h++) inHole = inRing(x, y, rings[h]!);
    if (!inHole) return true;
  }
  return false;
}

function area2(ring: PageRing): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return s;
}

/** A grid of cells → villages whose box touches the cell. */
function gridIndex(
  villages: readonly IndexedVillage[],
): (x: number, y: number) => readonly number[] {
  const cells = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cx * 100_003 + cy;
  villages.forEach((v, id) => {
    const [x0, y0, x1, y1] = v.box;
    for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
      for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
        const list = cells.get(key(cx, cy));
        if (list === undefined) cells.set(key(cx, cy), [id]);
        else list.push(id);
      }
    }
  });
  return (x, y) => cells.get(key(Math.floor(x / CELL), Math.floor(y / CELL))) ?? [];
}

type EdgeClass = 'inner' | 'kecamatan' | 'district';

/**
 * The kecamatan and district boundary lines of a set of village polygons, found by looking
 * across each village edge: a probe just outside the edge's midpoint (then a little farther,
 * to step over slivers) lands in a neighbour of the same kecamatan (no line), of another
 * kecamatan (kecamatan line, drawn once, from the side with the smaller code) or in no village
 * (district line); runs shorter than 3 pt are left out. Unlike stroking dissolved outlines, this needs no shared vertices between
 * neighbours, so imperfect topology (a vertex one neighbour has and the other lacks) leaves no
 * stray dashes. Consecutive edges of one class are chained into one SVG subpath. O(E · c · v)
 * for E edges, c villages per grid cell and v vertices per village.
 *
 * @example
 * const sq = (x: number): PageRing => [[x, 0], [x + 10, 0], [x + 10, 10], [x, 10], [x, 0]];
 * const lines = boundaryLines([
 *   { kecamatan: 'A', parts: [[sq(0)]] },
 *   { kecamatan: 'B', parts: [[sq(10)]] },
 * ]);
 * lines.kecamatan; // => 'M10,0L10,10'
 */
export function boundaryLines(input: readonly PageVillage[]): {
  kecamatan: string;
  district: string;
} {
  const villages = input.map(withBox);
  const near = gridIndex(villages);
  const out: Record<Exclude<EdgeClass, 'inner'>, string[]> = { kecamatan: [], district: [] };
  villages.forEach((v, id) => {
    for (const rings of v.parts) {
      rings.forEach((ring, r) => {
        // Outside the village is the ring's exterior for a shell, its interior for a hole.
        const interiorLeft = area2(ring) > 0;
        const outwardLeft = r === 0 ? !interiorLeft : interiorLeft;
        let current: EdgeClass = 'inner';
        let last = -1;
        let path = '';
        let length = 0;
        const flush = () => {
          // A run shorter than MIN_RUN is a probe that slipped into a gap at a corner: a dot.
          if (current !== 'inner' && path !== '' && length >= MIN_RUN) out[current].push(path);
          path = '';
          length = 0;
        };
        for (let i = 0; i + 1 < ring.length; i++) {
          const [ax, ay] = ring[i]!;
          const [bx, by] = ring[i + 1]!;
          const len = Math.hypot(bx - ax, by - ay);
          if (len === 0) continue;
          // The left normal of the edge is (−dy, dx); outward is left or right of it.
          const side = outwardLeft ? 1 : -1;
          const nx = (side * -(by - ay)) / len;
          const ny = (side * (bx - ax)) / len;
          const mx = (ax + bx) / 2;
          const my = (ay + by) / 2;
          let cls: EdgeClass = 'district';
          for (const d of PROBES) {
            const px = mx + nx * d;
            const py = my + ny * d;
            // Consecutive edges mostly share their neighbour: try the last one first.
            const other =
              last !== -1 && inVillage(px, py, villages[last]!)
                ? last
                : near(px, py).find((j) => j !== id && inVillage(px, py, villages[j]!));
            if (other !== undefined) {
              last = other;
              const k = villages[other]!.kecamatan;
              cls = k === v.kecamatan ? 'inner' : v.kecamatan < k ? 'kecamatan' : 'inner';
              break;
            }
          }
          if (cls !== current) {
            flush();
            current = cls;
          }
          if (cls === 'inner') continue;
          if (path === '') path = `M${pt(ax)},${pt(ay)}`;
          path += `L${pt(bx)},${pt(by)}`;
          length += len;
        }
        flush();
      });
    }
  });
  return { kecamatan: out.kecamatan.join(''), district: out.district.join('') };
}

function pt(n: number): number {
  return Math.round(n * 100) / 100;
}
