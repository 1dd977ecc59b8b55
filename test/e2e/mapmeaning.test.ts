/// <reference lib="dom" />
/**
 * The map says what it means: on every colouring the loci are outlined (checked in canvas pixels
 * on each locus's border, against the loci of the run), and the legend says which way is
 * priority and that the bold outline is a locus.
 */
import { openViewer, type Page, stateHash, waitApplied } from '@lokus/viewer/testing';
import { describe, expect, it } from 'vitest';
import { viewerSession } from './session.ts';

const session = viewerSession();

/** Share of loci whose border pixels (edge midpoints of the outer ring) are dark. */
function outlinedShare(page: Page): Promise<{ loci: number; outlined: number }> {
  return page.evaluate(async () => {
    type M = {
      getCanvas(): HTMLCanvasElement;
      project(p: [number, number]): { x: number; y: number };
      getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> };
      getFeatureState(f: { source: string; id: string | number }): Record<string, unknown>;
      once(e: string, f: () => void): void;
      triggerRepaint(): void;
    };
    const hooks = (window as unknown as { __lokus: { maps: { map: M }[] } }).__lokus;
    const map = hooks.maps[0]!.map;
    await new Promise<void>((r) => {
      map.once('idle', () => r());
      map.triggerRepaint();
    });
    const gl = map.getCanvas();
    const canvas = document.createElement('canvas');
    canvas.width = gl.width;
    canvas.height = gl.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(gl, 0, 0);
    const scale = gl.width / gl.clientWidth;
    const data = await map.getSource('villages').getData();
    let loci = 0;
    let outlined = 0;
    for (const f of data.features) {
      const id = Object.values(f.properties ?? {}).find(
        (v) =>
          typeof v === 'string' && map.getFeatureState({ source: 'villages', id: v }).sel === 1,
      );
      if (id === undefined) continue;
      loci++;
      const g = f.geometry;
      const ring =
        g.type === 'Polygon'
          ? g.coordinates[0]
          : g.type === 'MultiPolygon'
            ? g.coordinates[0]![0]
            : null;
      if (!ring) continue;
      let dark = 0;
      let tried = 0;
      for (
        let i = 0;
        i + 1 < ring.length && tried < 12;
        i += Math.max(1, Math.floor(ring.length / 12))
      ) {
        const a = map.project(ring[i] as [number, number]);
        const b = map.project(ring[i + 1] as [number, number]);
        const x = Math.round(((a.x + b.x) / 2) * scale);
        const y = Math.round(((a.y + b.y) / 2) * scale);
        if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) continue;
        tried++;
        const [r, gg, bb] = ctx.getImageData(x, y, 1, 1).data;
        if (r! < 90 && gg! < 90 && bb! < 90) dark++;
      }
      if (tried > 0 && dark / tried >= 0.5) outlined++;
    }
    return { loci, outlined };
  });
}

describe('map meaning', () => {
  it('outlines every locus on every colouring and says which way is priority', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const selected = await page.evaluate(
      () =>
        (window as unknown as { __lokus: { summary: { selectedCount: number } } }).__lokus.summary
          .selectedCount,
    );
    expect(selected).toBeGreaterThan(0);
    const notes: Record<string, string> = {
      class: 'makin tinggi makin prioritas',
      rank: 'peringkat 1 = paling prioritas',
      score: 'makin tinggi makin prioritas',
      selection: 'garis hitam tebal = lokus',
    };
    for (const fill of ['class', 'rank', 'score', 'selection']) {
      await page.selectOption('#fill', fill);
      const { loci, outlined } = await outlinedShare(page);
      expect(loci, fill).toBe(selected);
      expect(outlined / loci, fill).toBeGreaterThanOrEqual(0.9);
      const legend = ((await page.locator('#legend').textContent()) ?? '').toLowerCase();
      expect(legend, fill).toContain(notes[fill]);
      expect(legend, fill).toContain('garis hitam tebal = lokus');
    }
    await page.close();
  }, 240_000);

  it('titles the map, labels A and B, and says which rank-change colour is naik', async (ctx) => {
    if (!session.browser || !session.server) return ctx.skip();
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(page, session.server.url, { hash: stateHash({ dataset: 'sample' }) });
    const title = (sel: string) => page.locator(`${sel} .map-title`).textContent();
    expect(await title('#map-a')).toContain('Kabupaten Contoh');
    expect(await title('#map-a')).toMatch(/\d+ lokus/);
    await page.locator('#tab-compare').click();
    await waitApplied(page, 2);
    expect(await title('#map-a')).toContain('Skenario A');
    expect(await title('#map-b')).toContain('Skenario B');
    expect(await page.locator('#map-b .map-title').isVisible()).toBe(true);
    await page.selectOption('#right-map', 'change');
    await page.waitForFunction(() =>
      document.querySelector('#map-b .map-title')?.textContent?.includes('B − A'),
    );
    const legend = (await page.locator('#legend').textContent()) ?? '';
    expect(legend).toContain('naik');
    expect(legend).toContain('turun');
    await page.close();
  }, 240_000);
});
