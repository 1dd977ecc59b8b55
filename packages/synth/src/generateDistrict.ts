import type { IndicatorMeta, Rng, VillageRecord } from '@lokus/core';
import { createRng } from '@lokus/core';
import { pointInRing, signedArea } from '@lokus/geo';
import { Delaunay } from 'd3-delaunay';
import type { Feature, Polygon } from 'geojson';
import { clipToConvex } from './clipToConvex.ts';
import { createNamer } from './createNamer.ts';
import { normal } from './distributions.ts';
import type { Point } from './ring.ts';
import { closedRing, isSimpleRing } from './ring.ts';
import { sampleIndicators } from './sampleIndicators.ts';
import { simulateIndicators } from './simulateIndicators.ts';
import type { SyntheticBoundaries, SyntheticVillageProperties } from './types.ts';

/** Options of {@link generateDistrict}. */
export interface GenerateDistrictOptions {
  /** Seed of the generator; the same seed always gives the same district. */
  readonly seed?: number;
  /** Number of villages (desa + kelurahan), 20–2,000. */
  readonly villages?: number;
  /** Number of kecamatan, 1–99 and at most a third of the villages. */
  readonly kecamatan?: number;
  /** Province code `PP` (99 does not exist, which marks the data as fictional). */
  readonly province?: string;
  /** Kabupaten code `PP.KK`, inside `province`. */
  readonly kabupaten?: string;
  /** Name of the district. */
  readonly name?: string;
}

/** A fictional district: village records, their indicator metadata and their polygons. */
export interface SyntheticDistrict {
  readonly name: string;
  /** Kabupaten code `PP.KK`. */
  readonly kabupaten: string;
  readonly seed: number;
  /** One record per village, sorted by code; values keyed by the ids of `indicators`. */
  readonly records: VillageRecord[];
  readonly indicators: readonly IndicatorMeta[];
  /** One polygon per village, in the order of `records`, WGS84, 5 decimals, CCW outer rings. */
  readonly boundaries: SyntheticBoundaries;
}

const LON0 = 110.5;
const LAT0 = -6.2;
const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON = 111.32 * Math.cos((LAT0 * Math.PI) / 180);
const KM2_PER_VILLAGE = 4;
const MAX_ATTEMPTS = 25;

/**
 * Generates a fictional kabupaten: villages with Javanese-style names and Kemendagri-style codes
 * (`99.01.CC.TDDD`, about 4 % kelurahan numbered 1001…, desa 2001…), synthetic indicators
 * ({@link sampleIndicators}) and village polygons, all from one seed.
 *
 * Method: the district outline is a star-shaped noisy ellipse (a polar curve r(θ) > 0 with a few
 * low harmonics and a rougher northern coast), about 4 km² per village, placed over the Java Sea
 * near 110.5° E, 6.2° S. Village seeds are drawn by variable-radius dart throwing (denser around the
 * district capital); their Voronoi cells (d3-delaunay) are convex, so each cell is intersected
 * with the (non-convex) outline by Sutherland–Hodgman with the cell as the clip window, which is
 * exact while the intersection is one piece; a layout whose clipped cells are not all simple rings
 * is redrawn. Kecamatan are grown from farthest-point seeds by multiplicatively weighted nearest
 * seed, then made contiguous by handing detached pieces to a neighbouring kecamatan. Kelurahan
 * are the cells nearest the capital. Indicators come from `simulateIndicators` on a spatially
 * smooth poverty field (a sum of seeded Gaussian bumps plus village noise), calibrated to a
 * desil-1 household share of 10 %, near a Central Java district's poverty rate.
 * O(n²) for n villages (dart throwing and the validity checks), about 0.1 s for 250 villages.
 *
 * @example
 * const d = generateDistrict({ seed: 1 });
 * d.records.length; // => 250
 * d.records[0].code; // => '99.01.01.2001'
 */
