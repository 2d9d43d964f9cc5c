import { byCellOrder } from '../grid/cells';
import type { CellValue } from '../import';
import type { Card, JourneyMap } from '../model';
import { CARD_COLUMNS, type CardRow } from './columns';

/**
 * Every card of the map as a row, stage by stage (the map's stage order), within a stage lane
 * by lane, within a cell in the card order: the order a reader goes through a journey, and
 * the order an import puts the cards back in.
 */
export function cardRows(map: JourneyMap): CardRow[] {
  const stageIndex = new Map(map.stages.map((stage, i) => [stage.id, i]));
  const laneIndex = new Map(map.lanes.map((lane, i) => [lane.id, i]));
  const personaName = new Map(map.personas.map((persona) => [persona.id, persona.name]));
  const cards = map.cards
    .filter((card) => stageIndex.has(card.stageId) && laneIndex.has(card.laneId))
    .sort(
      (a, b) =>
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
        (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
        byCellOrder(a, b),
    );
  return cards.map((card) => {
    const stage = map.stages[stageIndex.get(card.stageId) ?? 0];
    const lane = map.lanes[laneIndex.get(card.laneId) ?? 0];
    return rowOf(card, stage?.name ?? '', lane?.name ?? '', lane?.kind ?? 'text', personaName);
  });
}

function rowOf(
  card: Card,
  stage: string,
  lane: string,
  laneKind: string,
  personaName: ReadonlyMap<string, string>,
): CardRow {
  const row: CardRow = { stage, lane, laneKind, text: card.text };
  if (card.color !== undefined) row.color = card.color;
  if (card.evidence !== undefined) {
    row.evidence = card.evidence.status;
    if (card.evidence.source !== undefined) row.evidenceSource = card.evidence.source;
  }
  if (card.score !== undefined) row.score = card.score;
  // A point of a persona the map no longer has belongs to the map's curve (no name).
  const persona = card.personaId === undefined ? undefined : personaName.get(card.personaId);
  if (persona !== undefined) row.persona = persona;
  if (card.channel !== undefined) row.channel = card.channel;
  if (card.severity !== undefined) row.severity = card.severity;
  if (card.priority !== undefined) row.priority = card.priority;
  if (card.metric !== undefined) {
    row.metricValue = card.metric.value;
    if (card.metric.target !== undefined) row.metricTarget = card.metric.target;
  }
  if (card.votes !== undefined) row.votes = card.votes;
  return row;
}

/** The header row and a row of cells per card, in `CARD_COLUMNS` order (empty: null). */
export function cardTable(map: JourneyMap): CellValue[][] {
  return [
    [...CARD_COLUMNS],
    ...cardRows(map).map((row) => CARD_COLUMNS.map((column) => row[column] ?? null)),
  ];
}
