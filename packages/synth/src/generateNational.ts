import type { IndicatorMeta, Rng, VillageRecord } from '@lokus/core';
import { createRng } from '@lokus/core';
import { Delaunay } from 'd3-delaunay';
import type { Feature, Polygon } from 'geojson';
import { allocate } from './allocate.ts';
import { createNamer } from './createNamer.ts';
import { createNormal, negativeBinomial } from './distributions.ts';
import { closedRing, type Point } from './ring.ts';
import { roughenEdges } from './roughenEdges.ts';
import { SYNTHETIC_SOURCE, SYNTHETIC_YEAR, sampleIndicators } from './sampleIndicators.ts';
import { simulateIndicators } from './simulateIndicators.ts';
import type { SyntheticBoundaries, SyntheticVillageProperties } from './types.ts';

/** Options of {@link generateNational}. */
export interface GenerateNationalOptions {
  /** Seed of the generator; the same seed always gives the same output. */
  readonly seed?: number;
  /** Number of villages, at least 1,000 (default 84,000, Indonesia's count). */
  readonly villages?: number;
  /** Number of indicator columns, at least 1 (default 20). */
  readonly indicators?: number;
  /** Also make one Voronoi polygon per village (default false). */
  readonly polygons?: boolean;
  /**
   * How detailed the polygons are: `'realistic'` (default) gives each cell's edges the irregular
   * course of real boundaries, about 90 vertices per village as in the real districts (68–123);
   * `'light'` keeps the straight Voronoi edges (about 6 vertices), for quick tests.
   */
  readonly detail?: 'realistic' | 'light';
  /** Also return the villages as records (default false; the columns are always returned). */
  readonly records?: boolean;
}

/** The villages as columns, in code order. */
export interface NationalColumns {
  /** Dotted codes `PP.KK.CC.TDDD`, sorted. */
  readonly code: string[];
  readonly name: string[];
  readonly kecamatanName: string[];
  /** One column per indicator id; `NaN` = missing. */
  readonly columns: Record<string, Float64Array>;
}

/** Output of {@link generateNational}. */
export interface SyntheticNation {
  readonly columns: NationalColumns;
  readonly indicators: IndicatorMeta[];
  readonly records?: VillageRecord[];
  readonly boundaries?: SyntheticBoundaries;
}

const meta = (m: Omit<IndicatorMeta, 'source' | 'year'>): IndicatorMeta =>
  Object.freeze({ ...m, source: SYNTHETIC_SOURCE, year: SYNTHETIC_YEAR });

/** The six columns that follow the sample ones in national data. */
const NATIONAL_EXTRA: readonly IndicatorMeta[] = [
  meta({
    id: 'listrik_non_pln_kk',
    label: { id: 'KK tanpa listrik PLN', en: 'Households without grid electricity' },
    unit: 'KK',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'lansia_tunggal_jiwa',
    label: { id: 'Lansia tinggal sendiri', en: 'Older persons living alone' },
    unit: 'jiwa',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'disabilitas_jiwa',
    label: { id: 'Penyandang disabilitas', en: 'Persons with disabilities' },
    unit: 'jiwa',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'pengangguran_pct',
    label: { id: 'Tingkat pengangguran terbuka', en: 'Open unemployment rate' },
    unit: '%',
    kind: 'rate',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'jalan_tidak_layak',
    label: {
      id: 'Jalan utama tidak dapat dilalui sepanjang tahun',
      en: 'Main road not passable all year',
    },
    unit: '0/1',
    kind: 'binary',
    direction: 'higher-is-worse',
  }),
  meta({
    id: 'buta_huruf_jiwa',
    label: { id: 'Penduduk buta huruf (15+)', en: 'Illiterate persons aged 15+' },
    unit: 'jiwa',
    kind: 'count',
    direction: 'higher-is-worse',
  }),
];

// The 38 province codes in use since 2022.
const PROVINCES = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
  71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
];

/** Indonesia's bounding box, `[west, south, east, north]`, where the polygons are laid out. */
const BOUNDS: [number, number, number, number] = [95, -11, 141, 6];

const DENOMINATORS = new Set(['kk_total', 'penduduk']);
const IDM_GROUP = new Set(['idm', 'iks', 'ike', 'ikl']);

