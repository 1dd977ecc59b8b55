/**
 * The yearly run on the shipped sample, with the `lokus` command: score the fictional district
 * (`data/sample/villages.csv` + `villages.geojson`) with the mixed example scenario
 * (`data/scenarios/campuran.yaml`), write the loci table (CSV, XLSX), the results GeoJSON, the
 * provenance, the result record and the decree annex (PDF) into a fresh folder
 * `out/<date>` (`out/<date>-2`, … on later runs the same day, so nothing is ever overwritten),
 * print where each output is, then serve the map viewer on 127.0.0.1 (unless `--no-viewer`).
 *
 * Usage: pnpm start [scenario.yaml] [--no-viewer] [--data-dir DIR] [--lang en]
 *   --data-dir DIR (or LOKUS_DATA_DIR): the real-data directory; the viewer then also opens Demak.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { actions, freshFolder, runCli } from '@lokus/cli';

const args = process.argv.slice(2).filter((a) => a !== '--');
const noViewer = args.includes('--no-viewer');
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? ['--lang', args[langAt + 1] ?? ''] : [];
const dataDirAt = args.indexOf('--data-dir');
const dataDir = dataDirAt >= 0 ? args[dataDirAt + 1] : process.env.LOKUS_DATA_DIR;
if (dataDirAt >= 0 && (dataDir === undefined || !existsSync(dataDir))) {
  console.error(`lokus: --data-dir needs an existing directory, got ${dataDir}`);
  process.exit(2);
}
const scenario =
  args.find(
    (a, i) => !a.startsWith('--') && !['--data-dir', '--lang'].includes(args[i - 1] ?? ''),
  ) ?? 'data/scenarios/campuran.yaml';
const terminal = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  cwd: process.cwd(),
};
const today = new Date().toISOString().slice(0, 10);
const out = freshFolder('out', today);
const inputs = [
  '--data',
  'data/sample/villages.csv',
  '--boundaries',
  'data/sample/villages.geojson',
  '--out',
  out,
];

const run = async (argv: string[]): Promise<void> => {
  const code = await runCli([...lang, ...argv], terminal, actions);
  if (code !== 0) process.exit(code);
};
console.log('Data: Kabupaten Contoh — SINTETIS / synthetic sample district');
await run(['score', scenario, ...inputs]);
await run(['annex', scenario, ...inputs, '--district-name', 'Kabupaten Contoh']);
console.log(`\nSemua keluaran / all outputs: ${resolve(out)}`);
if (!noViewer) {
  await run(['serve', ...(dataDir === undefined ? [] : ['--data', dataDir])]);
}
