/**
 * What a user of the published packages gets: each library is packed as `pnpm publish` would pack
 * it (its `prepack` builds `dist`), the tarballs are checked with publint and are-the-types-wrong
 * (ESM-only profile), then installed into a scratch project in a temporary folder, from the
 * tarballs and the pnpm store, where a plain Node `.mjs` imports them and a strict TypeScript
 * file is type-checked against them under `bundler` and `nodenext` resolution.
 *
 * One build and one install serve every test of this file.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Packing builds each library and the consumer runs real compilers: minutes on a loaded machine.
vi.setConfig({ testTimeout: 300_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./consumer/', import.meta.url));
const execFileAsync = promisify(execFile);
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

/** The libraries meant to be imported by other tools. */
const LIBRARIES = ['core', 'geo', 'io', 'report'] as const;
type Library = (typeof LIBRARIES)[number];

let work = '';
const tarballs = {} as Record<Library, string>;
const consumer = (): string => join(work, 'consumer');

/** Runs a command to its end without blocking (independent commands overlap): output and status. */
async function exec(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<{ stdout: string; stderr: string; status: number }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd, maxBuffer: 64 * 2 ** 20 });
    return { stdout, stderr, status: 0 };
  } catch (e) {
    const {
      code,
      stdout = '',
      stderr = '',
    } = e as { code?: unknown; stdout?: string; stderr?: string };
    return { stdout, stderr, status: typeof code === 'number' ? code : 1 };
  }
}