/**
 * Generates a fictional country shaped like Indonesia for national-scale tests and benchmarks:
 * 38 provinces (today's province codes, fictional names and values) → about 514 kabupaten/kota
 * (about a fifth of them kota, codes 71…) → about 7,300 kecamatan → 84,000 villages, about 10 %
 * kelurahan (every village of a kota, part of each kabupaten capital's kecamatan). Sizes are
 * skewed (lognormal weights, largest-remainder allocation). Columns: the sample indicators, then
 * six more, then generic skewed counts `sintetis_NN`; integer counts (ties), 2–5 % missing values
 * in every column except the denominators, IDM missing for kelurahan. Poverty varies by nested
 * random effects (province, kabupaten, kecamatan, village), so neighbours in the hierarchy are alike.
 *
 * Polygons (option `polygons`): provinces, kabupaten and kecamatan are laid out as nested
 * rectangles of the bounding box (a binary-split treemap weighted by village counts), villages are
 * uniform random points inside their kecamatan's rectangle, and each village gets its Voronoi cell
 * (d3-delaunay) clipped to the box, so the cells of a kecamatan form one compact patch. With
 * `detail: 'realistic'` (the default) every cell edge is then roughened by seeded midpoint
 * displacement ({@link roughenEdges}), shared edges exactly alike on both sides.
 * O(n log n); about 0.2 s for 84,000 villages without polygons, a few seconds with.
 *
 * @example
 * const nation = generateNational({ seed: 1 });
 * nation.columns.code.length; // => 84000
 */
export function generateNational({
  seed = 1,
  villages = 84_000,
  indicators = 20,
  polygons = false,
  records = false,
  detail = 'realistic',
}: GenerateNationalOptions = {}): SyntheticNation {
  if (!Number.isInteger(villages) || villages < 1000 || villages > 2_000_000)
    throw new Error('generateNational requires villages to be an integer from 1000 to 2000000');
  if (!Number.isInteger(indicators) || indicators < 1 || indicators > 99)
    throw new Error('generateNational requires indicators to be an integer from 1 to 99');
  if (detail !== 'realistic' && detail !== 'light')
    throw new Error("generateNational requires detail 'realistic' or 'light'");
  const rng = createRng(seed);
  const normal = createNormal(rng);
  const areas = areasOf(rng, normal, villages);
  const people = villagesOf(rng, normal, areas, villages);
  const { chosen, columns } = indicatorColumns(rng, people, indicators);
  const { code, name, kecamatanName } = people;

  const result: {
    columns: NationalColumns;
    indicators: IndicatorMeta[];
    records?: VillageRecord[];
    boundaries?: SyntheticBoundaries;
  } = { columns: { code, name, kecamatanName, columns }, indicators: chosen };
  if (records) {
    const ids = chosen.map((m) => m.id);
    const cols = ids.map((id) => columns[id]!);
    result.records = code.map((c, v) => {
      const values: Record<string, number> = {};
      for (let k = 0; k < ids.length; k++) values[ids[k]!] = cols[k]![v]!;
      return { code: c, name: name[v]!, kecamatanName: kecamatanName[v]!, values };
    });
  }
  if (polygons) {
    result.boundaries = layOutPolygons(rng, detail === 'realistic' ? seed : null, {
      code,
      name,
      kecamatanName,
      villageKec: people.villageKec,
      kecKab: areas.kecKab,
      kabProv: areas.kabProv,
      kecVillages: areas.kecVillages,
      kabVillages: areas.kabVillages,
      provVillages: areas.provVillages,
    });
  }
  return result;
}

/** The areas of a nation: villages per province, kabupaten per province, kecamatan per kabupaten. */
interface Areas {
  readonly provVillages: Int32Array;
  readonly kabProv: number[];
  readonly kabCode: readonly string[];
  readonly kabKota: readonly boolean[];
  readonly kabVillages: number[];
  readonly kecKab: number[];
  readonly kecVillages: number[];
}

/** The villages of a nation, with the latent propensities their indicators are drawn from. */
interface Villages {
  readonly code: string[];
  readonly name: string[];
  readonly kecamatanName: string[];
  readonly villageKec: Int32Array;
  readonly kelurahan: Uint8Array;
  readonly poverty: Float64Array;
  readonly environment: Float64Array;
  readonly urban: Float64Array;
  readonly logPopulation: Float64Array;
}

