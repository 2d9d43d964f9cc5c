import { byCellOrder } from '../grid/cells';
import type { JourneyMap } from '../model';
import type { CardInput } from './cardInput';
import type { CellTarget, ConnectorInput } from './cardMoves';
import { idSet, newId } from './ids';
import type { OperationOf } from './operation';

/** What copy puts on the clipboard: cards and the connectors between them. */
export interface Clipboard {
  cards: CardInput[];
  connectors: ConnectorInput[];
}

/**
 * The cards with the given ids, in reading order (lane, stage, order), and the connectors
 * that join two of them.
 */
export function clipboardOf(map: JourneyMap, cardIds: readonly string[]): Clipboard {
  const wanted = new Set(cardIds);
  const lane = new Map(map.lanes.map((l, i) => [l.id, i]));
  const stage = new Map(map.stages.map((s, i) => [s.id, i]));
  const cards = map.cards
    .filter((c) => wanted.has(c.id))
    .sort(
      (a, b) =>
        (lane.get(a.laneId) ?? 0) - (lane.get(b.laneId) ?? 0) ||
        (stage.get(a.stageId) ?? 0) - (stage.get(b.stageId) ?? 0) ||
        byCellOrder(a, b),
    );
  const connectors = map.connectors.filter((c) => wanted.has(c.from) && wanted.has(c.to));
  return { cards, connectors };
}

/**
 * An `insertCards` operation for clipboard content, with a fresh id for every card and
 * connector (so the editor knows the pasted ids and can select them), references remapped.
 * `makeId` is for tests; it must return ids the map does not use.
 */
export function preparePaste(
  map: JourneyMap,
  clipboard: Clipboard,
  target?: CellTarget,
  makeId: (prefix: string, taken: ReadonlySet<string>) => string = newId,
): OperationOf<'insertCards'> {
  const cardIds = idSet(map.cards);
  const connectorIds = idSet(map.connectors);
  const idMap = new Map<string, string>();
  const cards = clipboard.cards.map((card) => {
    const id = makeId('card', cardIds);
    cardIds.add(id);
    idMap.set(card.id, id);
    return { ...card, id };
  });
  const connectors = clipboard.connectors.flatMap((c) => {
    const from = idMap.get(c.from);
    const to = idMap.get(c.to);
    if (!from || !to) return [];
    const id = makeId('connector', connectorIds);
    connectorIds.add(id);
    return [{ ...c, id, from, to }];
  });
  return { type: 'insertCards', cards, connectors, ...(target ? { target } : {}) };
}
