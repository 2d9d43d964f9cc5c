import { generateNKeysBetween } from 'fractional-indexing';
import { isRtlLanguage } from '../i18n/languages';
import { readTable, type ReadTableOptions } from '../import/readTable';
import { normaliseStageName } from '../import/stageMatch';
import { loadMapValue, type Problem } from '../load';
import { CURRENT_VERSION, FORMAT, LIMITS, type Card, type JourneyMap } from '../model';
import { newId, type OperationOf } from '../ops';
import type { CardInput } from '../ops/cardInput';
import type { CardColumn } from './columns';
import { findColumns } from './headers';
import { cardsProblem, fromImportProblem, type CardsProblem } from './problems';
import { MAX_LISTED, readCardRows, type ReadRow } from './readRows';

/** Where a field's column is in the file: its index and its name in the header row. */
export type ColumnPlaces = Partial<Record<CardColumn, { columnIndex: number; header: string }>>;

export type CardsTableRead =
  | { ok: true; rows: ReadRow[]; columns: ColumnPlaces; warnings: CardsProblem[] }
  | { ok: false; problems: CardsProblem[] };

/**
 * A CSV, TSV or XLSX file as card rows: `readTable` (delimiter, BOM, code page, quoted line
 * breaks; a workbook told by its content), then the header row (`headers.ts`), then every
 * cell (`readRows.ts`). Any error stops it; nothing is half-read.
 */
export async function readCardsTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): Promise<CardsTableRead> {
  const read = await readTable(bytes, fileName, options);
  if (!read.ok) return { ok: false, problems: read.problems.map(fromImportProblem) };
  const { table } = read;
  const found = findColumns(table.headers, table.headerRow);
  if (!found.ok) return found;
  const rows = readCardRows(table, found.columns);
  if (!rows.ok) return rows;
  const columns: ColumnPlaces = {};
  for (const [column, columnIndex] of Object.entries(found.columns) as [CardColumn, number][]) {
    columns[column] = { columnIndex, header: table.headers[columnIndex] ?? column };
  }
  return {
    ok: true,
    rows: rows.rows,
    columns,
    warnings: [...read.warnings.map(fromImportProblem), ...found.warnings],
  };
}

/** Names as matched: `normaliseStageName` (trimmed, case and white space folded). */
const nameKey = normaliseStageName;

export interface NewMapOptions {
  /** The map's title (the CLI and the app use the file's name). */
  title: string;
  /** The map's content language (BCP 47); a right-to-left one makes an `rtl` map. */
  language?: string;
}

export type CardsMapImport =
  { ok: true; map: JourneyMap; warnings: CardsProblem[] } | { ok: false; problems: CardsProblem[] };

/**
 * A new map from card rows: stages, lanes and personas in the order the rows first name them
 * (matched by name, trimmed and case-insensitive), each lane of the kind its first row with a
 * kind gives (`text` when none does), cards in row order within their cells. The map is built
 * as plain data and passes the loader gate like any file.
 */
export function rowsToNewMap(rows: readonly ReadRow[], options: NewMapOptions): CardsMapImport {
  const warnings: CardsProblem[] = [];
  const stages = new Named('stage');
  const lanes = new Named('lane');
  const personas = new Named('persona');
  const laneKinds = new Map<string, { kind: string; row: number }>();
  // Cards grouped by cell (in the order cells are first met), each with its row number.
  const cells = new Map<string, { card: Record<string, unknown>; row: number }[]>();
  for (const row of rows) {
    const stageId = stages.idOf(row.stage);
    const laneId = lanes.idOf(row.lane);
    if (row.laneKind !== '') {
      const set = laneKinds.get(laneId);
      if (!set) laneKinds.set(laneId, { kind: row.laneKind, row: row.row });
      else if (set.kind !== row.laneKind) {
        const params = { lane: row.lane, kind: row.laneKind, used: set.kind, first: set.row };
        warnings.push(cardsProblem('laneKindConflict', { row: row.row }, params));
      }
    }
    const personaId = row.persona === undefined ? undefined : personas.idOf(row.persona);
    const key = `${stageId}\u0000${laneId}`;
    const cell = cells.get(key) ?? [];
    cells.set(key, cell);
    cell.push({ card: { ...cardFields(row, personaId), stageId, laneId }, row: row.row });
  }
  const cards: Record<string, unknown>[] = [];
  const cardRowNumbers: number[] = [];
  for (const cell of cells.values()) {
    const keys = generateNKeysBetween(null, null, cell.length);
    cell.forEach(({ card, row }, i) => {
      cards.push({ id: `card-${cards.length + 1}`, ...card, order: keys[i] });
      cardRowNumbers.push(row);
    });
  }
  const input = {
    format: FORMAT,
    version: CURRENT_VERSION,
    title: options.title,
    description: '',
    language: options.language ?? 'en',
    direction: isRtlLanguage(options.language ?? 'en') ? 'rtl' : 'ltr',
    personas: personas.list().map(({ id, name }) => ({ id, name })),
    stages: stages.list().map(({ id, name }) => ({ id, name })),
    lanes: lanes.list().map(({ id, name }) => ({
      id,
      name,
      kind: laneKinds.get(id)?.kind ?? 'text',
    })),
    cards,
  };
  const loaded = loadMapValue(input);
  if (!loaded.ok) {
    return { ok: false, problems: loaded.errors.map((p) => gateProblem(p, cardRowNumbers)) };
  }
  return { ok: true, map: loaded.map, warnings };
}

