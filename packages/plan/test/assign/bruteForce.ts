import type { Agency, AssignOptions, PlanVillage } from '@lokus/plan';

/** A pair of agency index and village index. */
export type Pair = readonly [number, number];

/** Points of a pair, from the rules as documented (written apart from the package's code). */
export function pairPoints(a: Agency, v: PlanVillage, o: AssignOptions): number {
  const points = o.needPoints ?? [3, 2, 1];
  let p = 0;
  v.needs.forEach((n, i) => {
    if (a.mandate.includes(n.indicator)) p += points[i] ?? 1;
  });
  if (a.preferVillages.includes(v.code) || a.preferKecamatan.includes(v.kecamatan)) {
    p += o.preferencePoints ?? 1;
  }
  return p;
}

/** Pairs allowed: a locus whose needs the mandate meets, or any pinned pair. */
export function allowedPairs(
  villages: readonly PlanVillage[],
  agencies: readonly Agency[],
): Pair[] {
  const out: Pair[] = [];
  agencies.forEach((a, ai) => {
    villages.forEach((v, vi) => {
      const pinned = a.pinned.includes(v.code);
      const meets = v.needs.some((n) => a.mandate.includes(n.indicator));
      if (pinned || (v.locus && meets)) out.push([ai, vi]);
    });
  });
  return out;
}

/** Every constraint of the documented model, checked on a set of chosen pairs; the broken ones. */
export function broken(
  chosen: readonly Pair[],
  villages: readonly PlanVillage[],
  agencies: readonly Agency[],
  o: AssignOptions,
): string[] {
  const out: string[] = [];
  const allowed = new Set(allowedPairs(villages, agencies).map(([a, v]) => `${a}:${v}`));
  for (const [a, v] of chosen) if (!allowed.has(`${a}:${v}`)) out.push(`mandate ${a}:${v}`);
  villages.forEach((v, vi) => {
    const n = chosen.filter(([, x]) => x === vi).length;
    if (v.locus && n < (o.minAgenciesPerLocus ?? 1)) out.push(`locus-coverage ${v.code}`);
    if (v.locus && o.maxAgenciesPerLocus !== undefined && n > o.maxAgenciesPerLocus)
      out.push(`locus-max ${v.code}`);
  });
  agencies.forEach((a, ai) => {
    const mine = chosen.filter(([x]) => x === ai);
    if (mine.length < a.min) out.push(`capacity-min ${a.name}`);
    if (mine.length > a.max) out.push(`capacity-max ${a.name}`);
    for (const code of a.pinned) {
      const vi = villages.findIndex((v) => v.code === code);
      if (!mine.some(([, x]) => x === vi)) out.push(`pins ${a.name} ${code}`);
    }
    if (o.maxPerKecamatan !== undefined) {
      const per = new Map<string, number>();
      for (const [, vi] of mine) {
        const k = villages[vi]!.kecamatan;
        per.set(k, (per.get(k) ?? 0) + 1);
      }
      for (const [k, n] of per)
        if (n > o.maxPerKecamatan) out.push(`kecamatan-spread ${a.name} @ ${k}`);
    }
  });
  return out;
}

/**
 * The best total points over every subset of allowed pairs; `null` when no subset is feasible.
 * Each subset's counts per village, agency and agency × kecamatan are tallied over its bits.
 */
export function bruteForce(
  villages: readonly PlanVillage[],
  agencies: readonly Agency[],
  o: AssignOptions,
): number | null {
  const pairs = allowedPairs(villages, agencies);
  if (pairs.length > 16) throw new Error('bruteForce: instance too large');
  const points = pairs.map(([a, v]) => pairPoints(agencies[a]!, villages[v]!, o));
  const kec = [...new Set(villages.map((v) => v.kecamatan))];
  const kecOf = villages.map((v) => kec.indexOf(v.kecamatan));
  const pinned = pairs.map(([a, v]) => agencies[a]!.pinned.includes(villages[v]!.code));
  const pinCount = agencies.reduce((s, a) => s + a.pinned.length, 0);
  const lo = o.minAgenciesPerLocus ?? 1;
  const hi = o.maxAgenciesPerLocus ?? Infinity;
  const spread = o.maxPerKecamatan ?? Infinity;
  let best: number | null = null;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const perVillage = new Array<number>(villages.length).fill(0);
    const perAgency = new Array<number>(agencies.length).fill(0);
    const perAgencyKec = new Array<number>(agencies.length * kec.length).fill(0);
    let total = 0;
    let pins = 0;
    pairs.forEach(([a, v], i) => {
      if (((mask >> i) & 1) === 0) return;
      perVillage[v]!++;
      perAgency[a]!++;
      perAgencyKec[a * kec.length + kecOf[v]!]!++;
      total += points[i]!;
      if (pinned[i]) pins++;
    });
    const ok =
      pins === pinCount &&
      villages.every((v, i) => !v.locus || (perVillage[i]! >= lo && perVillage[i]! <= hi)) &&
      agencies.every((a, i) => perAgency[i]! >= a.min && perAgency[i]! <= a.max) &&
      perAgencyKec.every((n) => n <= spread);
    if (ok && (best === null || total > best)) best = total;
  }
  return best;
}
