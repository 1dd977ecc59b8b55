/**
 * The main job on the shipped sample: read the village table and a scenario, score it, print the
 * loci, write the loci table (CSV) and a report (Markdown) to out/, then build and serve the
 * viewer on 127.0.0.1 (unless `--no-viewer`).
 *
 * Usage: pnpm start [scenario.yaml] [--no-viewer] [--data-dir DIR]
 *   default scenario: data/scenarios/campuran.yaml on data/sample/villages.csv (fictional).
 *   --data-dir DIR (or the LOKUS_DATA_DIR environment variable): the directory of real district
 *   data; when it holds Demak's boundaries and IDM 2024, the viewer opens on Demak.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join, resolve } from 'node:path';
import {
  createTable,
  explainVillage,
  resultRows,
  runScenario,
  type ScenarioResult,
} from '@lokus/core';
import { readCsv, readScenario, writeCsv } from '@lokus/io';

const args = process.argv.slice(2);
const noViewer = args.includes('--no-viewer');
const dataDirAt = args.indexOf('--data-dir');
if (dataDirAt >= 0) {
  const dir = args[dataDirAt + 1];
  if (dir === undefined || !existsSync(dir))
    fail(`--data-dir needs an existing directory, got ${dir}`);
  process.env.LOKUS_DATA_DIR = resolve(dir);
  args.splice(dataDirAt, 2);
}
const scenarioFile = args.find((a) => !a.startsWith('--')) ?? 'data/scenarios/campuran.yaml';
const tableFile = 'data/sample/villages.csv';
const outDir = 'out';

function fail(message: string): never {
  console.error(`lokus: ${message}`);
  process.exit(1);
}

const csv = readCsv(readFileSync(tableFile), { file: tableFile });
const csvErrors = csv.diagnostics.filter((d) => d.severity === 'error');
if (csvErrors.length > 0) fail(csvErrors.map((d) => d.message).join('\n'));
const { table } = createTable(csv.records, { file: tableFile, checkCodes: false }); // readCsv reported codes

const parsed = readScenario(readFileSync(scenarioFile, 'utf8'), { file: scenarioFile });
if (parsed.diagnostics.some((d) => d.severity === 'error')) {
  fail(parsed.diagnostics.map((d) => d.message).join('\n'));
}
const result: ScenarioResult = runScenario(table, parsed.value, { file: tableFile });
if (!result.ok || result.stages === null) {
  fail(
    result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.path ?? d.column ?? ''} ${d.message}`)
      .join('\n'),
  );
}
const s = result.stages;
const fmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

// The loci, best ranked first, as a terminal table.
const loci = Array.from(s.ranked.order).filter((i) => s.selected.selected[i] === 1);
console.log(
  `\n${result.scenario.name} — ${table.length} desa/kelurahan (SINTETIS / synthetic sample)`,
);
console.log(`${loci.length} lokus terpilih / loci selected:\n`);
const rows = loci.map((i) => ({
  rank: String(s.ranked.rank[i]),
  code: table.code[i]!,
  name: table.name[i]!,
  kecamatan: table.kecamatanName[i] || table.kecamatan[i]!,
  score: fmt.format(s.aggregated.score[i]!),
  reason: s.selected.reason[i]!,
}));
const head = {
  rank: '#',
  code: 'kode',
  name: 'nama',
  kecamatan: 'kecamatan',
  score: 'skor',
  reason: 'alasan',
};
const keys = Object.keys(head) as (keyof typeof head)[];
const width = Object.fromEntries(
  keys.map((k) => [k, Math.max(head[k].length, ...rows.map((r) => r[k].length))]),
);
for (const r of [head, ...rows]) console.log(keys.map((k) => r[k].padEnd(width[k]!)).join('  '));

// The loci table: every village, ranked, with its reason and its indicator values.
mkdirSync(outDir, { recursive: true });
const stem = basename(scenarioFile).replace(/\.(ya?ml|json)$/, '');
const { columns, rows: lociRows } = resultRows(result);
const csvFile = join(outDir, `lokus-${stem}.csv`);
writeFileSync(csvFile, writeCsv(lociRows, { columns }));

// The report: scenario, provenance, and why each locus was chosen.
const lines = [
  `# ${result.scenario.name}`,
  '',
  '> Data: fictional sample district (SINTETIS / synthetic), made by the lokus generator.',
  '',
  result.scenario.description,
  '',
  `- Desa/kelurahan: ${table.length}; lokus: ${loci.length}`,
  `- Metode: ${s.aggregated.method}; normalisasi: ${result.scenario.normalise.method}; bobot: ${s.weights.method}`,
  `- Bobot: ${Object.entries(s.weights.weights)
    .map(([id, w]) => `${id} ${fmt.format(w * 100)}%`)
    .join(', ')}`,
  `- Provenance: data ${result.provenance.inputHash}, skenario ${result.provenance.scenarioHash}, ${result.provenance.library} ${result.provenance.version}`,
  '',
  '## Lokus',
  '',
  ...loci.flatMap((i) => {
    const e = explainVillage(result, i, { locale: 'id' });
    return [`### ${e.rank}. ${e.name} (${e.code})`, '', e.paragraph.id, ''];
  }),
  '## Catatan data / diagnostics',
  '',
  ...result.diagnostics.map((d) => `- ${d.severity} ${d.code}: ${d.message}`),
  '',
];
const reportFile = join(outDir, `laporan-${stem}.md`);
writeFileSync(reportFile, lines.join('\n'));
console.log(`\nTabel lokus / loci table: ${csvFile}\nLaporan / report:         ${reportFile}`);

/** The first port from `start` on which 127.0.0.1 can listen. */
async function freePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port, '127.0.0.1');
    });
    if (free) return port;
  }
  return fail(`no free port between ${start} and ${start + 99}`);
}

if (!noViewer) {
  console.log('\nMembangun peta / building the viewer …');
  const build = spawnSync('pnpm', ['--filter', '@lokus/viewer', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) fail('the viewer did not build');
  const port = await freePort(Number(process.env.PORT ?? 4173));
  const server = spawn('pnpm', ['--filter', '@lokus/viewer', 'preview', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true, // its own process group, so stopping lokus stops pnpm and vite with it
  });
  let announced = false;
  server.stdout.on('data', (chunk: Buffer) => {
    if (!announced && /Local/.test(chunk.toString())) {
      announced = true;
      console.log(`\nPeta / viewer: http://127.0.0.1:${port}/  (Ctrl+C untuk berhenti / to stop)`);
    }
  });
  server.on('exit', (code) => {
    if (code !== 0 && code !== null) fail(`the viewer server stopped (exit code ${code})`);
  });
  const stop = (): void => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