export function generateDistrict({
  seed = 1,
  villages = 250,
  kecamatan = 14,
  province = '99',
  kabupaten = '99.01',
  name = 'Kabupaten Contoh (sintetis)',
}: GenerateDistrictOptions = {}): SyntheticDistrict {
  if (!Number.isInteger(villages) || villages < 20 || villages > 2000)
    throw new Error('generateDistrict requires villages to be an integer from 20 to 2000');
  if (!Number.isInteger(kecamatan) || kecamatan < 1 || kecamatan > 99 || kecamatan * 3 > villages)
    throw new Error(
      'generateDistrict requires kecamatan to be an integer from 1 to 99, at most villages / 3',
    );
  if (!/^\d\d$/.test(province))
    throw new Error('generateDistrict requires province to be a two-digit code');
  if (!/^\d\d\.\d\d$/.test(kabupaten) || !kabupaten.startsWith(`${province}.`))
    throw new Error('generateDistrict requires kabupaten to be a PP.KK code inside province');
  const rng = createRng(seed);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const layout = drawLayout(rng, villages, kecamatan);
    if (layout) return finish(rng, layout, { seed, kabupaten, name });
  }
  throw new Error('generateDistrict requires a layout that yields valid polygons; none was found');
}

/** Geometry and grouping of the villages, in local kilometres (x east, y north). */
interface Layout {
  readonly n: number;
  readonly sites: Point[];
  readonly rings: Point[][];
  readonly kec: Int32Array;
  readonly kecCount: number;
  readonly kecSeed: Int32Array;
  readonly kelurahan: Uint8Array;
  readonly capital: Point;
  readonly a: number;
}

/** Draws one candidate layout of `n` villages in `kecCount` kecamatan; null if it must be redrawn. */
function drawLayout(rng: Rng, n: number, kecCount: number): Layout | null {
  const { outline, area, a, b } = drawOutline(rng, n);
  const box = boundingBox(outline);
  const capital = drawCapital(rng, a, b);
  const sites = throwDarts(rng, n, outline, box, area, capital, 0.12 * a);
  const rings = clipCells(sites, outline, box);
  if (!rings) return null;
  const neighbours = findNeighbours(rings);
  const kecSeed = farthestPointSeeds(rng, sites, kecCount);
  const kec = assignKecamatan(rng, sites, kecSeed);
  if (!makeContiguous(kec, kecCount, neighbours, kecSeed)) return null;
  const kelurahan = pickKelurahan(sites, capital);
  return { n, sites, rings, kec, kecCount, kecSeed, kelurahan, capital, a };
}

/** Axis-aligned bounds of a point set. */
interface Box {
  readonly xmin: number;
  readonly ymin: number;
  readonly xmax: number;
  readonly ymax: number;
}

/** Draws the district outline for `n` villages: a star-shaped noisy ellipse, counter-clockwise. */
function drawOutline(
  rng: Rng,
  n: number,
): { outline: Point[]; area: number; a: number; b: number } {
  const area = KM2_PER_VILLAGE * n;
  const aspect = 1.25 + 0.4 * rng();
  const a = Math.sqrt((area / Math.PI) * aspect);
  const b = Math.sqrt(area / Math.PI / aspect);
  const rot = (rng() - 0.5) * 0.6;
  const harmonics = [2, 3, 4, 5].map((k) => ({
    k,
    amp: (0.03 + 0.05 * rng()) / (k - 1),
    phase: 2 * Math.PI * rng(),
  }));
  const coast = [7, 9, 11, 13].map((k) => ({
    k,
    amp: 0.008 + 0.01 * rng(),
    phase: 2 * Math.PI * rng(),
  }));
  const outline: Point[] = [];
  const M = 160;
  for (let v = 0; v < M; v++) {
    const t = (2 * Math.PI * v) / M;
    let r = 1;
    for (const h of harmonics) r += h.amp * Math.cos(h.k * t + h.phase);
    const north = Math.max(0, Math.sin(t));
    for (const h of coast) r += north * h.amp * Math.cos(h.k * t + h.phase);
    const x = a * r * Math.cos(t);
    const y = b * r * Math.sin(t);
    outline.push([x * Math.cos(rot) - y * Math.sin(rot), x * Math.sin(rot) + y * Math.cos(rot)]);
  }
  return { outline, area, a, b };
}

