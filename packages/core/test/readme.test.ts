import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { SchemaNode } from '../src/scenario/scenarioJsonSchema.ts';
import { scenarioJsonSchema } from '../src/scenario/scenarioJsonSchema.ts';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const INDEX = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const TYPES = fileURLToPath(new URL('../src/types.ts', import.meta.url));

/**
 * The identifiers a Markdown text documents: every word of a heading and of an inline code span
 * (`` `createTable(records)` `` documents `createTable`). Fenced code blocks are left out, so a
 * name that only appears inside an example does not count as documented.
 */
function documentedNames(markdown: string): Set<string> {
  const prose = markdown.replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, '');
  const names = new Set<string>();
  const addWords = (text: string): void => {
    for (const word of text.match(/[A-Za-z_$][\w$-]*/g) ?? []) {
      names.add(word);
      // `alkire-foster` documents both the kebab-case value and its parts.
      for (const part of word.split('-')) if (part !== '') names.add(part);
    }
  };
  for (const [, heading] of prose.matchAll(/^#{1,6}\s+(.+)$/gm)) addWords(heading!);
  for (const [, code] of prose.matchAll(/`([^`\n]+)`/g)) addWords(code!);
  return names;
}

interface CompilerView {
  /** Every export of `src/index.ts`, types included. */
  readonly exported: string[];
  /** Exports without a TSDoc comment, and runtime exports without an `@example`. */
  readonly undocumentedExports: string[];
  /** The string literals of the `CoreDiagnosticCode` union. */
  readonly diagnosticCodes: string[];
}

let view: CompilerView | undefined;

/** The exports of `src/index.ts` as the TypeScript compiler sees them (computed once). */
function compilerView(): CompilerView {
  if (view !== undefined) return view;
  const program = ts.createProgram([INDEX], {
    noEmit: true,
    noLib: true,
    types: [],
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  const symbols = checker.getExportsOfModule(moduleSymbol);
  const exported = symbols.map((s) => s.getName());
  const undocumentedExports = symbols
    .filter((alias) => {
      const s = alias.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(alias) : alias;
      const isValue = (s.flags & (ts.SymbolFlags.Value & ~ts.SymbolFlags.Interface)) !== 0;
      const hasDoc = s.getDocumentationComment(checker).length > 0;
      const hasExample = s.getJsDocTags(checker).some((t) => t.name === 'example');
      return !hasDoc || (isValue && !hasExample);
    })
    .map((s) => s.getName())
    .sort();
  const typesFile = program.getSourceFile(TYPES)!;
  const alias = typesFile.statements.find(
    (s): s is ts.TypeAliasDeclaration =>
      ts.isTypeAliasDeclaration(s) && s.name.text === 'CoreDiagnosticCode',
  )!;
  const union = checker.getTypeAtLocation(alias.name);
  const diagnosticCodes = (union.isUnion() ? union.types : [union])
    .filter((t) => t.isStringLiteral())
    .map((t) => (t as ts.StringLiteralType).value);
  view = { exported, undocumentedExports, diagnosticCodes };
  return view;
}

/** Every property name of the scenario JSON Schema, at every level. */
function schemaProperties(node: SchemaNode, out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    out.add(key);
    schemaProperties(child, out);
  }
  if (node.items !== undefined) schemaProperties(node.items, out);
  if (typeof node.additionalProperties === 'object') {
    schemaProperties(node.additionalProperties, out);
  }
  return out;
}

const documented = documentedNames(README);
const undocumented = (names: Iterable<string>): string[] =>
  [...names].filter((name) => !documented.has(name)).sort();

describe('documentedNames', () => {
  it('documentedNames reads headings and inline code, not fenced code blocks', () => {
    const names = documentedNames(
      '# The `impute` stage\n\n```ts\nhiddenInExample();\n```\n\n- item\n\n  ```ts\n  hiddenInList();\n  ```\n\nSee `selectLoci(input, spec)`.\n',
    );
    expect(names.has('impute')).toBe(true);
    expect(names.has('selectLoci')).toBe(true);
    expect(names.has('stage')).toBe(true);
    expect(names.has('hiddenInExample')).toBe(false);
    expect(names.has('hiddenInList')).toBe(false);
  });
});

describe('README.md', () => {
  it('every export of src/index.ts has TSDoc (the API reference), values with an @example', () => {
    const { exported, undocumentedExports } = compilerView();
    // The compiler sees the whole index: a sanity check that it read it.
    expect(exported).toContain('runScenario');
    expect(exported).toContain('ScenarioResult');
    expect(undocumentedExports).toEqual([]);
    // Building the program takes seconds on a loaded 2-core machine.
  }, 60_000);

  it('README keeps to concepts: the hand-written API reference is gone', () => {
    expect(README.split('\n').length).toBeLessThan(1000);
    expect(README).toContain('pnpm run docs');
  });

  it('README lists every CoreDiagnosticCode', () => {
    const { diagnosticCodes } = compilerView();
    expect(diagnosticCodes).toContain('SCENARIO_INVALID');
    expect(undocumented(diagnosticCodes)).toEqual([]);
  }, 60_000);

  it('README names every property of the scenario JSON Schema', () => {
    const properties = schemaProperties(scenarioJsonSchema);
    expect(properties.has('carryOver')).toBe(true);
    expect(undocumented(properties)).toEqual([]);
  });
});
