import { mergedOrder } from '../diff/records';
import { placesOf } from '../diff';
import { assignOrderKeys, type Card, type JourneyMap } from '../model';

/**
 * The new map with the old map's removed records put back where they were, so that a compare
 * view can draw them as ghosts: removed stages and lanes at their old place among the
 * others, removed cards in their old cell at their old position, removed personas (their
 * emotion points), connectors and notes. Every other record is the new map's own. Pure;
 * neither map changes. Removed ids never clash with the new map's (they are not in it).
 */
export function ghostMap(before: JourneyMap, after: JourneyMap): JourneyMap {
  const stages = unionList(before.stages, after.stages);
  const lanes = unionList(before.lanes, after.lanes);
  const personas = unionList(before.personas, after.personas);
  const nowIds = new Set(after.cards.map((card) => card.id));
  const ghosts = before.cards.filter((card) => !nowIds.has(card.id));
  const cards = ghosts.length === 0 ? after.cards : withGhostCards(before, after, ghosts);
  const cardIds = new Set(cards.map((card) => card.id));
  const connectors = [
    ...after.connectors,
    ...removedOf(before.connectors, after.connectors).filter(
      (c) => cardIds.has(c.from) && cardIds.has(c.to),
    ),
  ];
  const notes = [...after.notes, ...removedOf(before.notes, after.notes)];
  return { ...after, stages, lanes, personas, cards, connectors, notes };
}

/** The new list, with each record only the old one has after the record it followed there. */
function unionList<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  if (removedOf(before, after).length === 0) return [...after];
  const all = new Map([...before, ...after].map((record) => [record.id, record]));
  // Records in both lists come from `after` (the Map keeps the later entry).
  return mergedOrder(
    before.map((r) => r.id),
    after.map((r) => r.id),
  ).flatMap((id) => {
    const record = all.get(id);
    return record ? [record] : [];
  });
}

function removedOf<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const now = new Set(after.map((record) => record.id));
  return before.filter((record) => !now.has(record.id));
}

/**
 * Every card of the new map in its place, and each removed card at its old position in its
 * old cell among the cards there now. Ghosts get new order keys between their neighbours,
 * because their old keys mean nothing among the new map's.
 */
function withGhostCards(before: JourneyMap, after: JourneyMap, ghosts: readonly Card[]): Card[] {
  const nowPlaces = placesOf(after.cards);
  const oldPlaces = placesOf(before.cards);
  const cells = new Map<string, Card[]>();
  const cellKey = (card: Card): string => `${card.laneId}\u0000${card.stageId}`;
  const sorted = [...after.cards].sort(
    (a, b) => (nowPlaces.get(a.id)?.index ?? 0) - (nowPlaces.get(b.id)?.index ?? 0),
  );
  for (const card of sorted) cells.set(cellKey(card), [...(cells.get(cellKey(card)) ?? []), card]);
  const byOldIndex = [...ghosts].sort(
    (a, b) => (oldPlaces.get(a.id)?.index ?? 0) - (oldPlaces.get(b.id)?.index ?? 0),
  );
  for (const ghost of byOldIndex) {
    const cell = cells.get(cellKey(ghost)) ?? [];
    const at = Math.min(oldPlaces.get(ghost.id)?.index ?? cell.length, cell.length);
    cell.splice(at, 0, ghost);
    cells.set(cellKey(ghost), cell);
  }
  // The new map's cards keep their keys; each ghost gets a key between its neighbours.
  const ghostIds = new Set(ghosts.map((ghost) => ghost.id));
  return [...cells.values()].flatMap((cell) => {
    const keys = assignOrderKeys(
      cell.map((card) => (ghostIds.has(card.id) ? undefined : card.order)),
    );
    return cell.map((card, index) => ({ ...card, order: keys[index] ?? card.order }));
  });
}
