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

/** One line of the ranking: a card, its rank (ties share one) and where it is. */
export interface RankedCard {
  readonly card: Card;
  readonly rank: number;
  readonly laneName: string;
  readonly stageName: string;
}

/**
 * The most-voted cards across the whole map, most first (ties share a rank; in a tie the
 * card earlier in its cell first): what a facilitator reads out at the end of a session.
 */
export function voteRanking(map: JourneyMap): RankedCard[] {
  const lanes = voteLaneIds(map);
  const voted = byVotes(map.cards.filter((c) => lanes.has(c.laneId) && (c.votes ?? 0) > 0));
  const laneName = new Map(map.lanes.map((l) => [l.id, l.name]));
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  // Equal votes: in journey order (stage, then as byVotes left them).
  const ordered = voted
    .map((card, i) => ({ card, i }))
    .sort(
      (a, b) =>
        (b.card.votes ?? 0) - (a.card.votes ?? 0) ||
        (stageIndex.get(a.card.stageId) ?? 0) - (stageIndex.get(b.card.stageId) ?? 0) ||
        a.i - b.i,
    );
  return ordered.map(({ card }) => ({
    card,
    rank: 1 + voted.filter((other) => (other.votes ?? 0) > (card.votes ?? 0)).length,
    laneName: laneName.get(card.laneId) ?? '',
    stageName: stageName.get(card.stageId) ?? '',
  }));
}