/** Step 1: how many villages each province, kabupaten and kecamatan holds (skewed sizes). */
function areasOf(rng: () => number, normal: () => number, villages: number): Areas {
  const P = PROVINCES.length;
  const K = Math.max(P, Math.round((villages * 514) / 84_000));
  const C = Math.max(2 * K, Math.round((villages * 7_300) / 84_000));
  const lognormal = (sigma: number): number => Math.exp(sigma * normal());

  // Villages per province, then kabupaten per province and villages per kabupaten.
  const provWeight = Array.from({ length: P }, () => lognormal(0.8));
  // Every province holds at least one kabupaten of at least 10 villages (below 1,520 villages in
  // all, a quarter of an even share is fewer).
  const provVillages = allocate(villages, provWeight, {
    min: Math.max(10, Math.floor(villages / (4 * P))),
  });
  const provKab = allocate(
    K,
    provWeight.map((w) => w ** 0.7 * lognormal(0.2)),
    { min: 1, max: Array.from(provVillages, (v) => Math.max(1, Math.min(69, Math.floor(v / 20)))) },
  );
  const kabProv: number[] = [];
  const kabCode: string[] = [];
  const kabKota: boolean[] = [];
  const kabVillages: number[] = [];
  for (let p = 0; p < P; p++) {
    const count = provKab[p]!;
    const kota = count >= 3 ? Math.min(count - 1, Math.round(0.19 * count + rng() - 0.5)) : 0;
    const weight = Array.from(
      { length: count },
      (_, j) => lognormal(0.5) * (j >= count - kota ? 0.3 : 1),
    );
    const vill = allocate(provVillages[p]!, weight, { min: 10 });
    for (let j = 0; j < count; j++) {
      const isKota = j >= count - kota;
      const number = isKota ? 71 + j - (count - kota) : j + 1;
      kabProv.push(p);
      kabCode.push(`${PROVINCES[p]}.${String(number).padStart(2, '0')}`);
      kabKota.push(isKota);
      kabVillages.push(vill[j]!);
    }
  }

  // Kecamatan per kabupaten (kota have fewer villages per kecamatan), villages per kecamatan.
  const kabKec = allocate(
    C,
    kabVillages.map((v, j) => v ** 0.85 * lognormal(0.2) * (kabKota[j] ? 1.8 : 1)),
    { min: 2, max: kabVillages.map((v) => Math.min(99, Math.floor(v / 2))) },
  );
  const kecKab: number[] = [];
  const kecVillages: number[] = [];
  for (let j = 0; j < kabCode.length; j++) {
    const vill = allocate(
      kabVillages[j]!,
      Array.from({ length: kabKec[j]! }, () => lognormal(0.5)),
      { min: 2, max: Array.from({ length: kabKec[j]! }, () => 999) },
    );
    for (const v of vill) {
      kecKab.push(j);
      kecVillages.push(v);
    }
  }
  return { provVillages, kabProv, kabCode, kabKota, kabVillages, kecKab, kecVillages };
}

/** Step 2: the villages' codes, names and kind, and latent propensities from nested random effects. */
function villagesOf(rng: () => number, normal: () => number, areas: Areas, n: number): Villages {
  const { kabProv, kabCode, kabKota, kecKab, kecVillages } = areas;
  const P = PROVINCES.length;
  const code: string[] = new Array(n);
  const name: string[] = new Array(n);
  const kecamatanName: string[] = new Array(n);
  const villageKec = new Int32Array(n);
  const kelurahan = new Uint8Array(n);
  const poverty = new Float64Array(n);
  const environment = new Float64Array(n);
  const urban = new Float64Array(n);
  const logPopulation = new Float64Array(n);
  const villages: Villages = {
    code,
    name,
    kecamatanName,
    villageKec,
    kelurahan,
    poverty,
    environment,
    urban,
    logPopulation,
  };
  const provPoverty = Array.from({ length: P }, () => 0.6 * normal());
  const provEnv = Array.from({ length: P }, () => 0.6 * normal());
  const provPop = Array.from({ length: P }, () => 0.5 * normal());
  let i = 0;
  let kecInKab = 0;
  let kabPoverty = 0;
  let kabEnv = 0;
  let namer = createNamer(rng);
  for (let c = 0; c < kecKab.length; c++) {
    const j = kecKab[c]!;
    const p = kabProv[j]!;
    if (c === 0 || kecKab[c - 1] !== j) {
      kecInKab = 0;
      kabPoverty = 0.35 * normal();
      kabEnv = 0.35 * normal();
      namer = createNamer(rng);
    }
    kecInKab++;
    const kecCode = `${kabCode[j]}.${String(kecInKab).padStart(2, '0')}`;
    const kecName = namer();
    const kecPoverty = 0.25 * normal();
    const kecEnv = 0.25 * normal();
    const villageNamer = createNamer(rng);
    const count = kecVillages[c]!;
    const capital = kecInKab === 1;
    const start = i;
    for (let v = 0; v < count; v++, i++) {
      const kel = kabKota[j] || (capital && rng() < 0.45) || rng() < 0.006;
      kelurahan[i] = kel ? 1 : 0;
      villageKec[i] = c;
      name[i] = villageNamer();
      kecamatanName[i] = kecName;
      urban[i] = kel ? 1 : capital ? 0.5 : 0.15 * rng();
      poverty[i] = provPoverty[p]! + kabPoverty + kecPoverty + 0.45 * normal();
      environment[i] = provEnv[p]! + kabEnv + kecEnv + 0.5 * normal();
      logPopulation[i] = Math.log(3600) + provPop[p]! + 0.5 * urban[i]!;
    }
    numberKecamatan(villages, kecCode, start, count);
  }
  return villages;
}

