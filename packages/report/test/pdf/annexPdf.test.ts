import { describe, expect, it } from 'vitest';
import type { AnnexContent } from '../../src/annex/types.ts';
import { annexPdf } from '../../src/pdf/annexPdf.ts';
import { fixtureAnnex } from './fixtureAnnex.ts';
import { type AnnexInputs, demakInputs, sampleInputs } from './inputs.ts';
import { POPPLER_MISSING, pdfImageCount, pdfInfo, pdfText } from './pdfText.ts';

type Build = (result: AnnexInputs['result'], options: Record<string, unknown>) => AnnexContent;

/** `buildAnnex` from the package, or the hand-built fixture while it is not exported. */
async function annexOf(inputs: AnnexInputs, options: { district: string; lang?: 'id' | 'en' }) {
  const pkg: Record<string, unknown> = await import('../../src/index.ts');
  const build = pkg.buildAnnex as Build | undefined;
  if (build !== undefined) {
    return build(inputs.result, { districtName: options.district, lang: options.lang ?? 'id' });
  }
  return fixtureAnnex(inputs.result, options);
}

const loci = (annex: AnnexContent) => annex.loci.groups.flatMap((g) => g.loci);
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.skipIf(POPPLER_MISSING !== null)(
  'annexPdf on the sample district',
  { timeout: 60_000 },
  () => {
    const sample = sampleInputs();
    // One rendering of the sample shared by the tests that only read it.
    let rendered: Promise<{ annex: AnnexContent; pdf: Uint8Array }> | null = null;
    const sampleAnnex = () => {
      rendered ??= annexOf(sample, { district: 'Contoh' }).then(async (annex) => ({
        annex,
        pdf: await annexPdf(annex, sample.boundaries),
      }));
      return rendered;
    };

    it('annexPdf text names every locus with its code, the heading and the map furniture', async () => {
      const { annex, pdf } = await sampleAnnex();
      const text = pdfText(pdf);
      expect(loci(annex).length).toBeGreaterThan(0);
      for (const l of loci(annex)) {
        expect(text).toContain(squash(l.name));
        expect(text).toContain(l.code);
      }
      expect(text).toContain(squash(annex.heading.decreeOf));
      expect(text).toContain(annex.heading.decreeNumber.label);
      expect(text).toContain(annex.signature.office);
      expect(text).toContain(annex.map.legendLocus);
      expect(text).toContain('Batas kecamatan');
      expect(text).toMatch(/\d+ km/);
      const info = pdfInfo(pdf);
      const pages = Number(info.Pages);
      // Heading + table (about 20 rows a page), signature, map, scenario, sources.
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(4 + Math.ceil(loci(annex).length / 15));
      expect(text).toContain(`${squash(annex.footer)} · halaman 1 dari ${pages}`);
      // The map is drawn as vectors: no raster image anywhere.
      expect(pdfImageCount(pdf)).toBe(0);
    });

    it('annexPdf is byte-identical across runs, dated from the annex year', async () => {
      const { annex, pdf: a } = await sampleAnnex();
      const b = await annexPdf(annex, sample.boundaries);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      const year = annex.documentYear ?? annex.heading.year;
      expect(pdfInfo(a).CreationDate).toBe(`${year}-01-01T00:00:00Z`);
      const c = await annexPdf(annex, null, { date: new Date(Date.UTC(2026, 5, 1)) });
      expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
      expect(pdfInfo(c).ModDate).toBe('2026-06-01T00:00:00Z');
    });

    it('annexPdf marks the synthetic sample SINTETIS on the map page', async () => {
      const { pdf } = await sampleAnnex();
      expect(pdfText(pdf, { first: 3, last: 3 })).toContain('SINTETIS');
    });

    it('annexPdf writes its own labels in English for an English annex', async () => {
      const annex = await annexOf(sample, { district: 'Contoh', lang: 'en' });
      const text = pdfText(await annexPdf(annex, sample.boundaries));
      expect(text).toContain('Kecamatan boundary');
      expect(text).toContain('SYNTHETIC');
      expect(text).toMatch(/ page 1 of \d+/);
      expect(text).not.toContain('Batas kecamatan');
    });

    it('annexPdf lays out changes from last year and the trend when present', async () => {
      const annex = fixtureAnnex(sample.result, {
        district: 'Contoh',
        withChanges: true,
        withTrend: true,
      });
      const text = pdfText(await annexPdf(annex, sample.boundaries, { map: false }));
      for (const c of [...annex.changes!.entered, ...annex.changes!.left]) {
        expect(text).toContain(`${c.code} ${c.name}`);
      }
      expect(text).toContain('Masuk lokus (2)');
      expect(text).toContain('Keluar dari lokus (1)');
      expect(text).toContain(annex.trend!.series[1]!.label);
      expect(text).toContain('830,5');
      expect(text).toContain(annex.trend!.graduates[0]!.text);
    });

    it('annexPdf without boundaries leaves out the map page', async () => {
      const annex = await annexOf(sample, { district: 'Contoh' });
      const text = pdfText(await annexPdf(annex, null));
      expect(text).not.toContain('Batas kecamatan');
      for (const l of loci(annex)) expect(text).toContain(l.code);
    });

    it('annexPdf refuses something that is not annex content', async () => {
      await expect(annexPdf({} as AnnexContent, null)).rejects.toThrow(/annexPdf requires/);
    });
  },
);

const demak = demakInputs();

describe.skipIf(POPPLER_MISSING !== null || demak === null)(
  'annexPdf on Demak (real data)',
  { timeout: 60_000 },
  () => {
    it('annexPdf of Demak names every locus, its kecamatan on the map, and repeats byte for byte', async () => {
      const inputs = demak!;
      const annex = await annexOf(inputs, { district: 'Demak' });
      const a = await annexPdf(annex, inputs.boundaries);
      const b = await annexPdf(annex, inputs.boundaries);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      const text = pdfText(a);
      for (const l of loci(annex)) {
        expect(text).toContain(squash(l.name));
        expect(text).toContain(l.code);
      }
      for (const g of annex.loci.groups) expect(text).toContain(g.name.toUpperCase());
      expect(text).toContain('KEPUTUSAN BUPATI DEMAK');
      const pages = Number(pdfInfo(a).Pages);
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(10);
    });
  },
);
