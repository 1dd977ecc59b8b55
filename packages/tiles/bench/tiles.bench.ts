/**
 * Vector tiles of the realistic synthetic nation (`generateNational` with `detail: 'realistic'`,
 * about 95 vertices per village as in the real districts): time to cut the tiles
 * (`villageTiles`, zooms 0–10) and to write the PMTiles archive, the archive's size and the
 * process's peak memory. Prints one JSON object.
 *
 * Usage: `pnpm bench tiles` (all ~84,000 villages), or `LOKUS_BENCH_VILLAGES=20000 pnpm bench tiles`.
 */
import { cpuUsage, memoryUsage } from 'node:process';
import { generateNational } from '@lokus/synth';
import { villageTiles, writePmtiles } from '../src/index.ts';

const villages = Number(process.env.LOKUS_BENCH_VILLAGES ?? 84_000);
let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, memoryUsage().rss);
};
const timer = setInterval(sample, 50);

const timed = <T>(work: () => T): { value: T; wallMs: number; cpuMs: number } => {
  const c0 = cpuUsage();
  const t0 = performance.now();
  const value = work();
  const cpu = cpuUsage(c0);
  return {
    value,
    wallMs: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
};

const nation = timed(() => generateNational({ seed: 20261202, villages, polygons: true }));
const features = nation.value.boundaries!.features;
const vertices = features.reduce((s, f) => s + f.geometry.coordinates[0]!.length - 1, 0);
const tiles = timed(() => villageTiles(nation.value.boundaries!, { maxZoom: 10 }));
const archive = timed(() => writePmtiles(tiles.value));
sample();
clearInterval(timer);
const byZoom: Record<number, number> = {};
for (const t of tiles.value.tiles) byZoom[t.z] = (byZoom[t.z] ?? 0) + 1;
console.log(
  JSON.stringify({
    benchmark: 'tiles',
    data: 'synthetic nation (generateNational, detail realistic), SINTETIS',
    villages,
    verticesPerVillage: Math.round((vertices / features.length) * 10) / 10,
    generate: { wallMs: nation.wallMs, cpuMs: nation.cpuMs },
    villageTiles: {
      wallMs: tiles.wallMs,
      cpuMs: tiles.cpuMs,
      tiles: tiles.value.tiles.length,
      byZoom,
    },
    writePmtiles: { wallMs: archive.wallMs, cpuMs: archive.cpuMs, bytes: archive.value.length },
    peakRssMB: Math.round(peak / 2 ** 20),
    loadAverage: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10),
  }),
);
