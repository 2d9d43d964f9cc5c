import { CANVAS_ROOT_ATTRIBUTE, focusCanvas } from '../canvas/focusCanvas';

/**
 * The window's regions for F6 and Shift+F6 (as in VS Code and office apps): the toolbar,
 * the map, the side panel, and in workshop mode its two bars. Each marks itself with this
 * attribute; the cycle follows their order in the document.
 */
export const REGION_ATTRIBUTE = 'data-region';
/** Spread on a region's element: `<aside {...REGION}>`. */
export const REGION = { [REGION_ATTRIBUTE]: '' } as const;

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
].join(',');

function shown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** What Tab stops at inside `root`, in document order. */
export function tabbables(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && shown(element),
  );
}

export function regions(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`[${REGION_ATTRIBUTE}]`)].filter(shown);
}

/** The region's own choice of where focus lands: the selected tab, else its first stop. */
function focusRegion(region: HTMLElement): void {
  if (region.hasAttribute(CANVAS_ROOT_ATTRIBUTE)) {
    focusCanvas();
    return;
  }
  const preferred = region.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
  const target = preferred ?? tabbables(region)[0];
  if (target) target.focus();
  else {
    region.tabIndex = -1;
    region.focus();
  }
}

/** F6 (+1) and Shift+F6 (−1): the focus to the next or previous region, round the window. */
export function cycleRegion(step: 1 | -1): void {
  const list = regions();
  if (list.length === 0) return;
  const active = document.activeElement;
  const at = list.findIndex((region) => active !== null && region.contains(active));
  const index = at < 0 ? (step > 0 ? 0 : list.length - 1) : at + step;
  const next = list[(index + list.length) % list.length];
  if (next) focusRegion(next);
}

/**
 * Tab past the map's last cell (or Shift+Tab before its first): the focus goes to the first
 * stop after the map (before it), so the map is never a keyboard trap (WCAG 2.1.2).
 */
export function leaveRegion(from: HTMLElement, step: 1 | -1): void {
  const outside = tabbables().filter((element) => !from.contains(element));
  const after = outside.filter(
    (element) => (from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  const before = outside.filter((element) => !after.includes(element));
  const target =
    step > 0 ? (after[0] ?? before[0]) : (before[before.length - 1] ?? after[after.length - 1]);
  target?.focus();
}
