import { hasDocument, type Action } from '../actions/types';
import { canvasRoot, focusCanvas } from '../canvas/focusCanvas';
import type { EditorStore } from '../store';
import { cycleRegion, leaveRegion, tabbables } from './regions';

/** Where the inspector's fields are (the side panel's tab panel). */
const INSPECTOR_BODY = '#js-panel-body';

/**
 * Alt+Enter (Properties in Windows): from the map to the first field of the selection's
 * inspector, and from the side panel back to the map with the selection as it was.
 */
function toggleInspector(store: EditorStore): void {
  const panel = document.querySelector<HTMLElement>(INSPECTOR_BODY);
  if (panel?.closest('aside')?.contains(document.activeElement)) {
    focusCanvas();
    return;
  }
  store.getState().showPanel('inspector');
  // After React has drawn the inspector of the selection.
  requestAnimationFrame(() => {
    const body = document.querySelector<HTMLElement>(INSPECTOR_BODY);
    if (body) tabbables(body)[0]?.focus();
  });
}

/** Leaves the map by Tab when there is no further cell; see `leaveRegion`. */
export function leaveCanvas(step: 1 | -1): void {
  const root = canvasRoot();
  if (root) leaveRegion(root, step);
}

/** Moving between the window's regions and to the inspector, from anywhere. */
export const REGION_ACTIONS: readonly Action[] = [
  {
    id: 'nextRegion',
    label: 'editor.actions.nextRegion',
    group: 'navigation',
    shortcuts: ['F6'],
    scope: 'global',
    perform: () => cycleRegion(1),
  },
  {
    id: 'previousRegion',
    label: 'editor.actions.previousRegion',
    group: 'navigation',
    shortcuts: ['Shift+F6'],
    scope: 'global',
    perform: () => cycleRegion(-1),
  },
  {
    id: 'toInspector',
    label: 'editor.actions.toInspector',
    group: 'navigation',
    shortcuts: ['Alt+Enter'],
    scope: 'global',
    enabled: (s) => hasDocument(s) && !s.workshop.active,
    perform: ({ store }) => toggleInspector(store),
  },
];
