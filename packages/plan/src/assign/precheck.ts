import type { AssignmentConstraint } from './assignmentConstraints.ts';
import { constraintText } from './constraintText.ts';
import type { Candidate, Infeasibility } from './types.ts';

/**
 * Necessary conditions checked before solving, each naming the constraint that breaks: a lower
 * bound larger than the pairs it can use (a locus no agency's mandate fits, an agency minimum
 * above its matching loci); pins above an upper bound (more pinned villages than an agency's
 * maximum or a kecamatan's spread, more pinned agencies than a locus's maximum); and in total,
 * the agencies' maxima below what the loci need (`capacity-max`, subject `semua OPD`). Empty
 * when none fails; the model may still be infeasible (then relaxation names the constraint).
 * O(constraints + candidates).
 *
 * @example
 * precheck([{ ref: { group: 'locus-coverage', subject: '33.21.01.2001' }, vars: [], lo: 1, hi: Infinity }], []).map((x) => x.group);
 * // => ['locus-coverage']
 */
export function precheck(
  constraints: readonly AssignmentConstraint[],
  cands: readonly Candidate[],
): Infeasibility[] {
  const out: Infeasibility[] = [];
  for (const c of constraints) {
    if (c.lo > c.vars.length) {
      out.push({ ...c.ref, found: 'precheck', text: constraintText(c, 'precheck') });
      continue;
    }
    const pins = c.vars.filter((k) => cands[k]!.pinned).length;
    if (c.ref.group !== 'pins' && pins > c.hi) {
      out.push({ ...c.ref, found: 'precheck', text: constraintText(c, 'pins', pins) });
    }
  }
  const need = constraints
    .filter((c) => c.ref.group === 'locus-coverage')
    .reduce((s, c) => s + c.lo, 0);
  const room = constraints
    .filter((c) => c.ref.group === 'capacity-max')
    .reduce((s, c) => s + Math.min(c.hi, c.vars.length), 0);
  if (out.length === 0 && room < need) {
    out.push({
      group: 'capacity-max',
      subject: 'semua OPD',
      found: 'precheck',
      text: {
        id: `capacity-max, semua OPD: lokus memerlukan ${need} penugasan, tetapi kapasitas maksimal semua OPD (pada lokus yang sesuai mandat) hanya ${room}`,
        en: `capacity-max, all agencies: the loci need ${need} assignments, but the agencies' maxima (on loci matching their mandates) allow only ${room}`,
      },
    });
  }
  return out;
}
