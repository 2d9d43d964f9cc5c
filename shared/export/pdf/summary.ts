import { PRIORITIES, SEVERITIES, type Card, type JourneyMap, type LaneKind } from '../../model';
import { groupCells } from '../../layout/cells';

/**
 * The content of the "Pain points and opportunities" table: every card of a pain-point or
 * opportunity lane, pain points first. Within each kind what the room voted for comes first:
 * most dot votes, then severity (or priority) from highest to unset, then journey order
 * (stage, lane, the layout's order in the cell). Empty cards are left out.
 */

export type SummaryKind = Extract<LaneKind, 'painPoints' | 'opportunities'>;

export interface SummaryRow {
  kind: SummaryKind;
  cardId: string;
  stage: string;
  lane: string;
  text: string;
  /** Severity of a pain point or priority of an opportunity, when set. */
  rating: Card['severity'] | Card['priority'];
  votes: number;
}

const RANK: Record<SummaryKind, readonly string[]> = {
  painPoints: SEVERITIES,
  opportunities: PRIORITIES,
};

export function summaryRows(map: JourneyMap): SummaryRow[] {
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  // Order within a cell as the layout has it (its rule for `order`, not ours).
  const inCell = new Map<string, number>();
  for (const cell of groupCells(map)) cell.forEach((card, i) => inCell.set(card.id, i));
  const rows: (SummaryRow & { position: [number, number, number] })[] = [];
  for (const card of map.cards) {
    const lane = map.lanes[laneIndex.get(card.laneId) ?? -1];
    const stage = map.stages[stageIndex.get(card.stageId) ?? -1];
    if (!lane || !stage || card.text.trim() === '') continue;
    if (lane.kind !== 'painPoints' && lane.kind !== 'opportunities') continue;
    const rating = lane.kind === 'painPoints' ? card.severity : card.priority;
    rows.push({
      kind: lane.kind,
      cardId: card.id,
      stage: stage.name,
      lane: lane.name,
      text: card.text,
      rating,
      votes: card.votes ?? 0,
      position: [
        stageIndex.get(stage.id) ?? 0,
        laneIndex.get(lane.id) ?? 0,
        inCell.get(card.id) ?? 0,
      ],
    });
  }
  const rank = (row: SummaryRow): number =>
    row.rating === undefined ? -1 : RANK[row.kind].indexOf(row.rating);
  rows.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'painPoints' ? -1 : 1) ||
      b.votes - a.votes ||
      rank(b) - rank(a) ||
      a.position[0] - b.position[0] ||
      a.position[1] - b.position[1] ||
      a.position[2] - b.position[2],
  );
  return rows.map(({ position: _position, ...row }) => row);
}
