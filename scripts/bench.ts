/**
 * Runs every benchmark (`packages/<name>/bench/*.bench.ts` and `test/bench/*.bench.ts`), each in
 * its own Node process with `--expose-gc` so memory figures are not shared, and prints one JSON
 * object with the machine and every benchmark's own JSON output.
 *
 * Usage: `pnpm bench [filter]` — only benchmark files whose path contains `filter`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const dirs = [
  ...readdirSync('packages').map((p) => join('packages', p, 'bench')),
  join('test', 'bench'),
];
const files = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => join(d, f)),
  )
  .filter((f) => f.includes(filter))
  .sort();

const results: unknown[] = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (run.status !== 0) {
    results.push({
      file,
      error: (run.stderr || run.stdout).trim().split('\n').slice(-5).join('\n'),
    });
    continue;
  }
  try {
    results.push({ file, ...JSON.parse(run.stdout) });
  } catch {
    results.push({
      file,
      error: 'benchmark did not print one JSON object',
      output: run.stdout.slice(0, 500),
    });
  }
}
console.log(
  JSON.stringify(
    {
      machine: {
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 2 ** 30),
      },
      results,
    },
    null,
    2,
  ),
);
if (results.some((r) => typeof r === 'object' && r !== null && 'error' in r)) process.exitCode = 1;
