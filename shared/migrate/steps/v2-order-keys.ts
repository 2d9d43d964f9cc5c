import { orderKeysBetween } from '../../model/orderKey';
import type { LooseDoc, Migration } from '../migration';

/**
 * Version 1 numbered the cards of a cell 0, 1, 2 … in `order`, so inserting a card
 * renumbered every card after it, and two people's edits to one cell touched the same lines.
 * Version 2 gives each card a fractional key (`a0`, `a1` … ; see `model/orderKey.ts`): an
 * insertion adds one key between two others. The keys follow the old numbers within each
 * cell (ties and numbers that were never valid, such as 1.5 or NaN, sort as version 1's
 * loader sorted them: by value, NaN last, then file order). An `order` that is not a number
 * passes through, for the loader to report.
 */
export const orderKeysV2: Migration = {
  version: 2,
  description: 'integer card order within a cell to fractional order keys',
  up(doc) {
    const cards = doc.cards;
    if (!Array.isArray(cards)) return { ...doc, version: 2 };
    const cells = new Map<string, { index: number; order: number }[]>();
    cards.forEach((card: unknown, index) => {
      if (!isRecord(card) || typeof card.order !== 'number') return;
      const cell = `${String(card.laneId)}\u0000${String(card.stageId)}`;
      const order = Number.isNaN(card.order) ? Number.POSITIVE_INFINITY : card.order;
      const list = cells.get(cell);
      if (list) list.push({ index, order });
      else cells.set(cell, [{ index, order }]);
    });
    const out: unknown[] = [...cards];
    for (const cell of cells.values()) {
      cell.sort((a, b) => a.order - b.order || a.index - b.index);
      orderKeysBetween(null, null, cell.length).forEach((key, position) => {
        const { index } = cell[position] as { index: number };
        out[index] = { ...(cards[index] as LooseDoc), order: key };
      });
    }
    return { ...doc, version: 2, cards: out };
  },
};

function isRecord(value: unknown): value is LooseDoc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