/** {@link exec} of a command that must succeed: its stdout. */
async function runAsync(command: string, args: readonly string[], cwd: string): Promise<string> {
  const r = await exec(command, args, cwd);
  if (r.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`,
    );
  }
  return r.stdout;
}

/** Type-checks the consumer project with one of its tsconfig files: tsc's output and exit code. */
async function typeCheck(config: string): Promise<{ output: string; status: number }> {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = await exec(process.execPath, [tsc, '-p', config], consumer());
  return { output: r.stdout + r.stderr, status: r.status };
}

/** The packed files and package.json of a tarball. */
function listing(tarball: string): { files: string[]; pkg: Record<string, unknown> } {
  const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  const pkg = JSON.parse(
    execFileSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' }),
  ) as Record<string, unknown>;
  return { files, pkg };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lokus-release-'));
  // Each library builds from the others' sources (the workspace exports point at src), so the
  // packs (and their prepack builds) are independent and run side by side.
  await Promise.all(
    LIBRARIES.map((name) =>
      runAsync('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', name)),
    ),
  );
  for (const name of LIBRARIES) {
    const file = readdirSync(work).find(
      (f) => f.startsWith(`lokus-${name}-`) && f.endsWith('.tgz'),
    );
    if (file === undefined) throw new Error(`pnpm pack wrote no tarball for @lokus/${name}`);
    tarballs[name] = join(work, file);
  }
  const dir = consumer();
  const deps = Object.fromEntries(LIBRARIES.map((n) => [`@lokus/${n}`, `file:${tarballs[n]}`]));
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'lokus-consumer', private: true, type: 'module', dependencies: deps }),
  );
  // The packed libraries name each other by version; point those names at the tarballs too.
  writeFileSync(
    join(dir, 'pnpm-workspace.yaml'),
    `overrides:\n${Object.entries(deps)
      .map(([k, v]) => `  "${k}": "${v}"`)
      .join('\n')}\n`,
  );
  for (const f of [
    'consumer.mjs',
    'consumer.ts',
    'tsconfig.bundler.json',
    'tsconfig.nodenext.json',
  ]) {
    copyFileSync(join(fixture, f), join(dir, f));
  }
  // Third-party packages come from the pnpm store the workspace was installed into.
  await runAsync(
    'pnpm',
    ['install', '--prefer-offline', '--ignore-scripts', '--reporter', 'silent'],
    dir,
  );
}, 900_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('packed libraries', () => {
  it.each(LIBRARIES)(
    '@lokus/%s ships its build, types, README and a publishable package.json',
    (name) => {
      const { files, pkg } = listing(tarballs[name]);
      for (const f of ['dist/index.js', 'dist/index.d.ts', 'README.md', 'package.json']) {
        expect(files).toContain(`package/${f}`);
      }
      expect(files.filter((f) => /\/test\/|\.test\.ts$|tsconfig/.test(f))).toEqual([]);
      expect(JSON.stringify(pkg)).not.toContain('workspace:');
      expect(JSON.stringify(pkg)).not.toContain('catalog:');
      expect(pkg.engines).toEqual({ node: '>=20.19' });
      expect(pkg.type).toBe('module');
      const exportsRoot = (pkg.exports as Record<string, { types: string; default: string }>)['.'];
      expect(exportsRoot).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
      if (name !== 'core') {
        expect(Object.keys(pkg.dependencies as object)).toContain('@types/geojson');
      }
    },
  );

  it('@lokus/core ships and exports the scenario JSON Schema', () => {
    const { files, pkg } = listing(tarballs.core);
    expect(files).toContain('package/scenario.schema.json');
    expect((pkg.exports as Record<string, unknown>)['./scenario.schema.json']).toBe(
      './scenario.schema.json',
    );
  });

  it.each(LIBRARIES)(
    'publint finds nothing in @lokus/%s (warnings count as errors)',
    async (name) => {
      const tarball = readFileSync(tarballs[name]);
      const { messages, pkg } = await publint({
        pack: {
          tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.length),
        },
        strict: true,
        level: 'warning',
      });
      expect(messages.map((m) => `${m.code}: ${formatMessage(m, pkg, { color: false })}`)).toEqual(
        [],
      );
    },
  );

  it('are-the-types-wrong (ESM-only profile) finds no problem in any library', async () => {
    const check = async (name: Library): Promise<string> => {
      const args = [tarballs[name], '--profile', 'esm-only', '--format', 'ascii', '--no-color'];
      try {
        const { stdout } = await execFileAsync(bin('attw'), [...args, '--no-emoji']);
        return stdout;
      } catch (e) {
        const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
        throw new Error(`attw found problems in @lokus/${name}:\n${stdout}\n${stderr}`);
      }
    };
    const outputs = await Promise.all(LIBRARIES.map(check));
    for (const out of outputs) {
      // Every entry point resolves, with types, under Node's ESM and under bundlers.
      expect(out).toContain('node16 (from ESM): OK');
      expect(out).toContain('bundler: OK');
      expect(out).not.toMatch(/node16 \(from ESM\): (?!OK)|bundler: (?!OK)/);
    }
  }, 300_000);
});

describe('a consumer project installed from the tarballs', () => {
  it('imports all the libraries from plain Node and computes with them', async () => {
    const out = JSON.parse(
      await runAsync(process.execPath, ['consumer.mjs'], consumer()),
    ) as Record<string, unknown>;
    expect(out).toEqual({
      diagnostics: 0,
      ok: true,
      // IDM is higher-is-better: the village with the lower IDM is the locus.
      selected: ['33.21.01.2002'],
      lociRows: 1,
      // Moran's I of 1, 2, 3, 4 along a path of four: 1/3, as geo's own example states.
      moranI: 0.3333333333333333,
      sha256abc: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      schemaTitle: 'lokus scenario',
      normalise: true,
    });
  });

  it('type-checks a strict TypeScript file under bundler and nodenext resolution (library types included), and the check can fail', async () => {
    const dir = consumer();
    writeFileSync(
      join(dir, 'broken.ts'),
      "import { noSuchExport } from '@lokus/core';\nnoSuchExport;\n",
    );
    const config = JSON.parse(readFileSync(join(dir, 'tsconfig.bundler.json'), 'utf8')) as {
      files: string[];
    };
    writeFileSync(
      join(dir, 'tsconfig.broken.json'),
      JSON.stringify({ ...config, files: ['broken.ts'] }),
    );
    // Three compilers side by side: the two resolutions, and a wrong import that must fail.
    const [bundler, nodenext, broken] = await Promise.all(
      ['bundler', 'nodenext', 'broken'].map((c) => typeCheck(`tsconfig.${c}.json`)),
    );
    expect(bundler).toEqual({ output: '', status: 0 });
    expect(nodenext).toEqual({ output: '', status: 0 });
    expect(broken!.status).not.toBe(0);
    expect(broken!.output).toContain('noSuchExport');
  });
});
