import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.ts';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Files whose examples run (more directories join as their examples state literal values). */
const COVERED = ['catalogue', 'messages', 'scenario', 'weight', 'explain'];

const files = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path).flatMap((f) => files(join(path, f)))
    : path.endsWith('.ts')
      ? [path]
      : [];

/** The `@example` blocks of a source file, as code without the comment stars. */
function examples(source: string): string[] {
  const out: string[] = [];
  for (const [, comment] of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = comment!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((l) => l.startsWith('@example'));
    if (start < 0) continue;
    const end = lines.findIndex((l, i) => i > start && l.startsWith('@'));
    out.push(lines.slice(start + 1, end < 0 ? undefined : end).join('\n'));
  }
  return out;
}

/**
 * A stated value as an expression: `Float64Array [1, 2]` (as Node prints typed arrays) becomes
 * `Float64Array.from([1, 2])`, and a trailing remark in parentheses (`[50, 14] (sum = 64)`) is
 * dropped.
 */
function valueExpression(text: string): string {
  const typed = /^(Float64Array|Float32Array|Int32Array|Uint8Array) (\[[\s\S]*\])$/.exec(text);
  if (typed) return `${typed[1]}.from(${typed[2]})`;
  const remark = /^([[{'"][\s\S]*[\]}'"]) \([^)]*\)$/.exec(text);
  return remark ? remark[1]! : text;
}

/**
 * An example as a function body: every statement followed by `// => value` (on its last line or
 * on the next line) becomes `__check(statement, value, text)`; other statements run as written.
 * Statements end with `;`.
 */
function checkedBody(example: string): string {
  const out: string[] = [];
  let statement: string[] = [];
  let last = '';
  const check = (text: string, expected: string): string =>
    `__check(() => (${text}), () => (${valueExpression(expected)}), ${JSON.stringify(text.trim())});`;
  for (const line of example.split('\n')) {
    const at = line.indexOf('// =>');
    const code = at < 0 ? line : line.slice(0, at);
    if (code.trim() === '' && at >= 0 && statement.length === 0 && last !== '') {
      out[out.length - 1] = check(last, line.slice(at + 5).trim());
      continue;
    }
    statement.push(code);
    if (!code.trimEnd().endsWith(';')) continue;
    const text = statement.join('\n').trimEnd().replace(/;$/, '');
    out.push(at < 0 ? `${text};` : check(text, line.slice(at + 5).trim()));
    last = /^\s*(const|let|var)\s/.test(text) ? '' : text;
    statement = [];
  }
  return out.join('\n');
}

const names = Object.keys(core);
const values = Object.values(core);

/** Runs one example with every export of core in scope; returns the number of stated values. */
function runExample(block: string): number {
  const js = ts.transpileModule(checkedBody(block), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  let checks = 0;
  const check = (actual: () => unknown, expected: () => unknown, text: string): void => {
    checks++;
    expect(actual(), text).toEqual(expected());
  };
  new Function(...names, '__check', js)(...values, check);
  return checks;
}

describe('examples', () => {
  it('checkedBody turns "// =>" lines into checks and keeps other statements', () => {
    expect(checkedBody('const a = 1;\nf(a,\n  2); // => [1]')).toBe(
      'const a = 1;\n__check(() => (f(a,\n  2)), () => ([1]), "f(a,\\n  2)");',
    );
  });

  it('runExample fails on a wrong stated value and counts the right ones', () => {
    expect(() => runExample("headerKey('IDM 2024'); // => 'idm 2024'")).toThrow();
    expect(runExample("const k = headerKey('IDM 2024');\nk; // => 'idm'\nk.length; // => 3")).toBe(
      2,
    );
  });

  for (const file of COVERED.flatMap((p) => files(join(SRC, p)))) {
    examples(readFileSync(file, 'utf8')).forEach((block, k) => {
      it(`${file.slice(SRC.length)} example ${k + 1} states its values`, () => {
        expect(runExample(block), 'an example states at least one value').toBeGreaterThan(0);
      });
    });
  }
});
