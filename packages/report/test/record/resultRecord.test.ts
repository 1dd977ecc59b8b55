import { describe, expect, it } from 'vitest';
import { readResultRecord } from '../../src/record/readResultRecord.ts';
import { toResultRecord } from '../../src/record/toResultRecord.ts';
import { writeResultRecord } from '../../src/record/writeResultRecord.ts';
import { score } from '../fixtures/sample.ts';

const result = score('campuran');
const record = toResultRecord(result, {
  date: '2026-01-15',
  file: 'villages.csv',
  districtName: 'Kabupaten Contoh (sintetis)',
});
const text = writeResultRecord(record);

describe('toResultRecord', () => {
  it('records every village in code order with rank, score, selection and reason in words', () => {
    expect(record.villages).toHaveLength(250);
    const codes = record.villages.map((v) => v.code);
    expect(codes).toEqual([...codes].sort());
    expect(record.villages.filter((v) => v.selected)).toHaveLength(25);
    const s = result.stages!;
    for (const v of record.villages.slice(0, 30)) {
      const i = result.table.code.indexOf(v.code);
      expect(v.rank).toBe(s.ranked.rank[i]);
      expect(v.score).toBe(s.aggregated.score[i]);
      expect(v.reason).toBe(s.selected.reason[i]);
      expect(v.raw.desil1_pct).toBe(s.raw.desil1_pct![i]);
      expect(v.normalised.idm).toBe(s.normalised.idm![i]);
      expect(v.values.desil1_kk).toBe(result.table.columns.desil1_kk![i]);
      expect(v.values.kk_total).toBe(result.table.columns.kk_total![i]);
    }
    const forced = record.villages.find((v) => v.code === '99.01.05.2010')!;
    expect(forced.reasonText).toBe(
      'ditetapkan masuk: Desa terdampak banjir rob 2025 (usulan Camat)',
    );
  });

  it('records scenario, weights, provenance with the given date, and the district', () => {
    expect(record.year).toBe(2026);
    expect(record.district).toBe('99.01');
    expect(record.scenario.name).toBe('Lokus campuran');
    expect(Object.values(record.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(record.provenance).toMatchObject({
      ...result.provenance,
      date: '2026-01-15',
      file: 'villages.csv',
    });
  });

  it('takes the date as YYYY-MM-DD or a Date, and refuses anything else', () => {
    expect(toResultRecord(result, { date: new Date(Date.UTC(2026, 0, 15)) }).provenance.date).toBe(
      '2026-01-15',
    );
    expect(toResultRecord(result).provenance.date).toBeNull();
    expect(() => toResultRecord(result, { date: '15/01/2026' })).toThrow(
      /toResultRecord requires date as YYYY-MM-DD/,
    );
    expect(() => toResultRecord(result, { date: new Date(Number.NaN) })).toThrow(
      /toResultRecord requires a valid date/,
    );
  });

  it('keeps missing values as null (kelurahan have no IDM)', () => {
    const kelurahan = record.villages.find((v) => v.kind === 'kelurahan')!;
    expect(kelurahan.values.idm).toBeNull();
    expect(kelurahan.raw.idm).toBeNull();
  });
});

describe('writeResultRecord / readResultRecord', () => {
  it('round-trips exactly and writes the same bytes again', () => {
    const back = readResultRecord(text, { file: '2026.json' });
    expect(back.diagnostics).toEqual([]);
    expect(back.record).toEqual(record);
    expect(writeResultRecord(back.record!)).toBe(text);
    expect(text.split('\n').filter((l) => l.startsWith('    {"code"'))).toHaveLength(250);
  });

  it('names file, line and column of broken JSON', () => {
    const { record: r, diagnostics } = readResultRecord('{\n  "format": "lokus-result",\n  x\n}', {
      file: 'a.json',
    });
    expect(r).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'RECORD_INVALID_JSON', file: 'a.json', line: 3 });
  });

  it('refuses other JSON and other versions', () => {
    expect(readResultRecord('{"type":"FeatureCollection"}').diagnostics[0]?.code).toBe(
      'RECORD_NOT_A_RESULT',
    );
    expect(readResultRecord('[]').diagnostics[0]?.code).toBe('RECORD_NOT_A_RESULT');
    const v2 = text.replace('"formatVersion": 1', '"formatVersion": 2');
    expect(readResultRecord(v2).diagnostics[0]).toMatchObject({
      code: 'RECORD_VERSION_UNSUPPORTED',
      value: 2,
    });
  });

  it('lists every bad field with its path and value, and duplicate codes', () => {
    const bad = JSON.parse(text);
    bad.villages[3].rank = 'tiga';
    bad.villages[7].selected = 'ya';
    bad.villages[9].raw.idm = 'n/a';
    bad.villages[11].code = bad.villages[10].code;
    bad.villages[12].code = '3321012001';
    bad.provenance.inputHash = 5;
    bad.scenario.normalise.method = 'magic';
    const { record: r, diagnostics } = readResultRecord(JSON.stringify(bad), { file: 'bad.json' });
    expect(r).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.path, d.value])).toEqual([
      ['RECORD_INVALID', 'provenance.inputHash', 5],
      ['RECORD_SCENARIO_INVALID', 'scenario.normalise.method', 'magic'],
      ['RECORD_INVALID', 'villages[3].rank', 'tiga'],
      ['RECORD_INVALID', 'villages[7].selected', 'ya'],
      ['RECORD_INVALID', 'villages[9].raw.idm', 'n/a'],
      ['RECORD_DUPLICATE_VILLAGE', 'villages[11].code', bad.villages[10].code],
      ['RECORD_INVALID', 'villages[12].code', '3321012001'],
    ]);
    expect(diagnostics.every((d) => d.file === 'bad.json' && d.severity === 'error')).toBe(true);
  });
});
