// Reads and joins a generated table of 1,000,000 villages against 30 boundaries, timing each
// step and sampling the resident memory; prints one JSON object. Run with
// `pnpm bench millionRows`, or
// `node --import tsx packages/io/bench/millionRows.bench.ts [rows]`. Target: 10 s and 1 GB.
import { createTable } from '@lokus/core';
import { joinByCode } from '@lokus/geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readCsv } from '../src/readCsv.ts';
import { bigTable } from '../test/bad/bigTable.ts';

const n = Number(process.argv[2] ?? 1_000_000);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const ms = (t: number) => Math.round(performance.now() - t);

const text = bigTable(n);
const baseRss = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
let t = performance.now();
const start = t;
const read = readCsv(text, { file: 'besar.csv' });
const readMs = ms(t);
sample();
t = performance.now();
const { table } = createTable(read.records, { file: 'besar.csv' });
const tableMs = ms(t);
sample();
const features: Feature<Geometry | null>[] = Array.from({ length: 30 }, (_, i) => ({
  type: 'Feature',
  geometry: null,
  properties: { kode: `33.21.01.${2001 + i}` },
}));
const boundaries: FeatureCollection<Geometry | null> = { type: 'FeatureCollection', features };
t = performance.now();
const join = joinByCode(table, boundaries, { tableFile: 'besar.csv' });
const joinMs = ms(t);
sample();
clearInterval(sampler);
console.log(
  JSON.stringify({
    bench: 'io/millionRows',
    rows: n,
    boundaries: 30,
    readCsvMs: readMs,
    createTableMs: tableMs,
    joinByCodeMs: joinMs,
    totalMs: ms(start),
    // CPU time of this process (user + system): the work done, less sensitive than wall time to
    // other processes sharing the cores.
    cpuMs: Math.round((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000),
    peakRssMB: Math.round(peakRss / 2 ** 20),
    rssAboveInputMB: Math.round((peakRss - baseRss) / 2 ** 20),
    readerDiagnostics: read.diagnostics.length,
    joinDiagnostics: join.diagnostics.length,
    matched: join.matched,
    node: process.version,
  }),
);
