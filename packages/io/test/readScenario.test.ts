import { describe, expect, it } from 'vitest';
import { readScenario } from '../src/readScenario.ts';

const codes = (r: { diagnostics: readonly { code: string }[] }): string[] =>
  r.diagnostics.map((d) => d.code);

describe('readScenario', () => {
  it('readScenario reads YAML and JSON to the same value', () => {
    const yaml = readScenario('name: Demak 2025\nweights:\n  idm: 0.5\n  desil1: 0.5\n', {
      file: 'demak.yaml',
    });
    const json = readScenario('{"name":"Demak 2025","weights":{"idm":0.5,"desil1":0.5}}', {
      file: 'demak.json',
    });
    expect([yaml.format, json.format]).toEqual(['yaml', 'json']);
    expect(yaml.diagnostics).toEqual([]);
    expect(yaml.value).toEqual(json.value);
  });

  it('readScenario reports YAML syntax errors and duplicate keys with line and column', () => {
    const bad = readScenario('name: a\nweights: [1, 2\n', { file: 's.yml' });
    expect(codes(bad)[0]).toBe('SCENARIO_SYNTAX_ERROR');
    expect(bad.value).toBeUndefined();
    const dup = readScenario('name: a\nname: b\n');
    expect(codes(dup)).toEqual(['SCENARIO_SYNTAX_ERROR']);
    expect(dup.diagnostics[0]).toMatchObject({ line: 2, column: '1', value: 'DUPLICATE_KEY' });
  });

  it('readScenario reports JSON syntax errors with line and column', () => {
    const r = readScenario('{\n  "name": "a",\n  "weights": {"idm" 1}\n}', { file: 's.json' });
    expect(codes(r)).toEqual(['SCENARIO_SYNTAX_ERROR']);
    expect(r.diagnostics[0]?.line).toBe(3);
  });

  it('readScenario reports EMPTY_FILE and sniffs JSON without an extension', () => {
    expect(codes(readScenario('  \n'))).toEqual(['EMPTY_FILE']);
    expect(readScenario('[1, 2]').format).toBe('json');
  });

  it('readScenario stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const p = String.fromCharCode(97 + i - 1);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${p}`).join(', ')}]`,
      );
    }
    expect(codes(readScenario(levels.join('\n')))).toEqual(['SCENARIO_SYNTAX_ERROR']);
  });
});
