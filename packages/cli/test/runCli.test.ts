import { describe, expect, it } from 'vitest';
import { actions } from '../src/actions.ts';
import { CliError } from '../src/CliError.ts';
import type { Terminal } from '../src/Context.ts';
import { EXIT } from '../src/exitCodes.ts';
import type { Actions } from '../src/program.ts';
import { readInputFile } from '../src/readInputFile.ts';
import { runCli } from '../src/runCli.ts';

function terminal(): Terminal & { stdout: string; stderr: string } {
  const t = {
    stdout: '',
    stderr: '',
    interactive: false,
    cwd: process.cwd(),
    out: (s: string) => {
      t.stdout += s;
    },
    err: (s: string) => {
      t.stderr += s;
    },
  };
  return t;
}

describe('runCli', () => {
  it('an unexpected exception becomes exit code 4 naming the file being read, never a throw', async () => {
    const t = terminal();
    const broken: Actions = {
      ...actions,
      validate: async (ctx) => {
        ctx.current.file = 'desa.csv';
        throw new TypeError('Cannot read properties of undefined');
      },
    };
    const code = await runCli(['validate', 'desa.csv', '--lang', 'en'], t, broken);
    expect(code).toBe(EXIT.INTERNAL);
    expect(t.stderr).toBe(
      'lokus: unexpected error while working on desa.csv: Cannot read properties of undefined\n',
    );
  });

  it('a CliError gives its own code and message, with --json one object on stdout', async () => {
    const t = terminal();
    const failing: Actions = {
      ...actions,
      validate: async () => {
        throw new CliError(EXIT.OUTPUT, 'no room', { details: ['first', 'second'] });
      },
    };
    const code = await runCli(['validate', 'x.csv', '--json'], t, failing);
    expect(code).toBe(3);
    expect(JSON.parse(t.stdout)).toEqual({
      ok: false,
      exitCode: 3,
      error: 'no room',
      details: ['first', 'second'],
    });
  });

  it('usage errors are exit code 2 and help is exit code 0', async () => {
    expect(await runCli(['score'], terminal(), actions)).toBe(EXIT.USAGE);
    expect(await runCli(['frobnicate'], terminal(), actions)).toBe(EXIT.USAGE);
    const t = terminal();
    expect(await runCli(['trend', '--help'], t, actions)).toBe(EXIT.OK);
    expect(t.stdout).toMatch(/Usage: lokus trend/);
  });

  it('readInputFile names a missing file in the chosen language', () => {
    const ctx = {
      lang: 'id' as const,
      quiet: false,
      json: false,
      force: false,
      terminal: terminal(),
      current: { file: null, progress: null },
    };
    expect(() => readInputFile(ctx, 'tidak-ada.csv')).toThrow(
      'berkas tidak ditemukan: tidak-ada.csv',
    );
  });
});