/** Bounding box of the outline. */
function boundingBox(outline: readonly Point[]): Box {
  let xmin = Infinity;
  let ymin = Infinity;
  let xmax = -Infinity;
  let ymax = -Infinity;
  for (const [x, y] of outline) {
    xmin = Math.min(xmin, x);
    ymin = Math.min(ymin, y);
    xmax = Math.max(xmax, x);
    ymax = Math.max(ymax, y);
  }
  return { xmin, ymin, xmax, ymax };
}

/** Draws the district capital on an inner ellipse of the outline. */
function drawCapital(rng: Rng, a: number, b: number): Point {
  const phi = 2 * Math.PI * rng();
  return [0.3 * a * Math.cos(phi), 0.3 * b * Math.sin(phi)];
}

/** Village seeds by variable-radius dart throwing, denser (smaller villages) around the capital. */
function throwDarts(
  rng: Rng,
  n: number,
  outline: readonly Point[],
  { xmin, ymin, xmax, ymax }: Box,
  area: number,
  capital: Point,
  urbanSigma: number,
): Point[] {
  const density = (p: Point): number =>
    1 +
    5 * Math.exp(-((p[0] - capital[0]) ** 2 + (p[1] - capital[1]) ** 2) / (2 * urbanSigma ** 2));
  let spacing = 0.67 * Math.sqrt(area / n);
  const sites: Point[] = [];
  const radius: number[] = [];
  let misses = 0;
  while (sites.length < n) {
    const p: Point = [xmin + (xmax - xmin) * rng(), ymin + (ymax - ymin) * rng()];
    if (!pointInRing(p[0], p[1], outline)) continue;
    const dens = density(p);
    if (rng() * 6 > dens) continue;
    const rp = spacing / Math.sqrt(dens);
    let ok = true;
    for (let j = 0; j < sites.length; j++) {
      const q = sites[j]!;
      const d = (rp + radius[j]!) / 2;
      if ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 < d * d) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      if (++misses > 400) {
        spacing *= 0.95;
        misses = 0;
      }
      continue;
    }
    misses = 0;
    sites.push(p);
    radius.push(rp);
  }
  return sites;
}

/** Voronoi cells of the sites clipped to the outline, as lon/lat rings; null if one is invalid. */
function clipCells(
  sites: readonly Point[],
  outline: readonly Point[],
  { xmin, ymin, xmax, ymax }: Box,
): Point[][] | null {
  const n = sites.length;
  const flat = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    flat[2 * i] = sites[i]![0];
    flat[2 * i + 1] = sites[i]![1];
  }
  const voronoi = new Delaunay(flat).voronoi([xmin - 1, ymin - 1, xmax + 1, ymax + 1]);
  const rings: Point[][] = [];
  for (let i = 0; i < n; i++) {
    const cell = voronoi.cellPolygon(i);
    if (!cell) return null;
    const clipped = clipToConvex(outline, cell.slice(0, -1));
    const ring = closedRing(clipped.map(toLonLat), 5);
    if (!ring || !isSimpleRing(ring) || !(signedArea(ring) > 0)) return null;
    rings.push(ring);
  }
  return rings;
}

/** Adjacency of the cells: cells that share a (rounded) vertex. */
function findNeighbours(rings: readonly Point[][]): Set<number>[] {
  const n = rings.length;
  const byVertex = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    for (const [x, y] of rings[i]!.slice(0, -1)) {
      const key = `${x},${y}`;
      const list = byVertex.get(key);
      if (list) list.push(i);
      else byVertex.set(key, [i]);
    }
  }
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const list of byVertex.values())
    for (const i of list) for (const j of list) if (i !== j) neighbours[i]!.add(j);
  return neighbours;
}

/** Kecamatan seed villages: a random first one, then farthest-point picks. */
function farthestPointSeeds(rng: Rng, sites: readonly Point[], kecCount: number): Int32Array {
  const n = sites.length;
  const kecSeed = new Int32Array(kecCount);
  kecSeed[0] = Math.floor(rng() * n);
  const dmin = new Float64Array(n).fill(Infinity);
  for (let k = 1; k < kecCount; k++) {
    const s = sites[kecSeed[k - 1]!]!;
    let best = 0;
    for (let i = 0; i < n; i++) {
      const p = sites[i]!;
      dmin[i] = Math.min(dmin[i]!, (p[0] - s[0]) ** 2 + (p[1] - s[1]) ** 2);
      if (dmin[i]! > dmin[best]!) best = i;
    }
    kecSeed[k] = best;
  }
  return kecSeed;
}

