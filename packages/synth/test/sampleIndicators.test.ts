import { describe, expect, it } from 'vitest';
import { sampleIndicators } from '../src/sampleIndicators.ts';

describe('sampleIndicators', () => {
  it('sampleIndicators has unique snake_case ids with bilingual labels and a synthetic source', () => {
    const ids = sampleIndicators.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of sampleIndicators) {
      expect(m.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(m.label.id.length).toBeGreaterThan(0);
      expect(m.label.en.length).toBeGreaterThan(0);
      expect(m.source).toBe('Synthetic (lokus generator)');
      expect(Number.isInteger(m.year)).toBe(true);
      expect(m.unit).toBeTruthy();
    }
  });

  it('sampleIndicators gives counts with denominators, IDM higher-is-better with IKS/IKE/IKL dimensions', () => {
    const byId = new Map(sampleIndicators.map((m) => [m.id, m]));
    for (const id of ['kk_total', 'penduduk', 'desil1_kk', 'desil12_kk', 'miskin_ekstrem_jiwa'])
      expect(byId.get(id)?.kind).toBe('count');
    expect(byId.get('stunting_pct')?.kind).toBe('rate');
    expect(byId.get('idm')?.direction).toBe('higher-is-better');
    expect(byId.get('idm')?.dimension).toBeUndefined();
    expect(['iks', 'ike', 'ikl'].map((id) => byId.get(id)?.dimension)).toEqual([
      'IKS',
      'IKE',
      'IKL',
    ]);
    for (const id of ['idm', 'iks', 'ike', 'ikl']) expect(byId.get(id)?.range).toEqual([0, 1]);
    const worse = sampleIndicators
      .filter((m) => m.direction === 'higher-is-worse')
      .map((m) => m.id);
    expect(worse).toContain('desil1_kk');
    expect(worse).not.toContain('iks');
  });

  it('sampleIndicators is frozen', () => {
    expect(Object.isFrozen(sampleIndicators)).toBe(true);
    expect(Object.isFrozen(sampleIndicators[0])).toBe(true);
  });
});
