/**
 * Benchmark of the `lokus` command's start-up: the built binary (`packages/cli/dist/lokus.js`,
 * built first) run as a user runs it, `node lokus.js …`, timed from spawn to its first byte of
 * output, to its first output file, and to exit. The district is Demak with IDM 2024 (the five-
 * district national file restricted by Demak's boundaries) when LOKUS_DATA_DIR is set, else the
 * fictional sample. The first byte is the first progress line (`… membaca …` on standard error),
 * printed once Node has started and loaded the bundle; `--help` alone gives that floor too.
 *
 * Run: `pnpm bench cli` or `node --import tsx test/bench/cli.bench.ts`. Prints one JSON object.
 * Target: start-up to first output under 1 s for a district.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { BIN, buildLokus, REPO, SAMPLE } from '../cli/lokus.ts';

const RUNS = 7;
const dataDir = process.env.LOKUS_DATA_DIR ?? '';
const demak = join(dataDir, 'boundaries', 'desa-3321-demak.geojson');
const real = dataDir !== '' && existsSync(demak);
const district = real
  ? {
      name: 'Demak, IDM 2024',
      scenario: SAMPLE.idm,
      data: join(dataDir, 'indicators', 'idm-2024.csv'),
      boundaries: demak,
    }
  : {
      name: 'sample (synthetic)',
      scenario: SAMPLE.scenario,
      data: SAMPLE.table,
      boundaries: SAMPLE.boundaries,
    };

interface Timing {
  readonly firstByteMs: number;
  readonly firstFileMs: number;
  readonly exitMs: number;
}

/** Runs the binary once; `watch` is a file whose appearance marks the first output file. */
function timeRun(args: readonly string[], watch: string | null): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstByte = Number.NaN;
    let firstFile = Number.NaN;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO });
    const mark = () => {
      if (Number.isNaN(firstByte)) firstByte = performance.now() - t0;
    };
    child.stdout.on('data', mark);
    child.stderr.on('data', mark);
    const poll = setInterval(() => {
      if (watch !== null && Number.isNaN(firstFile) && existsSync(watch))
        firstFile = performance.now() - t0;
    }, 2);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const exit = performance.now() - t0;
      if (code !== 0) reject(new Error(`lokus exited with ${code}`));
      else
        resolve({
          firstByteMs: firstByte,
          firstFileMs: Number.isNaN(firstFile) ? exit : firstFile,
          exitMs: exit,
        });
    });
  });
}

const summary = (xs: readonly number[]) => ({
  medianMs: Math.round(median([...xs])),
  minMs: Math.round(Math.min(...xs)),
  maxMs: Math.round(Math.max(...xs)),
});

buildLokus();
const work = mkdtempSync(join(tmpdir(), 'lokus-bench-cli-'));
const help: Timing[] = [];
const score: Timing[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    help.push(await timeRun(['--help'], null));
    const out = join(work, String(i));
    const args = [
      'score',
      district.scenario,
      '--data',
      district.data,
      '--boundaries',
      district.boundaries,
      '--out',
      out,
    ];
    score.push(await timeRun(args, join(out, real ? 'lokus-idm.csv' : 'lokus-campuran.csv')));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const firstOutput = summary(score.map((t) => t.firstByteMs));
console.log(
  JSON.stringify({
    benchmark: 'lokus command start-up',
    district: district.name,
    runs: RUNS,
    help: summary(help.map((t) => t.exitMs)),
    scoreFirstByte: firstOutput,
    scoreFirstFile: summary(score.map((t) => t.firstFileMs)),
    scoreExit: summary(score.map((t) => t.exitMs)),
    target: { firstOutputMs: 1000, met: firstOutput.medianMs < 1000 },
  }),
);
