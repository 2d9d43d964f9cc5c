import type { JourneyMap } from '../../shared/model';

/** What the inspector shows and what Delete, Copy and the arrows act on. */
export type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'cards'; readonly ids: readonly string[] }
  | { readonly kind: 'stage'; readonly id: string }
  | { readonly kind: 'lane'; readonly id: string }
  | { readonly kind: 'connector'; readonly id: string };

import type { CellRef } from '../../shared/grid/cells';

export type { CellRef };

export const NO_SELECTION: Selection = { kind: 'none' };

export function selectedCardIds(selection: Selection): readonly string[] {
  return selection.kind === 'cards' ? selection.ids : [];
}

/** The selection with everything the map no longer has left out. */
export function keepExisting(selection: Selection, map: JourneyMap | null): Selection {
  if (!map) return NO_SELECTION;
  switch (selection.kind) {
    case 'none':
      return selection;
    case 'cards': {
      const ids = new Set(map.cards.map((c) => c.id));
      const kept = selection.ids.filter((id) => ids.has(id));
      if (kept.length === selection.ids.length) return selection;
      return kept.length > 0 ? { kind: 'cards', ids: kept } : NO_SELECTION;
    }
    case 'stage':
      return map.stages.some((s) => s.id === selection.id) ? selection : NO_SELECTION;
    case 'lane':
      return map.lanes.some((l) => l.id === selection.id) ? selection : NO_SELECTION;
    case 'connector':
      return map.connectors.some((c) => c.id === selection.id) ? selection : NO_SELECTION;
  }
}

/** The cell if the map still has its lane and stage. */
export function keepCell(cell: CellRef | null, map: JourneyMap | null): CellRef | null {
  if (!cell || !map) return null;
  const exists =
    map.lanes.some((l) => l.id === cell.laneId) && map.stages.some((s) => s.id === cell.stageId);
  return exists ? cell : null;
}
