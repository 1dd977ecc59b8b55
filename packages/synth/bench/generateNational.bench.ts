/**
 * How long the seeded national generator takes: 84,000 synthetic villages × 20 indicators as
 * columns, and with Voronoi polygons. Run with `pnpm bench synth`; prints one JSON object.
 */
import { generateDistrict, generateNational } from '@lokus/synth';
import { median } from 'simple-statistics';

function time(fn: () => unknown, runs: number): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return Math.round(median(ms));
}

let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 20);
const result = {
  benchmark: 'synth/generate',
  synthetic: true,
  villages: 84_000,
  columnsMedianMs: time(() => generateNational({ seed: 1 }), 5),
  polygonsMedianMs: time(() => generateNational({ seed: 1, polygons: true }), 3),
  districtMedianMs: time(() => generateDistrict({ seed: 1 }), 5),
};
sample();
clearInterval(timer);
console.log(JSON.stringify({ ...result, peakRssMb: Math.round(peakRss / 2 ** 20) }, null, 2));
