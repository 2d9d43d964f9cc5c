import { byCellOrder, groupByCell } from '../../shared/grid/cells';
import {
  CARD_FIELDS_BY_KIND,
  orderKeysBetween,
  type Card,
  type JourneyMap,
} from '../../shared/model';
import { byVotes } from '../../shared/ops';

export interface VoteViewOptions {
  readonly sortByVotes: boolean;
  readonly minVotes: number;
}

/** The lanes whose cards take votes (pain points, opportunities). */
export function voteLaneIds(map: JourneyMap): Set<string> {
  return new Set(
    map.lanes.filter((lane) => CARD_FIELDS_BY_KIND[lane.kind].includes('votes')).map((l) => l.id),
  );
}

/**
 * The map as workshop mode shows it: in vote lanes, cards sorted by votes (most first) and
 * those below `minVotes` left out, with their connectors. A view only: the document and its
 * card order stay as they are. Returns `map` itself when there is nothing to change.
 */
export function voteView(map: JourneyMap, options: VoteViewOptions): JourneyMap {
  if (!options.sortByVotes && options.minVotes <= 0) return map;
  const lanes = voteLaneIds(map);
  if (lanes.size === 0) return map;
  const others = map.cards.filter((card) => !lanes.has(card.laneId));
  const voted = map.cards.filter(
    (card) => lanes.has(card.laneId) && (card.votes ?? 0) >= options.minVotes,
  );
  const cells = groupByCell(voted, (card) => card);
  const shown: Card[] = [...others];
  for (const cards of cells.values()) {
    const ordered = options.sortByVotes ? byVotes(cards) : [...cards].sort(byCellOrder);
    // Keys for this view only, in the order shown (the document keeps its own).
    const keys = options.sortByVotes ? orderKeysBetween(null, null, ordered.length) : null;
    ordered.forEach((card, i) => {
      const order = keys ? (keys[i] as string) : card.order;
      shown.push(card.order === order ? card : { ...card, order });
    });
  }
  const ids = new Set(shown.map((card) => card.id));
  const connectors = map.connectors.filter((c) => ids.has(c.from) && ids.has(c.to));
  return { ...map, cards: shown, connectors };
}
