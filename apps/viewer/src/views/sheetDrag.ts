/**
 * Dragging a bottom sheet by its handle (mouse, pen or finger): down past a threshold closes it,
 * up opens it to full height, down from full height brings it back to half. A tap, Enter or Space
 * toggles full height; ArrowUp and ArrowDown do the same as dragging.
 */

/** Distance in CSS pixels a drag must travel to count. */
const THRESHOLD = 48;

export interface SheetDragOptions {
  /** The sheet that moves with the finger. */
  readonly sheet: HTMLElement;
  readonly isFull: () => boolean;
  readonly setFull: (full: boolean) => void;
  readonly close: () => void;
}

/**
 * Makes `handle` (a button) drag `sheet`.
 *
 * @example
 * sheetDrag(handle, { sheet, isFull: () => false, setFull: () => {}, close: () => {} });
 * handle.getAttribute('aria-keyshortcuts');
 * // => 'ArrowUp ArrowDown'
 */
export function sheetDrag(handle: HTMLElement, options: SheetDragOptions): void {
  const { sheet } = options;
  let start: number | null = null;
  let moved = 0;
  handle.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown');
  handle.addEventListener('pointerdown', (e) => {
    start = e.clientY;
    moved = 0;
    handle.setPointerCapture(e.pointerId);
  });
  handle.addEventListener('pointermove', (e) => {
    if (start === null) return;
    moved = e.clientY - start;
    sheet.style.transform = moved > 0 ? `translateY(${moved}px)` : '';
  });
  const end = () => {
    if (start === null) return;
    start = null;
    sheet.style.transform = '';
    settle(options, moved);
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', () => {
    start = null;
    moved = 0;
    sheet.style.transform = '';
  });
  handle.addEventListener('click', (e) => {
    // A drag ends in a click too: only a tap or a key toggles.
    if (Math.abs(moved) >= THRESHOLD) {
      moved = 0;
      return;
    }
    e.preventDefault();
    options.setFull(!options.isFull());
  });
  handle.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowUp') settle(options, -THRESHOLD);
    else if (e.key === 'ArrowDown') settle(options, THRESHOLD);
    else return;
    e.preventDefault();
  });
}

/** Where a drag of `dy` pixels leaves the sheet. */
function settle(options: SheetDragOptions, dy: number): void {
  if (dy <= -THRESHOLD) options.setFull(true);
  else if (dy >= THRESHOLD) {
    if (options.isFull()) options.setFull(false);
    else options.close();
  }
}
