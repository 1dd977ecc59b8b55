import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/index.ts';
import { mapPage } from '../../src/pdf/mapPage.ts';
import { PDF_LABELS } from '../../src/pdf/pdfLabels.ts';
import { sampleInputs } from './inputs.ts';

describe('mapPage', () => {
  const { result, boundaries } = sampleInputs();
  const annex = buildAnnex(result, { districtName: 'Contoh' });
  const first = annex.loci.groups[0]!.loci[0]!;

  it('mapPage names under the map a locus that has no polygon instead of dropping it', () => {
    const without = {
      ...boundaries,
      features: boundaries.features.filter((f) => f.properties?.kode !== first.code),
    };
    const page = mapPage(annex, without, PDF_LABELS.id, 'A4');
    const text = JSON.stringify(page.content);
    expect(text).toContain(`${PDF_LABELS.id.notOnMap}: ${first.no}. ${first.name} (${first.code})`);
    const full = JSON.stringify(mapPage(annex, boundaries, PDF_LABELS.id, 'A4').content);
    expect(full).not.toContain(PDF_LABELS.id.notOnMap);
  });

  it('mapPage sets every label over the map with an absolute position on the page', () => {
    const page = mapPage(annex, boundaries, PDF_LABELS.id, 'A4');
    const labels = page.content.filter((c) => typeof c === 'object' && 'absolutePosition' in c);
    expect(labels.length).toBeGreaterThan(annex.loci.total);
    expect(page.synthetic).toBe(true);
    expect(['portrait', 'landscape']).toContain(page.orientation);
  });
});
