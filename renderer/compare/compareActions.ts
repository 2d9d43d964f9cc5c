import { ChevronDown, ChevronUp, GitCommitHorizontal, GitCompare, X } from 'lucide-react';
import { compareMaps } from '../../shared/compare';
import type { Action, ActionContext } from '../actions/types';
import type { EditorState } from '../store';
import { activeCompare } from './compareSlice';
import { compareWithCommitted, compareWithFile, showEntry, stepIndex } from './compareFlows';

const comparing = (s: EditorState): boolean => activeCompare(s) !== null;

function step({ store, t }: ActionContext, delta: 1 | -1): void {
  const state = store.getState();
  const compare = activeCompare(state);
  if (!compare || !state.doc) return;
  const view = compareMaps(compare.before, state.doc, t);
  const index = stepIndex(compare.index, view.entries.length, delta);
  if (index !== null) showEntry(store, view, index);
}

/**
 * The compare view's actions, in the registry with the others (toolbar, menus, `?`). Compare
 * is a view: none of them changes the document or adds an undo step.
 */
export const COMPARE_ACTIONS: readonly Action[] = [
  {
    id: 'compare',
    label: 'compare.actions.compare',
    group: 'file',
    icon: GitCompare,
    menu: { place: 'file:open', label: 'menu.compareWith' },
    scope: 'global',
    enabled: (s) => s.doc !== null,
    perform: (context) => compareWithFile(context),
  },
  {
    id: 'compareCommitted',
    label: 'compare.actions.committed',
    group: 'file',
    icon: GitCommitHorizontal,
    menu: { place: 'file:open', label: 'menu.compareCommitted' },
    scope: 'global',
    enabled: (s) => s.doc !== null && s.file.ref !== null,
    perform: (context) => compareWithCommitted(context),
  },
  {
    id: 'compareNext',
    label: 'compare.actions.next',
    group: 'navigation',
    icon: ChevronDown,
    shortcuts: ['F8'],
    scope: 'global',
    enabled: comparing,
    perform: (context) => step(context, 1),
  },
  {
    id: 'comparePrevious',
    label: 'compare.actions.previous',
    group: 'navigation',
    icon: ChevronUp,
    shortcuts: ['Shift+F8'],
    scope: 'global',
    enabled: comparing,
    perform: (context) => step(context, -1),
  },
  {
    id: 'compareLeave',
    label: 'compare.actions.leave',
    group: 'view',
    icon: X,
    scope: 'global',
    enabled: comparing,
    perform: ({ store }) => store.getState().leaveCompare(),
  },
];
