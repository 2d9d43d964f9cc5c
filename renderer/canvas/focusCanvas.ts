/** The element that holds keyboard focus for the map (the arrows, Tab, Delete act on it). */
export const CANVAS_ROOT_ATTRIBUTE = 'data-canvas-root';

export function canvasRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${CANVAS_ROOT_ATTRIBUTE}]`);
}

/** Gives the focus back to the map, e.g. after leaving a card or a header's name field. */
export function focusCanvas(): void {
  canvasRoot()?.focus({ preventScroll: true });
}

/**
 * Whether keys pressed in `target` are the map's (not a text field's, a button's or a
 * link's: Enter clicks those, Tab and Shift+Tab move on from them as anywhere else).
 */
export function isCanvasTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest('a[href], button')) return false;
  return target === document.body || target.closest(`[${CANVAS_ROOT_ATTRIBUTE}]`) !== null;
}

/** Whether `target` takes typing (keys there are text, not shortcuts). */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(
      target.type,
    )
  );
}
