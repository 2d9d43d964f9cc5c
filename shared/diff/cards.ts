import type { Card, JourneyMap } from '../model';
import { compareOrder, differingFields } from './fields';
import { byId, mergedOrder } from './records';
import { movedIds } from './sequence';
import type { CardPlace, MapChange } from './types';
import { addTo } from './groups';

/** A card's position is its cell and order; those come out as moves, not field changes. */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['id', 'laneId', 'stageId', 'order']);

const cellKey = (card: Pick<Card, 'laneId' | 'stageId'>): string =>
  `${card.laneId}\u0000${card.stageId}`;

/**
 * The changes of the cards, in reading order: stage by stage, lane by lane within a stage,
 * then by position in the cell (removed cards where they were). A card that changed cell, or
 * changed position among the cards that stayed in its cell, is moved; renumbering the other
 * cards of a cell after an insert or a delete is not a move.
 */
export function diffCards(before: JourneyMap, after: JourneyMap): MapChange[] {
  const oldPlaces = placesOf(before.cards);
  const nowPlaces = placesOf(after.cards);
  const reordered = reorderedInCells(before.cards, after.cards, oldPlaces, nowPlaces);
  const old = byId(before.cards);
  const now = byId(after.cards);
  const rank = readingRank(before, after);
  const ids = [...new Set([...now.keys(), ...old.keys()])];
  const sortKey = new Map(
    ids.map((id) => [id, rank(nowPlaces.get(id) ?? oldPlaces.get(id))] as const),
  );
  ids.sort((a, b) => compareRanks(sortKey.get(a), sortKey.get(b)));

  const changes: MapChange[] = [];
  for (const id of ids) {
    const was = old.get(id);
    const is = now.get(id);
    if (!was && is) changes.push({ type: 'added', kind: 'card', id, record: is });
    else if (was && !is) changes.push({ type: 'removed', kind: 'card', id, record: was });
    else if (was && is) {
      const from = oldPlaces.get(id);
      const to = nowPlaces.get(id);
      if (from && to && (cellKey(from) !== cellKey(to) || reordered.has(id))) {
        changes.push({ type: 'moved', kind: 'card', id, from, to });
      }
      for (const difference of differingFields(was, is, PLACE_FIELDS)) {
        changes.push({ type: 'changed', kind: 'card', id, ...difference });
      }
    }
  }
  return changes;
}

/** Each card's cell and position in it: by `order`, ties in document order. */
export function placesOf(cards: readonly Card[]): Map<string, CardPlace> {
  const cells = new Map<string, { card: Card; at: number }[]>();
  cards.forEach((card, at) => {
    const key = cellKey(card);
    const cell = cells.get(key) ?? [];
    cell.push({ card, at });
    cells.set(key, cell);
  });
  const places = new Map<string, CardPlace>();
  for (const cell of cells.values()) {
    cell.sort((a, b) => compareOrder(a.card.order, b.card.order) || a.at - b.at);
    cell.forEach(({ card }, index) => {
      const { laneId, stageId, order } = card;
      places.set(card.id, { laneId, stageId, order, index });
    });
  }
  return places;
}

/** Cards that stayed in their cell but changed position among the others that stayed. */
function reorderedInCells(
  before: readonly Card[],
  after: readonly Card[],
  oldPlaces: ReadonlyMap<string, CardPlace>,
  nowPlaces: ReadonlyMap<string, CardPlace>,
): Set<string> {
  const stayed = (card: Card): boolean => {
    const other = nowPlaces.get(card.id);
    return other !== undefined && cellKey(other) === cellKey(card);
  };
  const sequences = (cards: readonly Card[], places: ReadonlyMap<string, CardPlace>) => {
    const cells = new Map<string, string[]>();
    for (const card of cards.filter(stayed)) {
      const key = cellKey(card);
      addTo(cells, key, card.id);
    }
    for (const list of cells.values()) {
      list.sort((a, b) => (places.get(a)?.index ?? 0) - (places.get(b)?.index ?? 0));
    }
    return cells;
  };
  const oldCells = sequences(before, oldPlaces);
  const nowCells = sequences(
    after.filter((card) => oldPlaces.has(card.id)),
    nowPlaces,
  );
  const moved = new Set<string>();
  for (const [key, list] of oldCells) {
    for (const id of movedIds(list, nowCells.get(key) ?? [])) moved.add(id);
  }
  return moved;
}

type Rank = readonly [number, number, number];

/** Stage rank, lane rank, position in cell: stages and lanes in the merged old/new order. */
function readingRank(before: JourneyMap, after: JourneyMap): (place?: CardPlace) => Rank {
  const stageRank = rankOf(before.stages, after.stages);
  const laneRank = rankOf(before.lanes, after.lanes);
  return (place) =>
    place
      ? [stageRank.get(place.stageId) ?? -1, laneRank.get(place.laneId) ?? -1, place.index]
      : [-1, -1, -1];
}

function rankOf(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
): Map<string, number> {
  const order = mergedOrder(
    before.map((r) => r.id),
    after.map((r) => r.id),
  );
  return new Map(order.map((id, index) => [id, index]));
}

function compareRanks(a: Rank | undefined, b: Rank | undefined): number {
  if (!a || !b) return 0;
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
