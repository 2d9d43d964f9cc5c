import { current, isDraft } from 'immer';
import { byCellOrder, cellKey, inCell } from '../grid/cells';
import {
  assignOrderKeys,
  compareOrderKeys,
  ConnectorSchema,
  LIMITS,
  type Card,
  type Connector,
} from '../model';
import { fitNewCard, type CardInput } from './cardInput';
import { cardsById } from './cards';
import { cellCards, rekey } from './cells';
import { peek, type CardDraft, type MapDraft } from './draft';
import { idSet, uniqueId } from './ids';
import { fitIndex, fitName } from './sanitize';

/** A connector as the clipboard holds it (`kind` may be absent: a flow). */
export type ConnectorInput = Omit<Connector, 'kind'> & { kind?: Connector['kind'] };

/** A cell to put cards in; `index` is the position among the cell's other cards. */
export interface CellTarget {
  laneId: string;
  stageId: string;
  index?: number;
}

/** Moving, duplicating and pasting cards: the operations that change cells and orders. */
export type CardPlacementOperation =
  /**
   * Moves the cards (one, or a multi-selection) into one cell, together and in the order of
   * `cardIds`, at `index` among the cell's other cards (default: the end). Reordering inside
   * a cell is a move to the same cell. Missing ids are skipped; a missing cell is a no-op.
   */
  | ({ type: 'moveCards'; cardIds: readonly string[] } & CellTarget)
  /**
   * Copies each card right after itself, with the ids in `newIds` (same order as `cardIds`;
   * an id that is missing or taken is replaced by `uniqueId`). Connectors between copied
   * cards are copied too.
   */
  | { type: 'duplicateCards'; cardIds: readonly string[]; newIds: readonly string[] }
  /**
   * Pastes cards and the connectors between them. With `target` all cards go into that cell
   * in the given order; without it each goes to the end of its own cell (cards whose cell
   * does not exist are dropped). Ids that collide are replaced deterministically
   * (`uniqueId`); use `preparePaste` to give them fresh ids beforehand and know them.
   * Connectors are kept only when both ends are among the pasted cards.
   */
  | {
      type: 'insertCards';
      cards: readonly CardInput[];
      connectors?: readonly ConnectorInput[];
      target?: CellTarget;
    };

export function applyCardPlacementOperation(map: MapDraft, op: CardPlacementOperation): void {
  switch (op.type) {
    case 'moveCards':
      moveCards(map, op.cardIds, op);
      return;
    case 'duplicateCards':
      duplicateCards(map, op.cardIds, op.newIds);
      return;
    case 'insertCards':
      insertCards(map, op.cards, op.connectors ?? [], op.target);
      return;
  }
}

function cellExists(map: MapDraft, laneId: string, stageId: string): boolean {
  return map.lanes.some((l) => l.id === laneId) && map.stages.some((s) => s.id === stageId);
}

/**
 * Works on one plain snapshot (indices into the card list) and drafts only the moving cards:
 * the target cell's other cards keep their keys, the moving ones get keys between their new
 * neighbours. On a map of thousands of cards a drag stays cheap.
 */
function moveCards(map: MapDraft, cardIds: readonly string[], target: CellTarget): void {
  if (!cellExists(map, target.laneId, target.stageId)) return;
  const cards = peek(map.cards as Card[]);
  const indexOf = new Map(cards.map((c, i) => [c.id, i]));
  const moving = [...new Set(cardIds)].flatMap((id) => {
    const index = indexOf.get(id);
    return index === undefined ? [] : [index];
  });
  if (moving.length === 0) return;
  const movingSet = new Set(moving);
  // The target cell in its current order, moving cards left out, then the movers spliced in.
  const rest: number[] = [];
  const inTarget = inCell(target);
  cards.forEach((card, index) => {
    if (!movingSet.has(index) && inTarget(card)) rest.push(index);
  });
  rest.sort((a, b) => byCellOrder(cards[a] as Card, cards[b] as Card));
  rest.splice(fitIndex(target.index, rest.length), 0, ...moving);
  const keys = assignOrderKeys(
    rest.map((index) => (cards[index] as Card).order),
    new Set(rest.flatMap((index, position) => (movingSet.has(index) ? [position] : []))),
  );
  rest.forEach((index, position) => {
    const key = keys[position] as string;
    const before = cards[index] as Card;
    const moves = movingSet.has(index);
    if (!moves && before.order === key) return;
    const card = map.cards[index];
    if (!card) return;
    if (moves && card.laneId !== target.laneId) card.laneId = target.laneId;
    if (moves && card.stageId !== target.stageId) card.stageId = target.stageId;
    if (card.order !== key) card.order = key;
  });
}

