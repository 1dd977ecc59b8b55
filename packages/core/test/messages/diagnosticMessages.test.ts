import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_MESSAGES } from '../../src/messages/diagnosticMessages.ts';

const PACKAGES = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

/**
 * Every diagnostic code the packages' sources use: `code: 'X'` literals, the string literals of
 * any `…DiagnosticCode…` type union and of any `…DIAGNOSTIC_CODES` list (codes emitted through a
 * variable).
 */
function usedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const pkg of readdirSync(PACKAGES)) {
    let files: string[];
    try {
      files = sourceFiles(join(PACKAGES, pkg, 'src'));
    } catch {
      continue;
    }
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [, code] of text.matchAll(/\bcode: '([A-Z][A-Z0-9_]{2,})'/g))
        found.set(code!, file);
      for (const [, body] of text.matchAll(/type \w*DiagnosticCode\w* =([^;]*);/g)) {
        for (const [, code] of body!.matchAll(/'([A-Z][A-Z0-9_]{2,})'/g)) found.set(code!, file);
      }
      // A package's list of its codes (`REGISTER_DIAGNOSTIC_CODES = [...] as const`).
      for (const [, body] of text.matchAll(/\w*DIAGNOSTIC_CODES = \[([^\]]*)\]/g)) {
        for (const [, code] of body!.matchAll(/'([A-Z][A-Z0-9_]{2,})'/g)) found.set(code!, file);
      }
    }
  }
  return found;
}

describe('DIAGNOSTIC_MESSAGES', () => {
  it('DIAGNOSTIC_MESSAGES has an Indonesian and an English sentence for every diagnostic code used in packages/*/src', () => {
    const used = usedCodes();
    // A sanity check that the scan reads core, io, geo and the registers' list of codes.
    for (const code of [
      'SCENARIO_INVALID',
      'CSV_RAGGED_ROW',
      'JOIN_UNMATCHED_TABLE',
      'ZERO_DENOMINATOR',
      'DUPLICATE_NIK',
    ]) {
      expect(used.has(code), code).toBe(true);
    }
    const lacking = [...used]
      .filter(([code]) => {
        const m = DIAGNOSTIC_MESSAGES[code];
        return m === undefined || m.id.trim() === '' || m.en.trim() === '';
      })
      .map(([code, file]) => `${code} (${file.slice(PACKAGES.length)})`);
    expect(lacking).toEqual([]);
  });

  it('DIAGNOSTIC_MESSAGES sentences use only the known placeholders, the same in both languages', () => {
    const known = new Set(['value', 'column', 'village', 'path', 'file', 'row']);
    for (const [code, m] of Object.entries(DIAGNOSTIC_MESSAGES)) {
      const id = [...m.id.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      const en = [...m.en.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(id, code).toEqual(en);
      for (const p of id) expect(known.has(p!), `${code}: {${p}}`).toBe(true);
      expect(m.id, code).not.toBe(m.en);
    }
  });

  it('DIAGNOSTIC_MESSAGES variants name a code that has an entry of its own', () => {
    for (const key of Object.keys(DIAGNOSTIC_MESSAGES)) {
      const [code, path] = key.split(':');
      if (path !== undefined) expect(DIAGNOSTIC_MESSAGES[code!], key).toBeDefined();
    }
  });
});
