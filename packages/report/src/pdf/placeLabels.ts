/** A label to place: its text box size and the anchor it should centre on. */
export interface LabelCandidate {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Offsets `[dx, dy]` to try in order after the anchor itself. */
  readonly offsets?: readonly (readonly [number, number])[];
  /** Place it at its anchor even when every position overlaps (default `true`). */
  readonly required?: boolean;
}

/** A placed label: the candidate and the top-left corner of its box. */
export interface PlacedLabel<T extends LabelCandidate> {
  readonly label: T;
  readonly left: number;
  readonly top: number;
  /** `true` when it overlaps an earlier label (a required label with no free position). */
  readonly overlaps: boolean;
}

type Box = readonly [number, number, number, number];

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy label placement: labels are taken in the given order (most important first); each
 * goes to the first of its anchor and offsets whose box stays inside `bounds` and overlaps no
 * label placed before it. A required label with no free position goes where it overlaps least
 * (its anchor on a tie) and is flagged; an optional one is dropped. O(n² · k) for n labels and k offsets, fine for the few
 * hundred labels of a district map.
 *
 * @param labels - Candidates, most important first.
 * @param bounds - `[x0, y0, x1, y1]` the boxes must stay in.
 * @example
 * placeLabels(
 *   [
 *     { text: 'A', x: 10, y: 10, width: 10, height: 4 },
 *     { text: 'B', x: 12, y: 10, width: 10, height: 4, offsets: [[0, 5]] },
 *   ],
 *   [0, 0, 100, 100],
 * ).map((p) => [p.left, p.top]);
 * // => [[5, 8], [7, 13]]
 */
export function placeLabels<T extends LabelCandidate>(
  labels: readonly T[],
  bounds: Box,
): PlacedLabel<T>[] {
  const placed: PlacedLabel<T>[] = [];
  const boxes: Box[] = [];
  for (const label of labels) {
    const tries: (readonly [number, number])[] = [[0, 0], ...(label.offsets ?? [])];
    let chosen: Box | null = null;
    // The position overlapping least, for a required label with no free one (the anchor on a tie).
    let fallback: Box | null = null;
    let least = Infinity;
    for (const [dx, dy] of tries) {
      const left = label.x + dx - label.width / 2;
      const top = label.y + dy - label.height / 2;
      const box: Box = [left, top, left + label.width, top + label.height];
      const inside =
        box[0] >= bounds[0] && box[1] >= bounds[1] && box[2] <= bounds[2] && box[3] <= bounds[3];
      const overlap = boxes.reduce((sum, b) => sum + overlapArea(b, box), 0);
      if (inside && overlap === 0) {
        chosen = box;
        break;
      }
      if (inside && overlap < least) [fallback, least] = [box, overlap];
    }
    const overlaps = chosen === null;
    if (overlaps && label.required === false) continue;
    const anchor: Box = [
      label.x - label.width / 2,
      label.y - label.height / 2,
      label.x + label.width / 2,
      label.y + label.height / 2,
    ];
    const box = chosen ?? fallback ?? anchor;
    boxes.push(box);
    placed.push({ label, left: box[0], top: box[1], overlaps });
  }
  return placed;
}