/**
 * Card rows as one `insertCards` operation on the open map (one undo step): each row's stage,
 * lane and persona must be one of the map's, matched by name (trimmed, case-insensitive);
 * one that is not is named by row and column and nothing is imported. (Creating them would
 * turn a misspelt lane name into a stray lane; a new map from the file creates them all.)
 * Each card goes to the end of its cell, in row order. `makeId` is for tests.
 */
export function rowsToOperation(
  map: JourneyMap,
  rows: readonly ReadRow[],
  columns: ColumnPlaces = {},
  makeId: (prefix: string, taken: ReadonlySet<string>) => string = newId,
): { ok: true; op: OperationOf<'insertCards'> } | { ok: false; problems: CardsProblem[] } {
  const stageIds = byName(map.stages);
  const laneIds = byName(map.lanes);
  const personaIds = byName(map.personas);
  const problems: CardsProblem[] = [];
  let unlisted = 0;
  const unknown = (row: number, what: 'Stage' | 'Lane' | 'Persona', value: string) => {
    if (problems.length >= MAX_LISTED) unlisted++;
    else {
      problems.push(
        cardsProblem(`unknown${what}`, { row, ...columns[lowerFirst(what)] }, { value }),
      );
    }
  };
  if (map.cards.length + rows.length > LIMITS.cards) {
    return {
      ok: false,
      problems: [cardsProblem('tooManyCards', {}, { count: rows.length, limit: LIMITS.cards })],
    };
  }
  const taken = new Set(map.cards.map((card) => card.id));
  const cards: CardInput[] = [];
  for (const row of rows) {
    const stageId = stageIds.get(nameKey(row.stage));
    const laneId = laneIds.get(nameKey(row.lane));
    const personaId = row.persona === undefined ? undefined : personaIds.get(nameKey(row.persona));
    if (stageId === undefined) unknown(row.row, 'Stage', row.stage);
    if (laneId === undefined) unknown(row.row, 'Lane', row.lane);
    if (row.persona !== undefined && personaId === undefined) {
      unknown(row.row, 'Persona', row.persona);
    }
    if (stageId === undefined || laneId === undefined) continue;
    const id = makeId('card', taken);
    taken.add(id);
    cards.push({ id, stageId, laneId, ...cardFields(row, personaId) } as CardInput);
  }
  if (unlisted > 0) problems.push(cardsProblem('moreProblems', {}, { count: unlisted }));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, op: { type: 'insertCards', cards } };
}

const lowerFirst = <T extends string>(word: T) =>
  (word.charAt(0).toLowerCase() + word.slice(1)) as Lowercase<T>;

/** The first of each name (a map may repeat one; the first is the one a reader meets). */
function byName(items: readonly { id: string; name: string }[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const item of items) {
    const key = nameKey(item.name);
    if (!ids.has(key)) ids.set(key, item.id);
  }
  return ids;
}

/** Distinct names in order of first use, each with an id (`stage-1` …). */
class Named {
  private readonly ids = new Map<string, { id: string; name: string }>();
  constructor(private readonly prefix: string) {}

  idOf(name: string): string {
    const key = nameKey(name);
    let entry = this.ids.get(key);
    if (!entry) {
      entry = { id: `${this.prefix}-${this.ids.size + 1}`, name };
      this.ids.set(key, entry);
    }
    return entry.id;
  }

  list(): { id: string; name: string }[] {
    return [...this.ids.values()];
  }
}

/** The card's content from a row: text and the fields the row fills. */
function cardFields(row: ReadRow, personaId: string | undefined): Partial<Card> {
  const card: Partial<Card> = { text: row.text };
  if (row.color !== undefined) card.color = row.color;
  if (row.evidence !== undefined) {
    card.evidence = {
      status: row.evidence as NonNullable<Card['evidence']>['status'],
      ...(row.evidenceSource === undefined ? {} : { source: row.evidenceSource }),
    };
  }
  if (row.score !== undefined) card.score = row.score;
  if (personaId !== undefined) card.personaId = personaId;
  if (row.channel !== undefined) card.channel = row.channel as Card['channel'];
  if (row.severity !== undefined) card.severity = row.severity as Card['severity'];
  if (row.priority !== undefined) card.priority = row.priority as Card['priority'];
  if (row.metricValue !== undefined) {
    card.metric = {
      value: row.metricValue,
      ...(row.metricTarget === undefined ? {} : { target: row.metricTarget }),
    };
  }
  if (row.votes !== undefined) card.votes = row.votes;
  return card;
}

/** A loader refusal (too many stages …) at the row of the card it names, if it names one. */
function gateProblem(problem: Problem, cardRowNumbers: readonly number[]): CardsProblem {
  const index = /^cards\[(\d+)\]/.exec(problem.path)?.[1];
  const row = index === undefined ? undefined : cardRowNumbers[Number(index)];
  const params = { path: problem.path, detail: problem.message };
  return cardsProblem('notValid', row === undefined ? {} : { row }, params);
}
