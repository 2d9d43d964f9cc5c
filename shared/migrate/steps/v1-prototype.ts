import type { LooseDoc, Migration } from '../migration';

/**
 * Version 0 is the format of the early prototype: `name`/`summary`/`type` instead of
 * `title`/`description`/`mapType`; `columns` and `rows` with a `label` instead of stages
 * and lanes with a `name`; `items` placed by `row`/`column` with `content` and an emotion
 * `mood` from 1 (very negative) to 5 (very positive), in file order, with no `order`; one
 * optional `persona` with `frustrations`; `links` without ids. Version 1 is the first
 * format of Journey Studio.
 */
export const prototypeToV1: Migration = {
  version: 1,
  description: 'prototype format (version 0) to the first Journey Studio format',
  up(doc) {
    const { name, summary, type, persona, columns, rows, items, links, ...rest } = doc;
    const out: LooseDoc = { ...rest, version: 1, title: name };
    if (summary !== undefined) out.description = summary;
    if (type !== undefined) out.mapType = MAP_TYPES[String(type)] ?? type;
    if (persona !== undefined) out.personas = [migratePersona(persona)];
    out.stages = mapList(columns, (column) => renameKeys(column, { label: 'name' }));
    out.lanes = mapList(rows, migrateRow);
    out.cards = migrateItems(items);
    out.connectors = mapList(links, (link, index) => ({ id: `link-${index + 1}`, ...link }));
    return out;
  },
};

const MAP_TYPES: Record<string, string> = {
  current: 'currentState',
  future: 'futureState',
  'day-in-life': 'dayInTheLife',
  blueprint: 'serviceBlueprint',
};

const ROW_KINDS: Record<string, string> = {
  doing: 'actions',
  touchpoint: 'touchpoints',
  channel: 'channels',
  thinking: 'thoughts',
  feeling: 'emotions',
  pain: 'painPoints',
  idea: 'opportunities',
  kpi: 'kpis',
  owner: 'owners',
  note: 'text',
};

/** The middle of the prototype's 1…5 mood scale; version 1 scores run −2…+2. */
const MOOD_NEUTRAL = 3;

function isRecord(value: unknown): value is LooseDoc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Maps the records of a list; anything that is not a list of records passes through. */
function mapList(value: unknown, map: (record: LooseDoc, index: number) => unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown, index) => (isRecord(item) ? map(item, index) : item));
}

function renameKeys(record: LooseDoc, names: Record<string, string>): LooseDoc {
  const out: LooseDoc = {};
  for (const [key, value] of Object.entries(record)) {
    Object.defineProperty(out, names[key] ?? key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function migratePersona(persona: unknown): unknown {
  if (!isRecord(persona)) return persona;
  return { id: 'persona-1', ...renameKeys(persona, { frustrations: 'pains' }) };
}

function migrateRow(row: LooseDoc): LooseDoc {
  const { type, ...rest } = row;
  const lane = renameKeys(rest, { label: 'name' });
  lane.kind = typeof type === 'string' ? (ROW_KINDS[type] ?? type) : type;
  return lane;
}

/** Items become cards; their place in the file gives their order within a cell. */
function migrateItems(items: unknown): unknown {
  const perCell = new Map<string, number>();
  return mapList(items, (item) => {
    const { mood, ...rest } = item;
    const card = renameKeys(rest, { row: 'laneId', column: 'stageId', content: 'text' });
    const cell = `${String(card.laneId)}\u0000${String(card.stageId)}`;
    const order = perCell.get(cell) ?? 0;
    perCell.set(cell, order + 1);
    card.order = order;
    if (mood !== undefined) card.score = typeof mood === 'number' ? mood - MOOD_NEUTRAL : mood;
    return card;
  });
}
