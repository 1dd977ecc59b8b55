import type { Rng } from '@lokus/core';
import { binomial, createNormal, logistic, logit, negativeBinomial } from './distributions.ts';

/** Per-village latent inputs of {@link simulateIndicators}, one entry per village. */
export interface VillageLatent {
  /** Poverty propensity, roughly standard normal and spatially smooth; higher = poorer. */
  readonly poverty: Float64Array;
  /** Environmental hardship (water, terrain), roughly standard normal; higher = harder. */
  readonly environment: Float64Array;
  /** Urbanity in [0, 1]; 1 for a town centre. */
  readonly urban: Float64Array;
  /** 1 for a kelurahan (no IDM), 0 for a desa. */
  readonly kelurahan: Uint8Array;
  /** Natural log of the typical population of the village (before its own noise). */
  readonly logPopulation: Float64Array;
}

/** Options of {@link simulateIndicators}. */
export interface SimulateIndicatorsOptions {
  /** Share of households in DTSEN desil 1 over all villages (calibrated exactly in expectation). */
  readonly desil1Share?: number;
  /** Share of values set missing (`NaN`) per column id; `idm` covers IDM and its three parts. */
  readonly missing?: Readonly<Record<string, number>>;
}

/** Column ids produced by {@link simulateIndicators}, in order. */
export const SIMULATED_IDS = [
  'kk_total',
  'penduduk',
  'desil1_kk',
  'desil12_kk',
  'miskin_ekstrem_jiwa',
  'rtlh_unit',
  'tanpa_air_kk',
  'tanpa_sanitasi_kk',
  'stunting_pct',
  'atps_anak',
  'idm',
  'iks',
  'ike',
  'ikl',
  'listrik_non_pln_kk',
  'lansia_tunggal_jiwa',
  'disabilitas_jiwa',
  'pengangguran_pct',
  'jalan_tidak_layak',
  'buta_huruf_jiwa',
] as const;

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * Draws the synthetic village columns from latent per-village propensities: a joint model in
 * which population is lognormal, households follow from a household size of 3–4 persons, the
 * desil-1 share is logistic in poverty and urbanity (its intercept found by bisection so that the
 * household-weighted share equals `desil1Share`), counts are binomial or negative-binomial
 * (skewed, integer, with ties), and IDM's IKS/IKE/IKL fall as poverty rises, IDM being their mean
 * to 4 decimals and missing for kelurahan as in the real index.
 *
 * Guaranteed for every village: desil1_kk ≤ desil12_kk ≤ kk_total; miskin_ekstrem_jiwa ≤ penduduk;
 * rtlh_unit, tanpa_air_kk, tanpa_sanitasi_kk, listrik_non_pln_kk ≤ kk_total (where present).
 * `kk_total`, `penduduk`, `desil1_kk` and `desil12_kk` are never missing.
 * O(n) plus O(40·n) for the calibration.
 *
 * @example
 * // Two villages: a poor rural desa and a town kelurahan.
 * const latent = { poverty: Float64Array.of(1.5, -0.5), environment: Float64Array.of(0, 1),
 *   urban: Float64Array.of(0, 1), kelurahan: Uint8Array.of(0, 1), logPopulation: Float64Array.of(7.5, 8.5) };
 * const cols = simulateIndicators(createRng(1), latent);
 * cols.kk_total; // => Float64Array [551, 2269]
 * cols.desil1_kk[0] <= cols.kk_total[0]; // => true
 * Number.isNaN(cols.idm[1]); // => true (a kelurahan has no IDM)
 */
export function simulateIndicators(
  rng: Rng,
  latent: VillageLatent,
  { desil1Share = 0.1, missing = {} }: SimulateIndicatorsOptions = {},
): Record<(typeof SIMULATED_IDS)[number], Float64Array> {
  const n = latent.poverty.length;
  const normal = createNormal(rng);
  const out = Object.fromEntries(
    SIMULATED_IDS.map((id) => [id, new Float64Array(n)]),
  ) as SimulatedColumns;
  const { hh, eta } = drawHouseholds(rng, normal, latent, out);
  const b1 = calibrateDesil1(out.kk_total, eta, desil1Share);
  for (let i = 0; i < n; i++) drawVillage(rng, normal, latent, out, i, hh[i]!, b1 + eta[i]!);
  drawMissing(rng, out, missing);
  return out;
}

/** The simulated columns, keyed by {@link SIMULATED_IDS}. */
type SimulatedColumns = Record<(typeof SIMULATED_IDS)[number], Float64Array>;

/**
 * Draws population and households into `out`; returns household sizes and the desil-1 linear
 * predictors (without intercept).
 */
function drawHouseholds(
  rng: Rng,
  normal: () => number,
  latent: VillageLatent,
  out: SimulatedColumns,
): { hh: Float64Array; eta: Float64Array } {
  const n = latent.poverty.length;
  const hh = new Float64Array(n);
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = latent.urban[i]!;
    const pop = Math.max(150, Math.round(Math.exp(latent.logPopulation[i]! + 0.42 * normal())));
    hh[i] = 3.1 + 0.5 * rng() + 0.15 * Math.max(0, latent.poverty[i]!);
    out.penduduk[i] = pop;
    out.kk_total[i] = Math.max(40, Math.round(pop / hh[i]!));
    eta[i] = 0.55 * latent.poverty[i]! - 1.1 * u + 0.2 * normal();
  }
  return { hh, eta };
}

