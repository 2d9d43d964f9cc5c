import {
  isOrderKey,
  JourneyMapSchema,
  measurementSlot,
  RECORD_LISTS,
  type JourneyMap,
} from '../model';
import { workshopProblems } from './voteTally';

/**
 * What every operation keeps true of a document, as a list of problems (empty: all well).
 * Used by the tests after every operation, and usable as a debug check in the store.
 *
 * - the map passes `JourneyMapSchema` (types, ranges such as emotion scores −2…+2, limits);
 * - ids are unique within each collection;
 * - every card's lane and stage exist, its persona (if any) exists;
 * - every connector joins two different existing cards;
 * - card `order` keys are valid fractional-indexing keys, distinct within each cell;
 * - every measurement's metric and stage exist, one value per metric, stage and date;
 * - a voting session's votes are for existing cards and within the counts (`workshopProblems`).
 */
export function checkInvariants(map: JourneyMap): string[] {
  const problems: string[] = [];
  const parsed = JourneyMapSchema.safeParse(map);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
    }
  }
  for (const name of RECORD_LISTS) {
    const seen = new Set<string>();
    for (const { id } of map[name]) {
      if (seen.has(id)) problems.push(`${name}: duplicate id ${id}`);
      seen.add(id);
    }
  }
  const stages = new Set(map.stages.map((s) => s.id));
  const lanes = new Set(map.lanes.map((l) => l.id));
  const personas = new Set(map.personas.map((p) => p.id));
  const cards = new Set(map.cards.map((c) => c.id));
  const cells = new Map<string, Set<string>>();
  for (const card of map.cards) {
    if (!lanes.has(card.laneId)) problems.push(`card ${card.id}: no lane ${card.laneId}`);
    if (!stages.has(card.stageId)) problems.push(`card ${card.id}: no stage ${card.stageId}`);
    if (card.personaId !== undefined && !personas.has(card.personaId)) {
      problems.push(`card ${card.id}: no persona ${card.personaId}`);
    }
    const key = `${card.laneId} × ${card.stageId}`;
    const orders = cells.get(key) ?? new Set<string>();
    cells.set(key, orders);
    if (!isOrderKey(card.order)) problems.push(`card ${card.id}: bad order key ${card.order}`);
    if (orders.has(card.order)) problems.push(`cell ${key}: order key ${card.order} twice`);
    orders.add(card.order);
  }
  for (const c of map.connectors) {
    if (!cards.has(c.from)) problems.push(`connector ${c.id}: no card ${c.from}`);
    if (!cards.has(c.to)) problems.push(`connector ${c.id}: no card ${c.to}`);
    if (c.from === c.to) problems.push(`connector ${c.id}: joins card ${c.from} to itself`);
  }
  const metrics = new Set(map.metrics.map((m) => m.id));
  const slots = new Set<string>();
  for (const m of map.measurements) {
    if (!metrics.has(m.metricId)) problems.push(`measurement ${m.id}: no metric ${m.metricId}`);
    if (!stages.has(m.stageId)) problems.push(`measurement ${m.id}: no stage ${m.stageId}`);
    const slot = measurementSlot(m);
    if (slots.has(slot)) problems.push(`measurement ${m.id}: a second value for its date`);
    slots.add(slot);
  }
  problems.push(...workshopProblems(map));
  return problems;
}