/** Kecamatan of each village by multiplicatively weighted nearest seed; seeds keep their own. */
function assignKecamatan(rng: Rng, sites: readonly Point[], kecSeed: Int32Array): Int32Array {
  const n = sites.length;
  const kecCount = kecSeed.length;
  const weight = Array.from({ length: kecCount }, () => 0.85 + 0.3 * rng());
  const kec = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = sites[i]!;
    let best = 0;
    let bestD = Infinity;
    for (let k = 0; k < kecCount; k++) {
      const s = sites[kecSeed[k]!]!;
      const d = Math.hypot(p[0] - s[0], p[1] - s[1]) / weight[k]!;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    kec[i] = best;
  }
  for (let k = 0; k < kecCount; k++) kec[kecSeed[k]!] = k;
  return kec;
}

/** Kelurahan flags: the cells nearest the capital, about 4 % of the villages. */
function pickKelurahan(sites: readonly Point[], capital: Point): Uint8Array {
  const n = sites.length;
  const kelCount = Math.max(1, Math.round(0.04 * n));
  const byDistance = sites
    .map((p, i) => ({ i, d: (p[0] - capital[0]) ** 2 + (p[1] - capital[1]) ** 2 }))
    .sort((u, v) => u.d - v.d || u.i - v.i);
  const kelurahan = new Uint8Array(n);
  for (let j = 0; j < kelCount; j++) kelurahan[byDistance[j]!.i] = 1;
  return kelurahan;
}

/** Local kilometres to longitude/latitude. */
function toLonLat(p: readonly [number, number]): Point {
  return [LON0 + p[0] / KM_PER_DEG_LON, LAT0 + p[1] / KM_PER_DEG_LAT];
}

/**
 * Hands every piece of a kecamatan that is not connected to its seed cell to the neighbouring
 * kecamatan it touches most, until all are contiguous. Returns false if a kecamatan lost its seed.
 */
