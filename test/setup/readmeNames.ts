import { readFileSync } from 'node:fs';

/**
 * The identifiers a package README names in its inline code spans and tables (fenced examples do
 * not count), for the README tests that check every export is named.
 *
 * @example
 * readmeNames(new URL('../../packages/report/README.md', import.meta.url)).has('buildAnnex'); // => true
 */
export function readmeNames(readme: URL): Set<string> {
  const text = readFileSync(readme, 'utf8').replace(/```[\s\S]*?```/g, '');
  const names = new Set<string>();
  for (const [, span] of text.matchAll(/`([^`\n]+)`/g))
    for (const word of span!.match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(word);
  return names;
}
