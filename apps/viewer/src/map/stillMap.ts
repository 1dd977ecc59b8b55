/**
 * A picture of the whole district at a fixed size, whatever the screen shows: a second map, off
 * screen, with the same dataset, colours and feature-state as the one on screen, fitted to the
 * district; its canvas is copied once it is idle and the map is removed again.
 */
import { h } from '../dom.ts';
import { type VillageMap, VillageMap as VillageMapClass, type VillageState } from './villageMap.ts';

/** What the composer needs from the still map. */
export interface Still {
  /** The map alone, `width` × `height` pixels. */
  readonly canvas: HTMLCanvasElement;
  /** Kecamatan names placed (collision-free) with their pixel positions on `canvas`. */
  readonly labels: readonly { name: string; x: number; y: number; size: number }[];
  /** Ground metres per pixel at the map's centre (for the scale bar). */
  readonly metresPerPixel: number;
  /** Codes of the loci (feature-state `sel` = 1) drawn in the picture. */
  readonly lociDrawn: readonly string[];
}

/** Web-Mercator ground resolution at a latitude and zoom (512-pixel tiles, as MapLibre). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Renders `source`'s district off screen at `width` × `height` pixels. */
export async function renderStill(
  source: VillageMap,
  width: number,
  height: number,
): Promise<Still | null> {
  const ds = source.dataset;
  const paint = source.paint;
  if (!ds || !paint) return null;
  const box = h('div', { 'aria-hidden': 'true' });
  Object.assign(box.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.append(box);
  const still = new VillageMapClass(box, { label: 'export' });
  try {
    await still.setDataset(ds, true);
    const columns: { [K in keyof VillageState]?: ArrayLike<number> } = {};
    for (const [key, values] of source.states) columns[key] = values;
    still.setStates(columns);
    still.setPaint(paint);
    await still.idle();
    await nextFrame();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(still.map.getCanvas(), 0, 0, width, height);
    const loci = new Set<string>();
    for (const f of still.map.queryRenderedFeatures({ layers: ['village-fill'] })) {
      if (f.state?.sel === 1 && f.id !== undefined) loci.add(String(f.id));
    }
    const c = still.map.getCenter();
    return {
      canvas,
      labels: still.visibleLabels(),
      metresPerPixel: metresPerPixel(c.lat, still.map.getZoom()),
      lociDrawn: [...loci].sort(),
    };
  } finally {
    still.map.remove();
    box.remove();
  }
}