/**
 * Gives the `count` villages of one kecamatan from row `start` their codes: kelurahan first
 * (`1001…`), then desa (`2001…`), each in name order, and puts their rows in that order.
 */
function numberKecamatan(villages: Villages, kecCode: string, start: number, count: number): void {
  const { code, name, kecamatanName, kelurahan, poverty, environment, urban, logPopulation } =
    villages;
  const members = Array.from({ length: count }, (_, v) => start + v).sort(
    (u, w) => kelurahan[w]! - kelurahan[u]! || compare(name[u]!, name[w]!),
  );
  let nKel = 0;
  let nDesa = 0;
  for (const m of members) {
    const t = kelurahan[m] ? 1000 + ++nKel : 2000 + ++nDesa;
    code[m] = `${kecCode}.${t}`;
  }
  reorder(
    members,
    start,
    [code, name, kecamatanName],
    [kelurahan, poverty, environment, urban, logPopulation],
  );
}

/** Step 3: the indicator columns drawn from the propensities, with their missing values. */
function indicatorColumns(
  rng: () => number,
  villages: Villages,
  indicators: number,
): { chosen: IndicatorMeta[]; columns: Record<string, Float64Array> } {
  const { poverty, environment, urban, kelurahan, logPopulation } = villages;
  const n = poverty.length;
  const simulated = simulateIndicators(
    rng,
    { poverty, environment, urban, kelurahan, logPopulation },
    { desil1Share: 0.1 },
  );
  const metas: IndicatorMeta[] = [...sampleIndicators, ...NATIONAL_EXTRA];
  for (let k = metas.length + 1; k <= indicators; k++) {
    metas.push(
      meta({
        id: `sintetis_${String(k).padStart(2, '0')}`,
        label: { id: `Indikator sintetis ${k}`, en: `Synthetic indicator ${k}` },
        unit: 'unit',
        kind: 'count',
        direction: 'higher-is-worse',
      }),
    );
  }
  const chosen = metas.slice(0, indicators);
  // IDM and its three parts go missing together, as when a desa's IDM record is absent.
  const idmMissing = new Uint8Array(n);
  const idmRate = 0.02 + 0.03 * rng();
  for (let v = 0; v < n; v++) idmMissing[v] = rng() < idmRate ? 1 : 0;
  const columns: Record<string, Float64Array> = {};
  for (const m of chosen) {
    let values = (simulated as Record<string, Float64Array>)[m.id];
    if (!values) {
      values = new Float64Array(n);
      for (let v = 0; v < n; v++)
        values[v] = negativeBinomial(rng, Math.exp(2.5 + 0.5 * poverty[v]!), 1.5);
    }
    if (IDM_GROUP.has(m.id)) {
      for (let v = 0; v < n; v++) if (idmMissing[v]) values[v] = Number.NaN;
    } else if (!DENOMINATORS.has(m.id)) {
      const rate = 0.02 + 0.03 * rng();
      for (let v = 0; v < n; v++) if (rng() < rate) values[v] = Number.NaN;
    }
    columns[m.id] = values;
  }
  return { chosen, columns };
}