/** Copies of the connectors that join two cards of `idMap`'s keys, re-id'd and re-ended. */
function copyConnectors(
  map: MapDraft,
  connectors: readonly ConnectorInput[],
  idMap: ReadonlyMap<string, string>,
): Connector[] {
  const taken = idSet(peek(map.connectors));
  const pairs = new Set(peek(map.connectors).map((c) => `${c.from}\u0000${c.to}`));
  const copies: Connector[] = [];
  for (const input of connectors) {
    const from = idMap.get(input.from);
    const to = idMap.get(input.to);
    const pair = `${from}\u0000${to}`;
    if (!from || !to || from === to || pairs.has(pair)) continue;
    if (map.connectors.length + copies.length >= LIMITS.connectors) break;
    const id = uniqueId(input.id, taken);
    const parsed = ConnectorSchema.safeParse({
      id,
      from,
      to,
      kind: input.kind ?? 'flow',
      ...(input.label === undefined ? {} : { label: fitName(input.label) }),
    });
    if (!parsed.success) continue;
    taken.add(id);
    pairs.add(pair);
    copies.push(parsed.data);
  }
  return copies;
}

function duplicateCards(
  map: MapDraft,
  cardIds: readonly string[],
  newIds: readonly string[],
): void {
  const originals = cardsById(map, cardIds);
  if (originals.length === 0 || map.cards.length + originals.length > LIMITS.cards) return;
  const taken = idSet(peek(map.cards));
  const idMap = new Map<string, string>();
  cardIds.forEach((id, i) => {
    if (idMap.has(id) || !originals.some((c) => c.id === id)) return;
    const wanted = newIds[i];
    const newCardId = wanted && !taken.has(wanted) ? wanted : uniqueId(id, taken);
    taken.add(newCardId);
    idMap.set(id, newCardId);
  });
  const cells = new Map<string, CardDraft[]>();
  const copies = new Set<CardDraft>();
  for (const original of originals) {
    const key = cellKey(original);
    let cell = cells.get(key);
    if (!cell) {
      cell = cellCards(map, original.laneId, original.stageId);
      cells.set(key, cell);
    }
    const snapshot: Card = isDraft(original) ? current(original) : original;
    const copy = { ...snapshot, id: idMap.get(original.id) ?? original.id };
    map.cards.push(copy);
    const added = map.cards[map.cards.length - 1];
    if (added) {
      cell.splice(cell.indexOf(original) + 1, 0, added);
      copies.add(added);
    }
  }
  for (const cell of cells.values()) rekey(cell, copies);
  map.connectors.push(...copyConnectors(map, peek(map.connectors), idMap));
}

function insertCards(
  map: MapDraft,
  inputs: readonly CardInput[],
  connectors: readonly ConnectorInput[],
  target: CellTarget | undefined,
): void {
  if (target && !cellExists(map, target.laneId, target.stageId)) return;
  const taken = idSet(peek(map.cards));
  const idMap = new Map<string, string>();
  const placed: { card: Card; position: number; key: string | undefined }[] = [];
  inputs.forEach((input, position) => {
    if (idMap.has(input.id) || map.cards.length + placed.length >= LIMITS.cards) return;
    const cell = target ?? input;
    if (!cellExists(map, cell.laneId, cell.stageId)) return;
    const id = uniqueId(input.id, taken);
    const card = fitNewCard(map, { ...input, laneId: cell.laneId, stageId: cell.stageId }, id);
    if (!card) return;
    taken.add(id);
    idMap.set(input.id, id);
    placed.push({ card, position, key: target ? undefined : input.order });
  });
  if (placed.length === 0) return;
  // Cards of one cell keep their relative order (by the keys they came with, else as given);
  // without a target they go to the cell's end.
  placed.sort(
    (a, b) =>
      (a.key !== undefined && b.key !== undefined ? compareOrderKeys(a.key, b.key) : 0) ||
      a.position - b.position,
  );
  const cells = new Map<string, { cell: CardDraft[]; at: number }>();
  const added = new Set<CardDraft>();
  for (const { card } of placed) {
    const key = cellKey(card);
    let entry = cells.get(key);
    if (!entry) {
      const cell = cellCards(map, card.laneId, card.stageId);
      entry = { cell, at: target ? fitIndex(target.index, cell.length) : cell.length };
      cells.set(key, entry);
    }
    map.cards.push(card);
    const draft = map.cards[map.cards.length - 1];
    if (draft) {
      entry.cell.splice(entry.at++, 0, draft);
      added.add(draft);
    }
  }
  for (const { cell } of cells.values()) rekey(cell, added);
  map.connectors.push(...copyConnectors(map, connectors, idMap));
}
