/**
 * The exported map image: a fixed-size PNG of the whole district (from `renderStill`) with the
 * title, the legend with its notes, a scale bar, a north arrow, the kecamatan names and the
 * attribution. Every text drawn is also returned, so a test can read what the picture says.
 */
import { fmt, t } from '../i18n/index.ts';
import type { Legend } from './palette.ts';
import type { Still } from './stillMap.ts';

/** Size of the exported image and of its map. */
export const PNG_SIZE = { width: 1800, height: 1200 } as const;
export const PNG_MAP = { x: 20, y: 100, width: 1260, height: 1020 } as const;

export interface ComposeOptions {
  readonly title: string;
  readonly subtitle: string;
  readonly legends: readonly Legend[];
  readonly attribution: readonly string[];
}

/** The composed picture: the PNG and the texts drawn on it. */
export interface Composed {
  readonly blob: Blob | null;
  readonly width: number;
  readonly height: number;
  readonly texts: readonly string[];
}

type Ctx = CanvasRenderingContext2D;

function text(ctx: Ctx, texts: string[], s: string, x: number, y: number, font: string): void {
  ctx.font = font;
  ctx.fillText(s, x, y);
  texts.push(s);
}

/** A scale bar of a round length near 200 pixels, bottom left of the map. */
function scaleBar(ctx: Ctx, texts: string[], mpp: number, x: number, y: number): void {
  const target = mpp * 200;
  const pow = 10 ** Math.floor(Math.log10(target));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= target) ?? pow;
  const px = metres / mpp;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 8, y - 26, px + 80, 38);
  ctx.fillStyle = '#111';
  ctx.fillRect(x, y, px, 4);
  for (const at of [0, px / 2, px]) ctx.fillRect(x + at - 1, y - 6, 2, 10);
  const label = metres >= 1000 ? `${fmt(metres / 1000, 0)} km` : `${fmt(metres, 0)} m`;
  text(ctx, texts, label, x + px + 8, y + 6, '14px system-ui, sans-serif');
}

/** A north arrow, top right of the map. */
function northArrow(ctx: Ctx, texts: string[], x: number, y: number): void {
  ctx.fillStyle = '#111';
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 14, y + 40);
  ctx.lineTo(x, y + 30);
  ctx.lineTo(x - 14, y + 40);
  ctx.closePath();
  ctx.fill();
  ctx.textAlign = 'center';
  text(ctx, texts, t('northArrow'), x, y - 8, 'bold 18px system-ui, sans-serif');
  ctx.textAlign = 'left';
}

/** The legend column right of the map; returns the y below it. */
function legendColumn(ctx: Ctx, texts: string[], legends: readonly Legend[], x: number, y: number) {
  let at = y;
  for (const l of legends) {
    ctx.fillStyle = '#111';
    text(ctx, texts, l.title, x, at, 'bold 18px system-ui, sans-serif');
    at += 24;
    for (const note of l.notes ?? []) {
      ctx.fillStyle = '#333';
      text(ctx, texts, note, x, at, '15px system-ui, sans-serif');
      at += 21;
    }
    for (const item of l.items) {
      ctx.fillStyle = item.colour;
      ctx.fillRect(x, at - 13, 22, 16);
      ctx.strokeStyle = '#777';
      ctx.strokeRect(x, at - 13, 22, 16);
      ctx.fillStyle = '#111';
      text(ctx, texts, item.label, x + 32, at, '15px system-ui, sans-serif');
      at += 24;
    }
    at += 16;
  }
  return at;
}

/** Composes the fixed-size picture of `still` with its furniture. */
export function composePng(still: Still, options: ComposeOptions): Promise<Composed> {
  const { width, height } = PNG_SIZE;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  const texts: string[] = [];
  if (!ctx) return Promise.resolve({ blob: null, width, height, texts });
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111';
  text(ctx, texts, options.title, 20, 44, 'bold 30px system-ui, sans-serif');
  ctx.fillStyle = '#444';
  text(ctx, texts, options.subtitle, 20, 78, '19px system-ui, sans-serif');
  const m = PNG_MAP;
  ctx.drawImage(still.canvas, m.x, m.y, m.width, m.height);
  ctx.strokeStyle = '#999';
  ctx.strokeRect(m.x, m.y, m.width, m.height);
  ctx.textAlign = 'center';
  for (const l of still.labels) {
    ctx.font = `600 ${l.size + 2}px system-ui, sans-serif`;
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeText(l.name, m.x + l.x, m.y + l.y);
    ctx.fillStyle = '#222';
    ctx.fillText(l.name, m.x + l.x, m.y + l.y);
    texts.push(l.name);
  }
  ctx.textAlign = 'left';
  ctx.lineWidth = 1;
  scaleBar(ctx, texts, still.metresPerPixel, m.x + 24, m.y + m.height - 24);
  northArrow(ctx, texts, m.x + m.width - 40, m.y + 40);
  legendColumn(ctx, texts, options.legends, m.x + m.width + 30, m.y + 20);
  ctx.fillStyle = '#333';
  options.attribution.forEach((a, i) => {
    text(ctx, texts, a, 20, m.y + m.height + 24 + i * 18, '13px system-ui, sans-serif');
  });
  return new Promise((resolve) =>
    canvas.toBlob((blob) => resolve({ blob, width, height, texts }), 'image/png'),
  );
}