/** Puts the rows `order` (absolute indices) into positions `start…` of every array. */
function reorder(
  order: readonly number[],
  start: number,
  strings: string[][],
  numbers: (Float64Array | Uint8Array)[],
): void {
  for (const a of strings) {
    const copy = order.map((m) => a[m]!);
    for (let k = 0; k < copy.length; k++) a[start + k] = copy[k]!;
  }
  for (const a of numbers) {
    const copy = order.map((m) => a[m]!);
    for (let k = 0; k < copy.length; k++) a[start + k] = copy[k]!;
  }
}

type Rect = [number, number, number, number];

/** Binary-split treemap: cuts `rect` along its longer side into parts proportional to `weights`. */
function splitRect(
  rect: Rect,
  weights: readonly number[],
  lo: number,
  hi: number,
  out: Rect[],
): void {
  if (hi - lo === 1) {
    out[lo] = rect;
    return;
  }
  let total = 0;
  for (let k = lo; k < hi; k++) total += weights[k]!;
  let mid = lo + 1;
  let left = weights[lo]!;
  while (mid < hi - 1 && left + weights[mid]! <= total / 2) left += weights[mid++]!;
  const f = left / total;
  const [x0, y0, x1, y1] = rect;
  if (x1 - x0 >= y1 - y0) {
    const xm = x0 + f * (x1 - x0);
    splitRect([x0, y0, xm, y1], weights, lo, mid, out);
    splitRect([xm, y0, x1, y1], weights, mid, hi, out);
  } else {
    const ym = y0 + f * (y1 - y0);
    splitRect([x0, y0, x1, ym], weights, lo, mid, out);
    splitRect([x0, ym, x1, y1], weights, mid, hi, out);
  }
}

function layOutPolygons(
  rng: Rng,
  roughSeed: number | null,
  h: {
    code: string[];
    name: string[];
    kecamatanName: string[];
    villageKec: Int32Array;
    kecKab: number[];
    kabProv: number[];
    kecVillages: number[];
    kabVillages: number[];
    provVillages: Int32Array;
  },
): SyntheticBoundaries {
  const provRect: Rect[] = [];
  splitRect(BOUNDS, Array.from(h.provVillages), 0, h.provVillages.length, provRect);
  const kabRect: Rect[] = [];
  for (let k = 0, start = 0; k <= h.kabProv.length; k++) {
    if (k === h.kabProv.length || h.kabProv[k] !== h.kabProv[start]) {
      splitRect(provRect[h.kabProv[start]!]!, h.kabVillages, start, k, kabRect);
      start = k;
    }
  }
  const kecRect: Rect[] = [];
  for (let c = 0, start = 0; c <= h.kecKab.length; c++) {
    if (c === h.kecKab.length || h.kecKab[c] !== h.kecKab[start]) {
      splitRect(kabRect[h.kecKab[start]!]!, h.kecVillages, start, c, kecRect);
      start = c;
    }
  }
  const n = h.code.length;
  const flat = new Float64Array(2 * n);
  for (let v = 0; v < n; v++) {
    const [x0, y0, x1, y1] = kecRect[h.villageKec[v]!]!;
    flat[2 * v] = x0 + (x1 - x0) * (0.02 + 0.96 * rng());
    flat[2 * v + 1] = y0 + (y1 - y0) * (0.02 + 0.96 * rng());
  }
  const voronoi = new Delaunay(flat).voronoi(BOUNDS);
  const cells: Point[][] = new Array(n);
  for (let v = 0; v < n; v++) {
    const cell = voronoi.cellPolygon(v);
    const ring = cell ? closedRing(cell.slice(0, -1), 5) : null;
    if (!ring) throw new Error('generateNational requires distinct village points; two coincided');
    cells[v] = ring.slice(0, -1);
  }
  const rings = roughSeed === null ? cells : roughenEdges(cells, { seed: roughSeed, digits: 5 });
  const features: Feature<Polygon, SyntheticVillageProperties>[] = new Array(n);
  for (let v = 0; v < n; v++) {
    // Cells are counter-clockwise, rounded and free of repeats already: only close them.
    const ring = [...rings[v]!, rings[v]![0]!];
    const c = h.code[v]!;
    features[v] = {
      type: 'Feature',
      properties: {
        kode: c,
        kode10: c.replaceAll('.', ''),
        nama: h.name[v]!,
        kode_kec: c.slice(0, 8),
        nama_kec: h.kecamatanName[v]!,
        synthetic: true,
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
  }
  return { type: 'FeatureCollection', features };
}

/** Code-unit order, the same in every locale. */
function compare(p: string, q: string): number {
  return p < q ? -1 : p > q ? 1 : 0;
}
