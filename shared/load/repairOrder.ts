import { compareOrderKeys, isOrderKey, orderKeysBetween, type Card } from '../model';
import type { LooseDoc } from '../migrate';
import { clip, describeValue, type ProblemList } from './problem';

/**
 * Card order on load. `order` is optional in a file (a script may write only the contract
 * fields), and a file may hold values that are not order keys (a number, a key cut short).
 * Before validation such cards get a placeholder key and their file value is set aside;
 * after validation `repairCardOrder` places them after the other cards of their cell.
 */
export interface SetAsideOrders {
  doc: LooseDoc;
  /** Card index → the `order` the file had (undefined: none), where it was not a valid key. */
  broken: Map<number, unknown>;
}

const PLACEHOLDER = 'a0';

export function setAsideBrokenOrders(doc: LooseDoc): SetAsideOrders {
  const broken = new Map<number, unknown>();
  const list = doc.cards;
  if (!Array.isArray(list)) return { doc, broken };
  let out: unknown[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    const order = (item as Record<string, unknown>).order;
    if (typeof order === 'string' && isOrderKey(order)) continue;
    broken.set(index, order);
    out ??= [...list];
    out[index] = { ...item, order: PLACEHOLDER };
  }
  return { doc: out ? { ...doc, cards: out } : doc, broken };
}

/** What the file had for a card whose order was set aside, and where the card stood. */
export interface BrokenOrder {
  index: number;
  value: unknown;
}

/**
 * Gives every card a key that is valid and unique in its cell, changing as little as
 * possible: cards with a missing or invalid key go after the cell's other cards (numbers,
 * which scripts write, in their numeric order; the rest in file order), one warning each;
 * a cell whose keys repeat is given fresh keys in the order the keys and the file say.
 */
export function repairCardOrder(
  cards: readonly Card[],
  broken: ReadonlyMap<Card, BrokenOrder>,
  warnings: ProblemList,
): void {
  // Lane → stage → cards: nested maps, no key strings to build for every card.
  const lanes = new Map<string, Map<string, Card[]>>();
  for (const card of cards) {
    let stages = lanes.get(card.laneId);
    if (!stages) lanes.set(card.laneId, (stages = new Map()));
    const cell = stages.get(card.stageId);
    if (cell) cell.push(card);
    else stages.set(card.stageId, [card]);
  }
  for (const stages of lanes.values()) {
    for (const cell of stages.values()) repairCell(cell, broken, warnings);
  }
}

function repairCell(
  cell: Card[],
  broken: ReadonlyMap<Card, BrokenOrder>,
  warnings: ProblemList,
): void {
  const valid = broken.size === 0 ? cell : cell.filter((card) => !broken.has(card));
  const keys = new Set(valid.map((card) => card.order));
  const repeated = keys.size < valid.length;
  const placed = broken.size === 0 ? [] : cell.filter((card) => broken.has(card));
  if (!repeated && placed.length === 0) return;
  const wanted = (card: Card): number => numericKey(broken.get(card)?.value);
  placed.sort((a, b) => wanted(a) - wanted(b)); // stable: file order for ties
  if (repeated) {
    const first = cell[0] as Card;
    // Stable sort: cards with the same key stay in file order.
    valid.sort((a, b) => compareOrderKeys(a.order, b.order));
    warnings.add('orderRenumbered', ['cards'], {
      laneId: first.laneId,
      stageId: first.stageId,
      was: clip(valid.map((card) => describeValue(card.order)).join(', '), 80),
    });
    const all = [...valid, ...placed];
    orderKeysBetween(null, null, all.length).forEach((key, i) => {
      (all[i] as Card).order = key;
    });
  } else {
    let last: string | null = null;
    for (const key of keys) if (last === null || key > last) last = key;
    orderKeysBetween(last, null, placed.length).forEach((key, i) => {
      (placed[i] as Card).order = key;
    });
  }
  // Reported in file order, whatever order the cards were placed in.
  const reports = placed.map((card) => broken.get(card) as BrokenOrder);
  for (const { index, value } of reports.sort((a, b) => a.index - b.index)) {
    const path = ['cards', index, 'order'];
    if (value === undefined) warnings.add('orderAdded', path);
    else warnings.add('orderReplaced', path, { value: describeValue(value) });
  }
}

/** Numbers sort among themselves (NaN last); anything else after them, in file order. */
function numericKey(value: unknown): number {
  return typeof value === 'number' && !Number.isNaN(value) ? value : Number.POSITIVE_INFINITY;
}
