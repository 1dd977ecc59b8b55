/**
 * Kecamatan names over the map as HTML markers (no glyph server needed offline) that stay
 * readable: a white halo, a size that grows with the zoom, hidden below the district's own zoom
 * minus one, and a greedy collision pass (larger kecamatan first) that hides names which would
 * overlap an already placed one.
 */
import * as maplibregl from 'maplibre-gl';
import { h } from '../dom.ts';

/** One name to place: its anchor and its priority (larger first). */
export interface PlacedLabel {
  readonly name: string;
  readonly point: readonly [number, number];
  readonly priority: number;
}

const HALO =
  '0 0 2px #fff, 0 0 2px #fff, 1px 1px 1px #fff, -1px -1px 1px #fff, 1px -1px 1px #fff, -1px 1px 1px #fff';

/** Font size in pixels for a zoom relative to the zoom that fits the district. */
export function labelSize(zoom: number, fitZoom: number): number {
  return Math.max(10, Math.min(16, Math.round(12 + (zoom - fitZoom) * 2)));
}

export class KecamatanLabels {
  readonly #map: maplibregl.Map;
  #markers: { marker: maplibregl.Marker; el: HTMLElement; label: PlacedLabel }[] = [];
  #fitZoom = 0;
  #frame = 0;

  constructor(map: maplibregl.Map) {
    this.#map = map;
    map.on('zoom', () => this.#schedule());
    map.on('moveend', () => this.#schedule());
    map.on('resize', () => this.#schedule());
  }

  /** Replaces the names; `fitZoom` is the zoom at which the whole district is shown. */
  set(labels: readonly PlacedLabel[], fitZoom: number): void {
    for (const m of this.#markers) m.marker.remove();
    this.#fitZoom = fitZoom;
    this.#markers = [...labels]
      .sort((a, b) => b.priority - a.priority)
      .map((label) => {
        const el = h('div', { class: 'kec-label' }, label.name);
        Object.assign(el.style, {
          textShadow: HALO,
          color: '#222',
          fontWeight: '600',
          whiteSpace: 'nowrap',
          pointerEvents: 'none',
        });
        const marker = new maplibregl.Marker({ element: el })
          .setLngLat([label.point[0], label.point[1]])
          .addTo(this.#map);
        return { marker, el, label };
      });
    this.#schedule();
  }

  /** The names currently shown, with their screen position (for the exported image). */
  visible(): { name: string; x: number; y: number; size: number }[] {
    const size = labelSize(this.#map.getZoom(), this.#fitZoom);
    return this.#markers
      .filter((m) => m.el.style.visibility !== 'hidden')
      .map((m) => {
        const p = this.#map.project([m.label.point[0], m.label.point[1]]);
        return { name: m.label.name, x: p.x, y: p.y, size };
      });
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#place();
    });
  }

  /** Sizes the names for the zoom and hides those that collide with a larger kecamatan's. */
  #place(): void {
    const zoom = this.#map.getZoom();
    const size = labelSize(zoom, this.#fitZoom);
    const show = zoom >= this.#fitZoom - 1;
    const placed: [number, number, number, number][] = [];
    for (const { el, label } of this.#markers) {
      el.style.fontSize = `${size}px`;
      if (!show) {
        el.style.visibility = 'hidden';
        continue;
      }
      const p = this.#map.project([label.point[0], label.point[1]]);
      const w = label.name.length * size * 0.6;
      const box: [number, number, number, number] = [
        p.x - w / 2,
        p.y - size,
        p.x + w / 2,
        p.y + size,
      ];
      const hit = placed.some(
        (q) => box[0] < q[2] && box[2] > q[0] && box[1] < q[3] && box[3] > q[1],
      );
      el.style.visibility = hit ? 'hidden' : 'visible';
      if (!hit) placed.push(box);
    }
  }
}
