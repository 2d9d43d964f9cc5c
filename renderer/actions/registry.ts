import {
  Columns3,
  Copy,
  Download,
  FileInput,
  FilePlus,
  FolderOpen,
  Keyboard,
  Maximize,
  Redo2,
  Rows3,
  Sheet,
  Save,
  SquarePlus,
  Trash,
  Undo2,
  ZoomIn,
  ZoomOut,
} from 'lucide-react';
import { canRedo, canUndo, selectedCardIds, type EditorState } from '../store';
import { addCardAndEdit, changeScore, moveSelection, moveToCell, targetCell } from './cardEdits';
import {
  addLane,
  addStage,
  deleteSelection,
  duplicateSelection,
  selectAll,
} from './selectionEdits';
import { WORKSHOP_ACTIONS } from '../workshop/workshopActions';
import { COMPARE_ACTIONS } from '../compare/compareActions';
import { REVIEW_ACTIONS } from '../review/reviewActions';
import { chooseMetricsTable } from '../metrics/import/importFlow';
import { FUNNEL_ACTIONS } from '../metrics/funnel/funnelActions';
import { leaveCanvas, REGION_ACTIONS } from '../keyboard/regionActions';
import { importFile } from '../files/importFlow';
import { hasDocument, type Action } from './types';

const hasCards = (s: EditorState): boolean => selectedCardIds(s.selection).length > 0;
const hasSelection = (s: EditorState): boolean => s.selection.kind !== 'none';

/**
 * Every action of the editor. Ids are stable (the toolbar, host commands and later features
 * refer to them); labels live in en.json under `editor.actions`.
 */
