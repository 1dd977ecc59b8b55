import type { Label } from '@lokus/core';
import type { AssignmentConstraint } from './assignmentConstraints.ts';

/**
 * A constraint that cannot be met, in words (Bahasa Indonesia and English), with its numbers:
 * the bound and the number of pairs it can use, or the pins that already exceed it.
 *
 * @example
 * constraintText({ ref: { group: 'capacity-min', subject: 'Dinas Sosial' }, vars: [0], lo: 2, hi: Infinity }, 'precheck').en;
 * // => 'capacity-min, Dinas Sosial: at least 2 villages are asked, but only 1 locus matches its mandate'
 */
export function constraintText(
  c: AssignmentConstraint,
  found: 'precheck' | 'relaxation' | 'pins',
  pins = 0,
): Label {
  const { group, subject } = c.ref;
  const head = `${group}, ${subject}: `;
  const n = c.vars.length;
  if (found === 'pins') {
    return {
      id: `${head}paling banyak ${c.hi}, tetapi ${pins} pasangan sudah ditetapkan tim`,
      en: `${head}at most ${c.hi}, but the team pinned ${pins} pairs`,
    };
  }
  if (found === 'relaxation') {
    return {
      id: `${head}batasan ini tidak dapat dipenuhi bersama batasan lain (tanpa batasan ini penugasan layak)`,
      en: `${head}this constraint cannot be met together with the others (without it an assignment exists)`,
    };
  }
  switch (group) {
    case 'locus-coverage':
      return {
        id: `${head}lokus ini memerlukan minimal ${c.lo} OPD, tetapi hanya ${n} OPD yang mandatnya sesuai kebutuhannya`,
        en: `${head}the locus needs at least ${c.lo} agencies, but only ${n} have a mandate for its needs`,
      };
    case 'capacity-min':
      return {
        id: `${head}diminta minimal ${c.lo} desa, tetapi hanya ${n} lokus yang sesuai mandatnya`,
        en: `${head}at least ${c.lo} villages are asked, but only ${n} ${n === 1 ? 'locus matches' : 'loci match'} its mandate`,
      };
    default:
      return {
        id: `${head}batas ${c.lo}–${c.hi} tidak dapat dipenuhi dengan ${n} pasangan`,
        en: `${head}bounds ${c.lo}–${c.hi} cannot be met with ${n} pairs`,
      };
  }
}
