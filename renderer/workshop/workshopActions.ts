import { ChevronLeft, ChevronRight, Presentation, Vote } from 'lucide-react';
import type { Action, ActionContext } from '../actions/types';
import { selectedCardIds, type EditorState, type EditorStore } from '../store';
import { enterFullscreen, leaveFullscreen } from './fullscreen';
import { readingDelta, steppedStage } from './stageSteps';

const inWorkshop = (s: EditorState): boolean => s.doc !== null && s.workshop.active;
const canVote = (s: EditorState): boolean =>
  inWorkshop(s) && s.workshop.voting && selectedCardIds(s.selection).length > 0;

export function enterWorkshop(store: EditorStore): void {
  if (!store.getState().doc || store.getState().workshop.active) return;
  enterFullscreen();
  store.getState().enterWorkshop();
}

export function leaveWorkshop(store: EditorStore): void {
  leaveFullscreen();
  store.getState().leaveWorkshop();
}

function step(store: EditorStore, delta: 1 | -1): void {
  const { doc, workshop } = store.getState();
  if (doc) store.getState().focusStage(steppedStage(doc, workshop.focusStageId, delta));
}

function stepSide({ store }: ActionContext, side: 'left' | 'right'): void {
  const doc = store.getState().doc;
  if (doc) step(store, readingDelta(doc, side));
}

/** Casts (or takes back) the voter's vote on each selected card that takes votes. */
function voteSelected({ store }: ActionContext, type: 'castVote' | 'retractVote'): void {
  const { selection, workshop } = store.getState();
  const voter = workshop.voterId === null ? {} : { participantId: workshop.voterId };
  store
    .getState()
    .applyBatch(selectedCardIds(selection).map((cardId) => ({ type, cardId, ...voter })));
}

/**
 * Workshop mode's actions, listed with every other action (toolbar button, `?` dialog). The
 * stage steps and Esc are handled by `useWorkshopKeys` while the mode is on, wherever the
 * focus is (a presenter's clicker sends them), except in text fields.
 */
export const WORKSHOP_ACTIONS: readonly Action[] = [
  {
    id: 'workshop',
    label: 'workshop.actions.enter',
    group: 'view',
    icon: Presentation,
    // F5 as in presentation programs; the desktop menu's View > Presentation Mode shows it.
    shortcuts: ['F5', 'Shift+Mod+F'],
    scope: 'global',
    menu: { place: 'view:modes', label: 'menu.presentation' },
    enabled: (s) => s.doc !== null,
    perform: ({ store }) =>
      store.getState().workshop.active ? leaveWorkshop(store) : enterWorkshop(store),
  },
  {
    id: 'workshopLeave',
    label: 'workshop.actions.leave',
    group: 'navigation',
    shortcuts: ['Escape'],
    scope: 'canvas',
    enabled: inWorkshop,
    perform: ({ store }) => leaveWorkshop(store),
  },
  {
    id: 'workshopStageRight',
    label: 'workshop.actions.stageRight',
    group: 'navigation',
    icon: ChevronRight,
    shortcuts: ['ArrowRight'],
    scope: 'canvas',
    enabled: inWorkshop,
    perform: (context) => stepSide(context, 'right'),
  },
  {
    id: 'workshopStageLeft',
    label: 'workshop.actions.stageLeft',
    group: 'navigation',
    icon: ChevronLeft,
    shortcuts: ['ArrowLeft'],
    scope: 'canvas',
    enabled: inWorkshop,
    perform: (context) => stepSide(context, 'left'),
  },
  ...(
    [
      ['workshopUp', 'ArrowUp', 'panUp'],
      ['workshopDown', 'ArrowDown', 'panDown'],
    ] as const
  ).map(([id, key, move]): Action => ({
    id,
    label: `workshop.actions.${id === 'workshopUp' ? 'up' : 'down'}`,
    group: 'navigation',
    shortcuts: [key],
    scope: 'canvas',
    enabled: inWorkshop,
    perform: ({ store }) => store.getState().requestView(move),
  })),
  {
    id: 'workshopNextStage',
    label: 'workshop.actions.nextStage',
    group: 'navigation',
    shortcuts: ['PageDown'],
    scope: 'canvas',
    enabled: inWorkshop,
    perform: ({ store }) => step(store, 1),
  },
  {
    id: 'workshopPreviousStage',
    label: 'workshop.actions.previousStage',
    group: 'navigation',
    shortcuts: ['PageUp'],
    scope: 'canvas',
    enabled: inWorkshop,
    perform: ({ store }) => step(store, -1),
  },
  {
    id: 'workshopVote',
    label: 'workshop.actions.vote',
    group: 'cards',
    icon: Vote,
    shortcuts: ['V'],
    scope: 'canvas',
    enabled: canVote,
    perform: (context) => voteSelected(context, 'castVote'),
  },
  {
    id: 'workshopRetract',
    label: 'workshop.actions.retract',
    group: 'cards',
    shortcuts: ['Shift+V'],
    scope: 'canvas',
    enabled: canVote,
    perform: (context) => voteSelected(context, 'retractVote'),
  },
];

/** The actions `useWorkshopKeys` runs from anywhere but text fields. */
export const WORKSHOP_KEY_ACTIONS = WORKSHOP_ACTIONS.filter((a) => a.group === 'navigation');
