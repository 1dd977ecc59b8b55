import { readFileSync } from 'node:fs';
import { type CatalogueEntry, INDICATOR_CATALOGUE } from '@lokus/core';
import { parseDefinitions, readDefinitions } from '@lokus/registers';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFINITIONS, DERIVABLE } from '../helpers.ts';

const text = readFileSync(DEFINITIONS, 'utf8');
const value = () =>
  parse(text) as Record<string, unknown> & { indicators: Record<string, unknown>[] };

describe('readDefinitions', () => {
  it('reads data/definitions/dtsen-desa.yaml: two registers, nine indicators, threshold 5', () => {
    const { definitions, diagnostics } = readDefinitions(text, { file: DEFINITIONS });
    expect(diagnostics).toEqual([]);
    expect(definitions?.registers.map((r) => r.id)).toEqual(['keluarga', 'anggota']);
    expect(definitions?.indicators.map((i) => i.id)).toEqual(DERIVABLE);
    expect(definitions?.smallCount).toBe(5);
  });

  it("agrees with core's indicator catalogue: every id, unit, rate id, denominator and multiplier", () => {
    const { definitions } = readDefinitions(text);
    for (const ind of definitions!.indicators) {
      const entry: CatalogueEntry | undefined = INDICATOR_CATALOGUE.find((e) => e.id === ind.id);
      expect(entry, ind.id).toBeDefined();
      expect([ind.id, ind.unit]).toEqual([ind.id, entry!.unit]);
      if (entry!.rate === undefined) continue;
      expect([ind.id, ind.rateId, ind.denominator, ind.per]).toEqual([
        ind.id,
        entry!.rate.id,
        entry!.rate.denominator,
        entry!.rate.per,
      ]);
    }
  });

  it('gives DEFINITION_INVALID with the line for text that is not YAML', () => {
    const r = readDefinitions('registers: [\n  a: {', { file: 'x.yaml' });
    expect(r.definitions).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['DEFINITION_INVALID', 'x.yaml']]);
  });
});

describe('parseDefinitions', () => {
  it('refuses an indicator that uses a personal column (DEFINITION_PERSONAL_FIELD)', () => {
    const v = value();
    v.indicators.push({ id: 'nama_budi', register: 'anggota', where: { nama: { eq: 'Budi' } } });
    const r = parseDefinitions(v);
    expect(r.definitions).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.indicator, d.column])).toEqual([
      ['DEFINITION_PERSONAL_FIELD', 'nama_budi', 'nama'],
    ]);
    expect(r.diagnostics[0]?.message).toMatch(/personal column nama/);
  });

  it('refuses a personal column reached through the household (keluarga.alamat)', () => {
    const v = value();
    v.indicators.push({ id: 'x', register: 'anggota', where: { 'keluarga.alamat': { eq: 'a' } } });
    expect(parseDefinitions(v).diagnostics.map((d) => d.code)).toEqual([
      'DEFINITION_PERSONAL_FIELD',
    ]);
  });

  it('names unknown fields, unknown registers, unknown denominators and repeated ids', () => {
    const v = value();
    v.indicators.push(
      { id: 'a', register: 'keluarga', where: { lantai: { eq: 1 } } },
      { id: 'b', register: 'rumah' },
      { id: 'c', register: 'keluarga', denominator: 'jumlah_rumah' },
      { id: 'kk_total', register: 'keluarga' },
    );
    expect(parseDefinitions(v).diagnostics.map((d) => [d.code, d.indicator])).toEqual([
      ['DEFINITION_UNKNOWN_FIELD', 'a'],
      ['DEFINITION_INVALID', 'b'],
      ['DEFINITION_INVALID', 'c'],
      ['DEFINITION_INVALID', 'kk_total'],
    ]);
  });

  it('accepts a household field from a person indicator (keluarga.desil)', () => {
    const v = value();
    v.indicators.push({
      id: 'jiwa_desil1',
      register: 'anggota',
      where: { 'keluarga.desil': { eq: 1 } },
    });
    expect(parseDefinitions(v).diagnostics).toEqual([]);
  });

  it('names the JSON path of a malformed condition', () => {
    const v = value();
    v.indicators.push({ id: 'd', register: 'keluarga', where: { desil: { near: 1 } } });
    const r = parseDefinitions(v);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['DEFINITION_INVALID', 'indicators[9].where.desil'],
    ]);
  });

  it('does not change its input', () => {
    const v = Object.freeze(value());
    expect(() => parseDefinitions(v)).not.toThrow();
  });
});