/** Intercept such that the household-weighted mean desil-1 share is `desil1Share` (Newton). */
function calibrateDesil1(kkTotal: Float64Array, eta: Float64Array, desil1Share: number): number {
  const n = kkTotal.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += kkTotal[i]!;
  let b1 = logit(desil1Share);
  for (let it = 0; it < 30; it++) {
    let f = -desil1Share * total;
    let df = 0;
    for (let i = 0; i < n; i++) {
      const s = logistic(b1 + eta[i]!);
      f += kkTotal[i]! * s;
      df += kkTotal[i]! * s * (1 - s);
    }
    const step = f / df;
    b1 -= Math.max(-2, Math.min(2, step));
    if (Math.abs(step) < 1e-9) break;
  }
  return b1;
}

/**
 * Draws every column but population and households for village `i` into `out`, from its
 * household size `hh` and its calibrated desil-1 linear predictor `eta1`.
 */
function drawVillage(
  rng: Rng,
  normal: () => number,
  latent: VillageLatent,
  out: SimulatedColumns,
  i: number,
  hh: number,
  eta1: number,
): void {
  const z = latent.poverty[i]!;
  const env = latent.environment[i]!;
  const u = latent.urban[i]!;
  const kk = out.kk_total[i]!;
  const pop = out.penduduk[i]!;
  const s1 = logistic(eta1);
  const d1 = binomial(rng, kk, s1);
  const s2 = logistic(logit(0.13) + 0.35 * z - 0.7 * u + 0.15 * normal());
  const d12 = d1 + binomial(rng, kk - d1, s2);
  out.desil1_kk[i] = d1;
  out.desil12_kk[i] = d12;
  out.miskin_ekstrem_jiwa[i] = Math.min(
    pop,
    Math.round(d1 * hh),
    negativeBinomial(rng, d1 * hh * 0.16, 3),
  );
  out.rtlh_unit[i] = Math.min(
    kk,
    negativeBinomial(rng, kk * (0.004 + 0.1 * s1) * Math.exp(0.2 * env), 2.5),
  );
  const water = logistic(logit(0.06) + 0.35 * z + 0.6 * env - 1.2 * u + 0.3 * normal());
  out.tanpa_air_kk[i] = binomial(rng, kk, water);
  const sanitation = logistic(logit(0.07) + 0.5 * z + 0.3 * env - 1.4 * u + 0.3 * normal());
  out.tanpa_sanitasi_kk[i] = binomial(rng, kk, sanitation);
  out.stunting_pct[i] = round1(
    100 * logistic(logit(0.14) + 0.3 * z + 0.1 * env - 0.3 * u + 0.25 * normal()),
  );
  out.atps_anak[i] = negativeBinomial(rng, pop * 0.003 * (1 + 4 * s1), 3);
  drawIdm(normal, out, i, s1, u, water, env, latent.kelurahan[i] === 1);
  out.listrik_non_pln_kk[i] = binomial(
    rng,
    kk,
    logistic(logit(0.008) + 0.9 * z + 0.4 * env - 1.5 * u + 0.5 * normal()),
  );
  out.lansia_tunggal_jiwa[i] = negativeBinomial(rng, pop * 0.012 * (1 + 0.5 * s1), 4);
  out.disabilitas_jiwa[i] = negativeBinomial(rng, pop * 0.008, 6);
  out.pengangguran_pct[i] = round1(
    100 * logistic(logit(0.05) + 0.2 * z + 0.6 * u + 0.3 * normal()),
  );
  out.jalan_tidak_layak[i] = rng() < logistic(logit(0.08) + 0.6 * z + 0.6 * env - 2 * u) ? 1 : 0;
  out.buta_huruf_jiwa[i] = negativeBinomial(
    rng,
    pop * 0.015 * (1 + 2 * s1) * Math.exp(0.3 * env),
    4,
  );
}

/** Draws IKS, IKE and IKL of village `i` and IDM as their mean; all missing for a kelurahan. */
function drawIdm(
  normal: () => number,
  out: SimulatedColumns,
  i: number,
  s1: number,
  u: number,
  water: number,
  env: number,
  kel: boolean,
): void {
  const iks = round4(clamp(0.79 - 0.9 * (s1 - 0.1) + 0.05 * u + 0.035 * normal(), 0.2, 0.99));
  const ike = round4(clamp(0.66 - 1.3 * (s1 - 0.1) + 0.1 * u + 0.06 * normal(), 0.15, 0.99));
  const ikl = round4(clamp(0.7 - 0.6 * (water - 0.06) - 0.04 * env + 0.07 * normal(), 0.15, 0.99));
  out.iks[i] = kel ? Number.NaN : iks;
  out.ike[i] = kel ? Number.NaN : ike;
  out.ikl[i] = kel ? Number.NaN : ikl;
  out.idm[i] = kel ? Number.NaN : round4((iks + ike + ikl) / 3);
}

/** Sets values missing, drawn per column in a fixed order; `idm` also blanks its three parts. */
function drawMissing(
  rng: Rng,
  out: SimulatedColumns,
  missing: Readonly<Record<string, number>>,
): void {
  const idmRate = missing.idm ?? 0;
  for (const id of SIMULATED_IDS) {
    if (id === 'iks' || id === 'ike' || id === 'ikl') continue;
    if (id === 'kk_total' || id === 'penduduk' || id === 'desil1_kk' || id === 'desil12_kk')
      continue;
    const rate = id === 'idm' ? idmRate : (missing[id] ?? 0);
    if (!(rate > 0)) continue;
    const values = out[id];
    for (let i = 0; i < values.length; i++) {
      if (rng() >= rate) continue;
      values[i] = Number.NaN;
      if (id === 'idm') {
        out.iks[i] = Number.NaN;
        out.ike[i] = Number.NaN;
        out.ikl[i] = Number.NaN;
      }
    }
  }
}
