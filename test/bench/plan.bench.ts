/**
 * Benchmark of the agency ↔ locus assignment (`assignAgencies` of `@lokus/plan`, HiGHS as
 * WebAssembly) on seeded synthetic instances:
 * - district: 400 villages in 20 kecamatan, 40 loci, 30 agencies (mandates of 2–3 of 10
 *   indicators, capacity 1–3 villages), at most 2 villages of an agency per kecamatan.
 *   Target: 1 s.
 * - province: 10,000 villages in 500 kecamatan, 1,000 loci, 300 agencies (capacity 1–6), same
 *   rules. No target: the time is reported.
 * Each locus's needs are 3 distinct indicators drawn at random with district ranks; the solver
 * is loaded once (`loadSolver`, timed apart). The district is solved four times: the first solve
 * (the WebAssembly still being compiled to optimised code) and the median of the next three,
 * which the target is checked on. Wall and CPU time (this process) are printed with the load
 * average, since other processes may share the cores.
 *
 * Run: `pnpm bench plan` or `node --import tsx test/bench/plan.bench.ts` (`PLAN_BENCH_CASE=district`
 * for one case). Prints one JSON object.
 */
import { loadavg } from 'node:os';
import { createRng } from '@lokus/core';
import {
  type Agency,
  type AssignmentSolver,
  assignAgencies,
  loadSolver,
  type PlanVillage,
} from '@lokus/plan';

const INDICATORS = [
  'desil1_kk',
  'desil12_kk',
  'miskin_ekstrem_jiwa',
  'rtlh_unit',
  'tanpa_air_kk',
  'tanpa_sanitasi_kk',
  'stunting_pct',
  'atps_anak',
  'pengangguran_jiwa',
  'idm',
];

export function instance(
  seed: number,
  villages: number,
  loci: number,
  kecamatan: number,
  agencies: number,
  maxCap: number,
) {
  const rng = createRng(seed);
  const pick = (n: number): number => Math.floor(rng() * n);
  const vs: PlanVillage[] = [];
  for (let i = 0; i < villages; i++) {
    const kec =
      `99.${String(1 + Math.floor(i / 10_000)).padStart(2, '0')}.${String(i % kecamatan).padStart(3, '0')}`.slice(
        0,
        8,
      );
    const code = `99.01.${String(i % kecamatan).padStart(2, '0')}.2${String(Math.floor(i / kecamatan)).padStart(3, '0')}`;
    const locus = i % Math.round(villages / loci) === 0;
    const order = [...INDICATORS].sort(() => rng() - 0.5).slice(0, 3);
    vs.push({
      code,
      name: `Desa ${i + 1}`,
      kecamatan: kec,
      kecamatanName: `Kec ${i % kecamatan}`,
      locus,
      rank: i + 1,
      poorHouseholds: 50 + pick(200),
      needs: locus
        ? order.map((id, p) => ({
            indicator: id,
            scenarioIndicator: id,
            label: { id, en: id },
            unit: 'KK',
            value: 10 + pick(90),
            districtRank: 1 + pick(villages),
            rankedCount: villages,
            higherIsWorse: true,
            relative: 3 - p,
          }))
        : [],
    });
  }
  const as: Agency[] = [];
  for (let a = 0; a < agencies; a++) {
    const mandate = [...INDICATORS].sort(() => rng() - 0.5).slice(0, 2 + pick(2));
    as.push({
      name: `OPD ${a + 1}`,
      mandate,
      min: 1,
      max: 1 + pick(maxCap),
      preferKecamatan: [],
      preferVillages: [],
      pinned: [],
    });
  }
  return { vs, as };
}

/** Wall and CPU milliseconds (this process) of one assignment. */
function timedAssign(vs: PlanVillage[], as: Agency[], solver: AssignmentSolver) {
  const cpu0 = process.cpuUsage();
  const w0 = performance.now();
  const r = assignAgencies(vs, as, solver, { maxPerKecamatan: 2 });
  const cpu = process.cpuUsage(cpu0);
  return {
    r,
    wallMs: Math.round(performance.now() - w0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
}

const CASES = [
  {
    name: 'district',
    villages: 400,
    loci: 40,
    kecamatan: 20,
    agencies: 30,
    maxCap: 3,
    targetMs: 1000,
  },
  {
    name: 'province',
    villages: 10_000,
    loci: 1000,
    kecamatan: 500,
    agencies: 300,
    maxCap: 6,
    targetMs: null,
  },
];

async function main(): Promise<void> {
  const load0 = loadavg()[0];
  const t0 = performance.now();
  const solver = await loadSolver();
  const loadMs = Math.round(performance.now() - t0);
  const only = process.env.PLAN_BENCH_CASE;
  const out: Record<string, unknown> = {};
  for (const c of CASES.filter((x) => only === undefined || x.name === only)) {
    const { vs, as } = instance(20261123, c.villages, c.loci, c.kecamatan, c.agencies, c.maxCap);
    // The first solve includes compiling the WebAssembly to optimised code; later ones do not.
    const first = timedAssign(vs, as, solver);
    const warm =
      c.name === 'district'
        ? [1, 2, 3].map(() => timedAssign(vs, as, solver)).sort((a, b) => a.wallMs - b.wallMs)[1]!
        : null;
    const { r } = first;
    out[c.name] = {
      villages: c.villages,
      loci: vs.filter((v) => v.locus).length,
      agencies: as.length,
      status: r.status,
      objective: r.objective,
      variables: r.size.variables,
      constraints: r.size.constraints,
      firstWallMs: first.wallMs,
      firstCpuMs: first.cpuMs,
      warmMedianWallMs: warm?.wallMs ?? null,
      warmMedianCpuMs: warm?.cpuMs ?? null,
      targetMs: c.targetMs,
      met: c.targetMs === null ? null : (warm ?? first).wallMs <= c.targetMs,
    };
  }
  const loadAverage = [load0, loadavg()[0]];
  console.log(JSON.stringify({ benchmark: 'plan', solverLoadMs: loadMs, loadAverage, ...out }));
}

if (process.env.PLAN_BENCH_IMPORT !== '1') await main();
