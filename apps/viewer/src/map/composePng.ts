/** Composes the map canvas with a title, the legend and the attribution into one PNG. */
import type { Legend } from './palette.ts';

export interface ComposeOptions {
  readonly title: string;
  readonly subtitle: string;
  readonly legends: readonly Legend[];
  readonly attribution: readonly string[];
}

/** Draws the map (needs `preserveDrawingBuffer`) and its furniture on a new canvas. */
export function composePng(
  mapCanvas: HTMLCanvasElement,
  options: ComposeOptions,
): Promise<Blob | null> {
  const scale = 1;
  const w = mapCanvas.width;
  const header = 56;
  const footer = 18 * Math.max(options.attribution.length, 1) + 12;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = mapCanvas.height + header + footer;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111111';
  ctx.font = `bold ${20 * scale}px system-ui, sans-serif`;
  ctx.fillText(options.title, 12, 26);
  ctx.font = `${13 * scale}px system-ui, sans-serif`;
  ctx.fillStyle = '#444444';
  ctx.fillText(options.subtitle, 12, 46);
  ctx.drawImage(mapCanvas, 0, header);
  // Legend box, bottom left of the map.
  const lines = options.legends.flatMap((l) => [
    { title: l.title },
    ...l.items.map((i) => ({ item: i })),
  ]);
  const lh = 18;
  const boxH = lines.length * lh + 12;
  const boxW = 230;
  const bx = 10;
  const by = header + mapCanvas.height - boxH - 10;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(bx, by, boxW, boxH);
  ctx.strokeStyle = '#999999';
  ctx.strokeRect(bx, by, boxW, boxH);
  lines.forEach((line, i) => {
    const y = by + 8 + i * lh;
    if ('title' in line) {
      ctx.fillStyle = '#111111';
      ctx.font = 'bold 12px system-ui, sans-serif';
      ctx.fillText(line.title ?? '', bx + 8, y + 12);
    } else if (line.item) {
      ctx.fillStyle = line.item.colour;
      ctx.fillRect(bx + 8, y + 2, 14, 12);
      ctx.strokeStyle = '#777777';
      ctx.strokeRect(bx + 8, y + 2, 14, 12);
      ctx.fillStyle = '#111111';
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillText(line.item.label, bx + 28, y + 12);
    }
  });
  ctx.fillStyle = '#333333';
  ctx.font = '11px system-ui, sans-serif';
  options.attribution.forEach((a, i) => {
    ctx.fillText(a, 12, header + mapCanvas.height + 18 + i * 18);
  });
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