function makeContiguous(
  kec: Int32Array,
  kecCount: number,
  neighbours: readonly Set<number>[],
  kecSeed: Int32Array,
): boolean {
  const n = kec.length;
  for (let round = 0; round < 50; round++) {
    const reached = new Uint8Array(n);
    for (let k = 0; k < kecCount; k++) {
      const stack = [kecSeed[k]!];
      if (kec[kecSeed[k]!] !== k) return false;
      reached[kecSeed[k]!] = 1;
      while (stack.length > 0) {
        const i = stack.pop()!;
        for (const j of neighbours[i]!) {
          if (!reached[j] && kec[j] === k) {
            reached[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      if (reached[i]) continue;
      const votes = new Map<number, number>();
      for (const j of neighbours[i]!)
        if (reached[j] && kec[j] !== kec[i]) votes.set(kec[j]!, (votes.get(kec[j]!) ?? 0) + 1);
      let best = -1;
      let bestVotes = 0;
      for (const [k, v] of votes) {
        if (v > bestVotes || (v === bestVotes && k < best)) {
          best = k;
          bestVotes = v;
        }
      }
      if (best >= 0) {
        kec[i] = best;
        moved = true;
      }
    }
    if (!moved) {
      for (let i = 0; i < n; i++) if (!reached[i]) return false;
      return true;
    }
  }
  return false;
}

/** Smooth random field: a sum of Gaussian bumps, standardised over the sites. */
function smoothField(rng: Rng, sites: readonly Point[], a: number, bumps: number): Float64Array {
  const centres = Array.from({ length: bumps }, () => ({
    x: (rng() * 2 - 1) * a,
    y: (rng() * 2 - 1) * a * 0.7,
    h: (rng() < 0.5 ? -1 : 1) * (0.8 + 0.8 * rng()),
    s: (0.15 + 0.2 * rng()) * a,
  }));
  const out = new Float64Array(sites.length);
  for (let i = 0; i < sites.length; i++) {
    const [x, y] = sites[i]!;
    let v = 0;
    for (const c of centres)
      v += c.h * Math.exp(-((x - c.x) ** 2 + (y - c.y) ** 2) / (2 * c.s * c.s));
    out[i] = v;
  }
  let mean = 0;
  for (const v of out) mean += v / out.length;
  let sd = 0;
  for (const v of out) sd += (v - mean) ** 2 / out.length;
  sd = Math.sqrt(sd) || 1;
  for (let i = 0; i < out.length; i++) out[i] = (out[i]! - mean) / sd;
  return out;
}

function finish(
  rng: Rng,
  layout: Layout,
  { seed, kabupaten, name }: { seed: number; kabupaten: string; name: string },
): SyntheticDistrict {
  const { n, sites, rings, kec, kecCount, kecSeed, kelurahan, capital, a } = layout;

  // Names: villages first, then each kecamatan takes the name of its seed village.
  const nextName = createNamer(rng);
  const villageName = Array.from({ length: n }, () => nextName());
  const kecName = Array.from(kecSeed, (i) => villageName[i]!);

  // Codes: kecamatan numbered by name, villages by kind then name.
  const kecOrder = Array.from({ length: kecCount }, (_, k) => k).sort((p, q) =>
    compare(kecName[p]!, kecName[q]!),
  );
  const kecCode: string[] = new Array(kecCount);
  kecOrder.forEach((k, r) => {
    kecCode[k] = `${kabupaten}.${String(r + 1).padStart(2, '0')}`;
  });
  const code: string[] = new Array(n);
  for (let k = 0; k < kecCount; k++) {
    for (const kind of [1, 0]) {
      const members: number[] = [];
      for (let i = 0; i < n; i++) if (kec[i] === k && kelurahan[i] === kind) members.push(i);
      members.sort((p, q) => compare(villageName[p]!, villageName[q]!));
      members.forEach((i, r) => {
        code[i] = `${kecCode[k]}.${kind === 1 ? 1 : 2}${String(r + 1).padStart(3, '0')}`;
      });
    }
  }

  // Latent fields and indicators.
  const poverty = smoothField(rng, sites, a, 6);
  const environment = smoothField(rng, sites, a, 4);
  const urban = new Float64Array(n);
  const logPopulation = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = Math.hypot(sites[i]![0] - capital[0], sites[i]![1] - capital[1]);
    urban[i] = kelurahan[i] ? 1 : 0.6 * Math.exp(-d / (0.25 * a));
    poverty[i] = 0.85 * poverty[i]! + 0.45 * normal(rng);
    environment[i] = 0.8 * environment[i]! + 0.5 * normal(rng);
    logPopulation[i] = Math.log(3800) + 0.6 * urban[i]!;
  }
  const columns = simulateIndicators(
    rng,
    { poverty, environment, urban, kelurahan, logPopulation },
    {
      desil1Share: 0.1,
      missing: {
        rtlh_unit: 0.012,
        tanpa_sanitasi_kk: 0.01,
        stunting_pct: 0.03,
        atps_anak: 0.015,
        idm: 0.008,
      },
    },
  );
  const ids = sampleIndicators.map((m) => m.id);

  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => compare(code[p]!, code[q]!));
  const records: VillageRecord[] = [];
  const features: Feature<Polygon, SyntheticVillageProperties>[] = [];
  for (const i of order) {
    const values: Record<string, number> = {};
    for (const id of ids) values[id] = columns[id as keyof typeof columns][i]!;
    const c = code[i]!;
    const kecIndex = kec[i]!;
    records.push({ code: c, name: villageName[i]!, kecamatanName: kecName[kecIndex]!, values });
    features.push({
      type: 'Feature',
      properties: {
        kode: c,
        kode10: c.replaceAll('.', ''),
        nama: villageName[i]!,
        kode_kec: kecCode[kecIndex]!,
        nama_kec: kecName[kecIndex]!,
        synthetic: true,
      },
      geometry: { type: 'Polygon', coordinates: [rings[i]!] },
    });
  }
  return {
    name,
    kabupaten,
    seed,
    records,
    indicators: sampleIndicators,
    boundaries: { type: 'FeatureCollection', features },
  };
}

/** Code-unit order, the same in every locale. */
function compare(p: string, q: string): number {
  return p < q ? -1 : p > q ? 1 : 0;
}