export const ACTIONS: readonly Action[] = [
  // First: in workshop mode they take the arrows and Esc before the editor's own.
  ...WORKSHOP_ACTIONS,
  {
    id: 'newMap',
    label: 'editor.actions.newMap',
    group: 'file',
    icon: FilePlus,
    scope: 'global',
    perform: ({ store }) => store.getState().openDialog('gallery'),
  },
  {
    id: 'open',
    label: 'editor.actions.open',
    group: 'file',
    icon: FolderOpen,
    shortcuts: ['Mod+O'],
    scope: 'global',
    menu: { place: 'file:open', label: 'menu.open' },
    perform: ({ flows }) => flows.open(),
  },
  {
    id: 'import',
    label: 'editor.actions.import',
    group: 'file',
    icon: FileInput,
    scope: 'global',
    menu: { place: 'file:open', label: 'menu.import' },
    perform: (context) => importFile(context),
  },
  {
    id: 'save',
    label: 'editor.actions.save',
    group: 'file',
    icon: Save,
    shortcuts: ['Mod+S'],
    scope: 'global',
    menu: { place: 'file:save', label: 'menu.save' },
    enabled: hasDocument,
    perform: ({ flows }) => flows.save(),
  },
  {
    id: 'saveAs',
    label: 'editor.actions.saveAs',
    group: 'file',
    shortcuts: ['Shift+Mod+S'],
    scope: 'global',
    menu: { place: 'file:save', label: 'menu.saveAs' },
    enabled: hasDocument,
    perform: ({ flows }) => flows.saveAs(),
  },
  {
    id: 'export',
    label: 'editor.actions.export',
    group: 'file',
    icon: Download,
    shortcuts: ['Mod+E'],
    scope: 'global',
    menu: { place: 'file:save', label: 'menu.export' },
    enabled: hasDocument,
    perform: ({ store }) => store.getState().setExportOpen(true),
  },
  ...COMPARE_ACTIONS,
  ...REVIEW_ACTIONS,
  {
    id: 'importMetrics',
    label: 'editor.actions.importMetrics',
    group: 'file',
    icon: Sheet,
    scope: 'global',
    menu: { place: 'file:open', label: 'menu.importMetrics' },
    enabled: hasDocument,
    perform: (context) => chooseMetricsTable(context),
  },
  {
    id: 'undo',
    label: 'editor.actions.undo',
    group: 'edit',
    icon: Undo2,
    shortcuts: ['Mod+Z'],
    scope: 'global',
    menu: { place: 'edit:history', label: 'menu.undo' },
    enabled: canUndo,
    perform: ({ store }) => store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'editor.actions.redo',
    group: 'edit',
    icon: Redo2,
    shortcuts: ['Shift+Mod+Z', 'Mod+Y'],
    scope: 'global',
    menu: { place: 'edit:history', label: 'menu.redo' },
    enabled: canRedo,
    perform: ({ store }) => store.getState().redo(),
  },
  {
    id: 'cut',
    label: 'editor.actions.cut',
    group: 'edit',
    shortcuts: ['Mod+X'],
    scope: 'native',
    enabled: hasCards,
    perform: () => document.execCommand('cut'),
  },
  {
    id: 'copy',
    label: 'editor.actions.copy',
    group: 'edit',
    icon: Copy,
    shortcuts: ['Mod+C'],
    scope: 'native',
    enabled: hasCards,
    perform: () => document.execCommand('copy'),
  },
  {
    id: 'paste',
    label: 'editor.actions.paste',
    group: 'edit',
    shortcuts: ['Mod+V'],
    scope: 'native',
    enabled: hasDocument,
    perform: () => document.execCommand('paste'),
  },
  {
    id: 'selectAll',
    label: 'editor.actions.selectAll',
    group: 'edit',
    shortcuts: ['Mod+A'],
    scope: 'canvas',
    menu: { place: 'edit:select', label: 'menu.selectAll' },
    enabled: hasDocument,
    perform: ({ store }) => selectAll(store),
  },
  {
    id: 'duplicate',
    label: 'editor.actions.duplicate',
    group: 'cards',
    shortcuts: ['Mod+D'],
    scope: 'canvas',
    enabled: hasCards,
    perform: ({ store }) => duplicateSelection(store),
  },
  {
    id: 'delete',
    label: 'editor.actions.delete',
    group: 'edit',
    icon: Trash,
    shortcuts: ['Delete', 'Backspace'],
    scope: 'canvas',
    enabled: hasSelection,
    perform: (context) => deleteSelection(context),
  },
  {
    id: 'addStage',
    label: 'editor.actions.addStage',
    group: 'grid',
    icon: Columns3,
    scope: 'canvas',
    enabled: hasDocument,
    perform: (context) => addStage(context),
  },
  {
    id: 'addLane',
    label: 'editor.actions.addLane',
    group: 'grid',
    icon: Rows3,
    scope: 'canvas',
    enabled: hasDocument,
    perform: (context) => addLane(context),
  },
  {
    id: 'addCard',
    label: 'editor.actions.addCard',
    group: 'cards',
    icon: SquarePlus,
    scope: 'canvas',
    enabled: hasDocument,
    perform: ({ store }) => {
      const target = targetCell(store);
      if (target) addCardAndEdit(store, target.cell, target.index);
    },
  },
  {
    id: 'editCard',
    label: 'editor.actions.editCard',
    group: 'cards',
    shortcuts: ['Enter', 'F2'],
    scope: 'canvas',
    enabled: hasDocument,
    perform: ({ store }) => {
      const { selection, cursor } = store.getState();
      const ids = selectedCardIds(selection);
      const [only] = ids;
      // On a selected card Enter edits it; on an empty cell it adds one there.
      if (ids.length === 1 && only) store.getState().startEditing(only);
      else if (ids.length === 0 && cursor) addCardAndEdit(store, cursor);
    },
  },
  {
    id: 'nextCell',
    label: 'editor.actions.nextCell',
    group: 'navigation',
    shortcuts: ['Tab'],
    scope: 'canvas',
    enabled: hasDocument,
    // Past the last cell Tab leaves the map: it is no keyboard trap.
    perform: ({ store }) => moveToCell(store, 1) || leaveCanvas(1),
  },
  {
    id: 'previousCell',
    label: 'editor.actions.previousCell',
    group: 'navigation',
    shortcuts: ['Shift+Tab'],
    scope: 'canvas',
    enabled: hasDocument,
    perform: ({ store }) => moveToCell(store, -1) || leaveCanvas(-1),
  },
  ...(['up', 'down', 'left', 'right'] as const).map((direction): Action => ({
    id: `move${direction[0]?.toUpperCase()}${direction.slice(1)}`,
    label: `editor.actions.move.${direction}`,
    group: 'navigation',
    shortcuts: [`Arrow${direction[0]?.toUpperCase()}${direction.slice(1)}`],
    scope: 'canvas',
    enabled: hasDocument,
    perform: ({ store }) => moveSelection(store, direction),
  })),
  {
    id: 'leave',
    label: 'editor.actions.leave',
    group: 'navigation',
    shortcuts: ['Escape'],
    scope: 'canvas',
    perform: ({ store }) => store.getState().select({ kind: 'none' }, null),
  },
  {
    id: 'scoreUp',
    label: 'editor.actions.scoreUp',
    group: 'cards',
    shortcuts: ['Plus', '='],
    scope: 'canvas',
    enabled: hasCards,
    perform: ({ store }) => changeScore(store, 1),
  },
  {
    id: 'scoreDown',
    label: 'editor.actions.scoreDown',
    group: 'cards',
    shortcuts: ['-'],
    scope: 'canvas',
    enabled: hasCards,
    perform: ({ store }) => changeScore(store, -1),
  },
  {
    id: 'zoomIn',
    label: 'editor.actions.zoomIn',
    group: 'view',
    icon: ZoomIn,
    shortcuts: ['Mod+='],
    scope: 'global',
    menu: { place: 'view:zoom', label: 'menu.zoomIn' },
    enabled: hasDocument,
    perform: ({ store }) => store.getState().requestView('zoomIn'),
  },
  {
    id: 'zoomOut',
    label: 'editor.actions.zoomOut',
    group: 'view',
    icon: ZoomOut,
    shortcuts: ['Mod+-'],
    scope: 'global',
    menu: { place: 'view:zoom', label: 'menu.zoomOut' },
    enabled: hasDocument,
    perform: ({ store }) => store.getState().requestView('zoomOut'),
  },
  {
    id: 'zoomToFit',
    label: 'editor.actions.zoomToFit',
    group: 'view',
    icon: Maximize,
    shortcuts: ['Mod+0'],
    scope: 'global',
    menu: { place: 'view:zoom', label: 'menu.zoomToFit' },
    enabled: hasDocument,
    perform: ({ store }) => store.getState().requestView('zoomToFit'),
  },
  ...FUNNEL_ACTIONS,
  ...REGION_ACTIONS,
  {
    id: 'shortcuts',
    label: 'editor.actions.shortcuts',
    group: 'view',
    icon: Keyboard,
    shortcuts: ['?', 'Mod+/'],
    scope: 'canvas',
    menu: { place: 'help', label: 'menu.shortcuts' },
    perform: ({ store }) => store.getState().openDialog('shortcuts'),
  },
];

const BY_ID = new Map(ACTIONS.map((action) => [action.id, action]));

export function actionById(id: string): Action {
  const action = BY_ID.get(id);
  if (!action) throw new Error(`unknown action ${id}`);
  return action;
}
