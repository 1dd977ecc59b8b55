import { analyseRobustness, createTable } from '@lokus/core';
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/annex/buildAnnex.ts';
import { annexPdf } from '../../src/pdf/annexPdf.ts';
import { sampleRecords, sampleScenario, score } from '../fixtures/sample.ts';
import { POPPLER_MISSING, pdfText } from '../pdf/pdfText.ts';

const scenario = sampleScenario('campuran');
const result = score(scenario);
const { table } = createTable(sampleRecords, { checkCodes: false });
const spec = {
  draws: 200,
  seed: 7,
  weights: { method: 'uniform', factor: 0.3 },
  normalise: ['minmax', 'zscore', 'rank'],
  aggregate: ['arithmetic', 'geometric'],
  dropIndicator: 0.1,
  sobol: 32,
  thresholds: { stableLocus: 0.85, stableNonLocus: 0.05 },
};
const robustness = analyseRobustness(table, scenario, { spec }).result!;
const annex = buildAnnex(result, { districtName: 'Contoh', robustness });
const section = annex.robustness!;

describe('robustnessSection through buildAnnex', { timeout: 60_000 }, () => {
  it('is absent without a robustness analysis', () => {
    expect(buildAnnex(result, { districtName: 'Contoh' }).robustness).toBeNull();
  });

  it('lists exactly the borderline villages, most probable first, with names from the table', () => {
    const borderline = robustness.codes.filter((_, i) => robustness.flag[i] === 'borderline');
    expect(borderline.length).toBeGreaterThan(0);
    expect(section.villages.map((v) => v.code).sort()).toEqual([...borderline].sort());
    const p = section.villages.map((v) => v.probability);
    expect(p).toEqual([...p].sort((a, b) => b - a));
    for (const v of section.villages) {
      const i = result.table.code.indexOf(v.code);
      expect(v.name).toBe(result.table.name[i]);
      expect(v.probability).toBe(robustness.probability[robustness.codes.indexOf(v.code)]);
      expect(v.probabilityText).toBe(`${Math.round(v.probability * 100)}%`);
      expect(v.baseLocus).toBe(result.stages!.selected.selected[i] === 1);
      expect(v.rankText).toMatch(/^\d+(–\d+)?$/);
      expect(v.reason).toMatch(/^Terpilih pada \d+% simulasi/);
    }
  });

  it('states the thresholds, the draws and the seed in words', () => {
    const text = section.paragraphs.join(' ');
    expect(section.title).toBe('Desa borderline dan alasannya');
    expect(section.thresholds).toEqual({ stableLocus: 0.85, stableNonLocus: 0.05 });
    expect(text).toContain('terpilih pada sedikitnya 85% simulasi');
    expect(text).toContain('paling banyak 5% simulasi');
    expect(text).toContain('200 simulasi (seed 7)');
    expect(text).toContain('±30%');
    const counts = { stable: 0, border: 0, non: 0 };
    for (const f of robustness.flag)
      counts[f === 'stable-locus' ? 'stable' : f === 'borderline' ? 'border' : 'non']++;
    expect(text).toContain(
      `${counts.stable} lokus stabil, ${counts.border} borderline (${section.villages.filter((v) => v.baseLocus).length} di antaranya lokus`,
    );
    expect(text).toMatch(/indeks Sobol total/);
  });

  it('has an English variant', () => {
    const en = buildAnnex(result, { lang: 'en', robustness }).robustness!;
    expect(en.title).toBe('Borderline villages and why');
    expect(en.paragraphs.join(' ')).toContain('stable locus when selected in at least 85%');
    expect(en.villages[0]!.reason).toMatch(/^Selected in \d+% of draws/);
    expect(en.villages.map((v) => v.code)).toEqual(section.villages.map((v) => v.code));
  });
});

describe.skipIf(POPPLER_MISSING !== null)(
  'annexPdf with a robustness analysis',
  { timeout: 60_000 },
  () => {
    it('prints the section, its thresholds and every borderline village', async () => {
      const text = pdfText(await annexPdf(annex, null)).replace(/\s+/g, ' ');
      expect(text).toContain('Desa borderline dan alasannya');
      expect(text).toContain('sedikitnya 85% simulasi');
      for (const v of section.villages) expect(text).toContain(v.code);
    });
  },
);
