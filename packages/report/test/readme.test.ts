import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as pkg from '../src/index.ts';

/** Identifiers named in the README's inline code spans (fenced examples do not count). */
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
  it('names every value the package exports', () => {
    const names = documented();
    expect(Object.keys(pkg).filter((k) => !names.has(k))).toEqual([]);
  });
});
