import type { JourneyMap } from '../../shared/model';
import { idSet, newId, positionInCell, preparePaste, type CellTarget } from '../../shared/ops';
import type { EditorState } from '../store';
import type { PastedContent } from './clipboardFormat';

/**
 * Where pasted cards go: after the selected card in its cell, else at the end of the active
 * cell, else (nothing chosen) each into its own cell when this map has it all.
 */
export function pasteTarget(state: EditorState): CellTarget | undefined {
  const { doc, selection, cursor } = state;
  if (!doc) return undefined;
  if (selection.kind === 'cards') {
    const last = selection.ids[selection.ids.length - 1];
    const card = doc.cards.find((c) => c.id === last);
    if (card) {
      const index = positionInCell(doc.cards, card) + 1;
      return { laneId: card.laneId, stageId: card.stageId, index };
    }
  }
  return cursor ? { laneId: cursor.laneId, stageId: cursor.stageId } : undefined;
}

function firstCell(map: JourneyMap): CellTarget | undefined {
  const lane = map.lanes[0];
  const stage = map.stages[0];
  return lane && stage ? { laneId: lane.id, stageId: stage.id } : undefined;
}

function hasCells(map: JourneyMap, cells: readonly { laneId: string; stageId: string }[]): boolean {
  const lanes = idSet(map.lanes);
  const stages = idSet(map.stages);
  return cells.every((c) => lanes.has(c.laneId) && stages.has(c.stageId));
}

/** Pastes cards or lines of text into the document as one step; returns the new cards' ids. */
export function pasteContent(state: EditorState, content: PastedContent): string[] {
  const { doc } = state;
  if (!doc || content.kind === 'refused') return [];
  let target = pasteTarget(state);
  if (content.kind === 'lines') {
    target ??= firstCell(doc);
    if (!target) return [];
    const taken = idSet(doc.cards);
    const cell = target;
    const cards = content.lines.map((text) => {
      const id = newId('card', taken);
      taken.add(id);
      return { id, laneId: cell.laneId, stageId: cell.stageId, text };
    });
    state.apply({ type: 'insertCards', cards, target });
    return cards.map((c) => c.id);
  }
  if (!target && !hasCells(doc, content.clipboard.cards)) target = firstCell(doc);
  const op = preparePaste(doc, content.clipboard, target);
  if (!state.apply(op)) return [];
  return op.cards.map((c) => c.id);
}
