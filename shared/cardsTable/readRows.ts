import { readNumber } from '../import/numbers';
import type { CellValue, Table } from '../import/table';
import {
  CHANNELS,
  EVIDENCE_STATUSES,
  LANE_KINDS,
  LIMITS,
  PRIORITIES,
  SCORE_MAX,
  SCORE_MIN,
  SEVERITIES,
} from '../model';
import type { CardColumn, CardRow } from './columns';
import type { ColumnIndex } from './headers';
import { cardsProblem, type CardsProblem } from './problems';

/** A row of the file read as a card, with the row number a spreadsheet shows. */
export interface ReadRow extends CardRow {
  row: number;
}

/** At most this many problems are listed; the rest are counted (a file may have 50,000 rows). */
export const MAX_LISTED = 50;

const CHOICES: Partial<Record<CardColumn, readonly string[]>> = {
  laneKind: LANE_KINDS,
  evidence: EVIDENCE_STATUSES,
  channel: CHANNELS,
  severity: SEVERITIES,
  priority: PRIORITIES,
};

const MAX_LENGTH: Partial<Record<CardColumn, number>> = {
  stage: LIMITS.name,
  lane: LIMITS.name,
  persona: LIMITS.name,
  text: LIMITS.text,
  evidenceSource: LIMITS.short,
  metricValue: LIMITS.short,
  metricTarget: LIMITS.short,
};

const MAX_VOTES = 1_000_000;

export type RowsOutcome = { ok: true; rows: ReadRow[] } | { ok: false; problems: CardsProblem[] };

/**
 * The table's rows as cards, every cell checked: a lane kind, evidence status, channel,
 * severity or priority that is not one of the model's keys, a score outside −2…+2, votes
 * that are not a whole number, a colour that is not `#rrggbb`, a text too long, or a
 * source or target without the value it belongs to is named by row and column, and then
 * nothing is imported.
 */
export function readCardRows(table: Table, columns: ColumnIndex): RowsOutcome {
  const problems: CardsProblem[] = [];
  let unlisted = 0;
  const rows: ReadRow[] = [];
  for (const { row, cells } of table.rows) {
    const fail = (column: CardColumn, code: string, params: Record<string, string | number>) => {
      if (problems.length >= MAX_LISTED) unlisted++;
      else {
        const columnIndex = columns[column] ?? 0;
        const header = table.headers[columnIndex] ?? column;
        problems.push(cardsProblem(code, { row, columnIndex, header }, params));
      }
    };
    const text = (column: CardColumn): string | undefined => {
      const index = columns[column];
      if (index === undefined) return undefined;
      const value = cellText(cells[index] ?? null);
      const max = MAX_LENGTH[column];
      if (max !== undefined && value.length > max) {
        fail(column, 'tooLong', { length: value.length, max });
      }
      return value;
    };
    const present = (column: CardColumn): string | undefined => {
      const value = text(column)?.trim();
      return value === undefined || value === '' ? undefined : value;
    };
    const choice = (column: CardColumn): string | undefined => {
      const value = present(column);
      if (value === undefined) return undefined;
      const allowed = CHOICES[column] ?? [];
      const match = allowed.find((key) => key.toLowerCase() === value.toLowerCase());
      if (match === undefined) fail(column, 'badChoice', { value, allowed: allowed.join(', ') });
      return match;
    };
    const whole = (column: CardColumn, min: number, max: number): number | undefined => {
      const index = columns[column];
      const cell = index === undefined ? null : (cells[index] ?? null);
      const value = wholeNumber(cell);
      if (value === null) return undefined;
      if (value === 'invalid' || value < min || value > max) {
        fail(column, column === 'votes' ? 'badVotes' : 'badScore', {
          value: cellText(cell),
          min,
          max,
        });
        return undefined;
      }
      return value;
    };

    const card: ReadRow = {
      row,
      stage: (text('stage') ?? '').trim(),
      lane: (text('lane') ?? '').trim(),
      laneKind: choice('laneKind') ?? '',
      text: text('text') ?? '',
    };
    if (card.stage === '') fail('stage', 'emptyStage', {});
    if (card.lane === '') fail('lane', 'emptyLane', {});
    const color = present('color');
    if (color !== undefined) {
      if (/^#[0-9a-fA-F]{6}$/.test(color)) card.color = color;
      else fail('color', 'badColor', { value: color });
    }
    assign(card, 'evidence', choice('evidence'));
    assign(card, 'evidenceSource', text('evidenceSource'));
    if (card.evidenceSource === '') delete card.evidenceSource;
    if (card.evidenceSource !== undefined && card.evidence === undefined) {
      fail('evidenceSource', 'sourceWithoutEvidence', {});
    }
    assign(card, 'score', whole('score', SCORE_MIN, SCORE_MAX));
    assign(card, 'persona', present('persona'));
    assign(card, 'channel', choice('channel'));
    assign(card, 'severity', choice('severity'));
    assign(card, 'priority', choice('priority'));
    assign(card, 'metricValue', text('metricValue'));
    assign(card, 'metricTarget', text('metricTarget'));
    if (card.metricValue === '' && (card.metricTarget ?? '') === '') delete card.metricValue;
    if (card.metricTarget === '') delete card.metricTarget;
    if (card.metricTarget !== undefined && card.metricValue === undefined) {
      fail('metricTarget', 'targetWithoutValue', {});
    }
    assign(card, 'votes', whole('votes', 0, MAX_VOTES));
    rows.push(card);
  }
  if (problems.length === 0) return { ok: true, rows };
  if (unlisted > 0) problems.push(cardsProblem('moreProblems', {}, { count: unlisted }));
  return { ok: false, problems };
}

function assign<K extends keyof CardRow>(card: CardRow, key: K, value: CardRow[K] | undefined) {
  if (value !== undefined) card[key] = value;
}

/**
 * A cell as text. CSV cells are text, already without the formula escape's apostrophe
 * (`readDelimited` takes it off); XLSX cells may be typed.
 */
function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** A whole number from a number cell or a text (`2`, `−1`, `۲`, `1,0`), null when empty. */
function wholeNumber(cell: CellValue): number | 'invalid' | null {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : 'invalid';
  if (typeof cell !== 'string') return 'invalid';
  const reading = readNumber(cell);
  // `1,000` is ambiguous (1000 or 1.0); both readings must be the same whole number to count.
  const values =
    reading.kind === 'number'
      ? [reading]
      : reading.kind === 'ambiguous'
        ? [reading.readings[','], reading.readings['.']]
        : [];
  const first = values[0];
  if (!first || first.unit !== undefined || !Number.isInteger(first.value)) return 'invalid';
  return values.every((v) => v.value === first.value) ? first.value : 'invalid';
}
