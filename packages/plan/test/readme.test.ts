import { readFileSync } from 'node:fs';
import * as pkg from '@lokus/plan';
import { describe, expect, it } from 'vitest';

/** Identifiers named in the README's inline code spans and tables (fenced examples do not count). */
function documented(): Set<string> {
  const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(
    /```[\s\S]*?```/g,
    '',
  );
  const names = new Set<string>();
  for (const [, span] of text.matchAll(/`([^`\n]+)`/g))
    for (const word of span!.match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(word);
  return names;
}

describe('README', () => {
  it('names every value the package exports and every diagnostic code', () => {
    const names = documented();
    expect(Object.keys(pkg).filter((k) => !names.has(k))).toEqual([]);
    expect(Object.keys(pkg.PLAN_DIAGNOSTICS).filter((k) => !names.has(k))).toEqual([]);
  });
});
