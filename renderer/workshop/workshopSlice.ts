import { newTimer, type Timer } from './timer';

/**
 * Workshop mode's view state: nothing here is saved or undone (the votes themselves are
 * document operations). Sorting and filtering by votes are views of the document, so that
 * looking at the ranking does not rewrite anyone's card order; "Order by votes" is the
 * operation that does.
 */
export interface WorkshopView {
  readonly active: boolean;
  /** The stage in focus (the others dimmed), or null for the whole map. */
  readonly focusStageId: string | null;
  /** Cards in vote lanes show vote buttons (a tap votes). */
  readonly voting: boolean;
  /** Who is voting: a participant id, or null for anonymous votes. */
  readonly voterId: string | null;
  readonly sortByVotes: boolean;
  /** Cards in vote lanes with fewer votes are hidden (0: all shown). */
  readonly minVotes: number;
  readonly timer: Timer;
}

export interface WorkshopSlice {
  workshop: WorkshopView;
  enterWorkshop(): void;
  leaveWorkshop(): void;
  focusStage(stageId: string | null): void;
  setWorkshopView(
    changes: Partial<
      Pick<WorkshopView, 'voting' | 'voterId' | 'sortByVotes' | 'minVotes' | 'timer'>
    >,
  ): void;
}

export const INITIAL_WORKSHOP: WorkshopView = {
  active: false,
  focusStageId: null,
  voting: false,
  voterId: null,
  sortByVotes: false,
  minVotes: 0,
  timer: newTimer(5),
};

/**
 * The slice reads and writes only its own part of the store, so it needs nothing from
 * renderer/store (which imports it): no import cycle between the two folders.
 */
export function createWorkshopSlice(
  set: (patch: Partial<WorkshopSlice>) => void,
  get: () => WorkshopSlice,
): WorkshopSlice {
  const update = (changes: Partial<WorkshopView>): void =>
    set({ workshop: { ...get().workshop, ...changes } });
  return {
    workshop: INITIAL_WORKSHOP,
    enterWorkshop: () => update({ active: true }),
    // Leaving keeps the voting set-up and the timer for the next time round.
    leaveWorkshop: () => update({ active: false, focusStageId: null }),
    focusStage: (focusStageId) => update({ focusStageId }),
    setWorkshopView: (changes) => update(changes),
  };
}
