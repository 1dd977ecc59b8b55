import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/Context.ts';
import { freshFolder } from '../src/freshFolder.ts';
import { writeOutputs } from '../src/writeOutputs.ts';

const work = mkdtempSync(join(tmpdir(), 'lokus-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ctx = (force = false): Context => ({
  lang: 'en',
  quiet: true,
  json: false,
  force,
  terminal: { out: () => {}, err: () => {}, interactive: false, cwd: work },
  current: { file: null, progress: null },
});

describe('writeOutputs', () => {
  it('writes every file, leaves no temporary file, returns the paths as given', () => {
    const paths = writeOutputs(ctx(), 'out', [
      { name: 'a.csv', content: 'a\n' },
      { name: 'b.bin', content: Uint8Array.of(1, 2, 3) },
    ]);
    expect(paths).toEqual([join('out', 'a.csv'), join('out', 'b.bin')]);
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['a.csv', 'b.bin']);
    expect([...readFileSync(join(work, 'out', 'b.bin'))]).toEqual([1, 2, 3]);
  });

  it('refuses when any output exists, writing none of them (exit code 3)', () => {
    writeFileSync(join(work, 'out', 'c.csv'), 'mine');
    expect(() =>
      writeOutputs(ctx(), 'out', [
        { name: 'new.csv', content: 'x' },
        { name: 'c.csv', content: 'theirs' },
      ]),
    ).toThrow(expect.objectContaining({ exitCode: 3 }));
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['a.csv', 'b.bin', 'c.csv']);
    expect(readFileSync(join(work, 'out', 'c.csv'), 'utf8')).toBe('mine');
  });

  it('--force replaces an existing output', () => {
    writeOutputs(ctx(true), 'out', [{ name: 'c.csv', content: 'theirs' }]);
    expect(readFileSync(join(work, 'out', 'c.csv'), 'utf8')).toBe('theirs');
  });

  it('a file in the way of the folder is exit code 3', () => {
    writeFileSync(join(work, 'file'), '');
    expect(() => writeOutputs(ctx(), join('file', 'sub'), [{ name: 'a', content: '' }])).toThrow(
      expect.objectContaining({ exitCode: 3 }),
    );
  });
});

describe('freshFolder', () => {
  it('numbers the folder when the plain name is taken', () => {
    const parent = join(work, 'runs');
    expect(freshFolder(parent, '2026-01-15')).toBe(join(parent, '2026-01-15'));
    writeOutputs(ctx(), join('runs', '2026-01-15'), [{ name: 'x', content: '' }]);
    expect(freshFolder(parent, '2026-01-15')).toBe(join(parent, '2026-01-15-2'));
  });
});
