import type { AssignmentConstraint } from './assignmentConstraints.ts';
import type { Candidate } from './types.ts';

/** Terms per line, so no line of the model grows unbounded. */
const PER_LINE = 16;

function terms(vars: readonly number[], coef: (k: number) => number): string {
  const parts: string[] = [];
  vars.forEach((k, i) => {
    const c = coef(k);
    const sign = i === 0 ? (c < 0 ? '-' : '') : c < 0 ? ' - ' : ' + ';
    parts.push(`${sign}${Math.abs(c) === 1 ? '' : `${Math.abs(c)} `}x${k}`);
    if ((i + 1) % PER_LINE === 0) parts.push('\n ');
  });
  return parts.join('');
}

/**
 * The assignment as a CPLEX LP-format model for HiGHS: maximise the points of the chosen pairs
 * (one binary `x<k>` per candidate k) subject to the constraints `lo ≤ Σ x ≤ hi` not skipped.
 * Constraints are named `c<i>` by their index; empty ones are left out (see `precheck`).
 * O(size of the model).
 *
 * @example
 * lpText([{ agency: 0, village: 0, points: 3, matched: [], preferred: false, pinned: false }], []);
 * // => 'Maximize\n obj: 3 x0\nSubject To\nBinary\n x0\nEnd\n'
 */
export function lpText(
  cands: readonly Candidate[],
  constraints: readonly AssignmentConstraint[],
  skip: (index: number) => boolean = () => false,
): string {
  const all = cands.map((_, k) => k);
  const out: string[] = ['Maximize', ` obj: ${terms(all, (k) => cands[k]!.points)}`, 'Subject To'];
  constraints.forEach((c, i) => {
    if (skip(i)) return;
    // An empty sum binds nothing; one with lo > 0 is caught by `precheck` before any solve.
    if (c.vars.length === 0) return;
    const sum = terms(c.vars, () => 1);
    if (c.lo === c.hi) out.push(` c${i}: ${sum} = ${c.lo}`);
    else {
      if (c.lo > 0) out.push(` c${i}_lo: ${sum} >= ${c.lo}`);
      if (Number.isFinite(c.hi)) out.push(` c${i}_hi: ${sum} <= ${c.hi}`);
    }
  });
  out.push('Binary');
  for (let k = 0; k < all.length; k += PER_LINE) {
    out.push(
      ` ${all
        .slice(k, k + PER_LINE)
        .map((j) => `x${j}`)
        .join(' ')}`,
    );
  }
  out.push('End', '');
  return out.join('\n');
}
