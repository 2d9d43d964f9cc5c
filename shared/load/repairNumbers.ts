import type { z } from 'zod';
import { CardSchema, NoteSchema } from '../model';
import type { LooseDoc } from '../migrate';
import { describeValue, type PathSegment, type ProblemList } from './problem';

/**
 * Numbers that are safe to repair before validation: an emotion score of 3 or 1.5, NaN and
 * Infinity (some tools write them), dot votes below zero, a sticky note far off the canvas.
 * Each becomes the nearest valid value (NaN: the field goes, or 0 where it is required) and
 * is reported. Card `order`s that are not whole numbers ≥ 0 are kept as sort keys; the cards
 * are renumbered after validation (`repairOrder`). The input is not changed: records that
 * need a repair are copied.
 */
export interface NumberRepairs {
  doc: LooseDoc;
  /** Card index → its `order` as the file had it, where that was not a whole number ≥ 0. */
  orderKeys: Map<number, number>;
}

interface NumberRule {
  schema: z.ZodNumber;
  /** What a NaN becomes: the field is removed, or this value. */
  nan: 'drop' | number;
}

const CARD_RULES: Record<string, NumberRule> = {
  score: { schema: CardSchema.shape.score.unwrap(), nan: 'drop' },
  votes: { schema: CardSchema.shape.votes.unwrap(), nan: 'drop' },
};
const NOTE_RULES: Record<string, NumberRule> = {
  x: { schema: NoteSchema.shape.x, nan: 0 },
  y: { schema: NoteSchema.shape.y, nan: 0 },
};

export function repairNumbers(doc: LooseDoc, warnings: ProblemList): NumberRepairs {
  const orderKeys = new Map<number, number>();
  let out = doc;
  const cards = repairList(doc.cards, 'cards', CARD_RULES, warnings, (card, index) => {
    const order = card.order;
    if (typeof order !== 'number' || (Number.isSafeInteger(order) && order >= 0)) return card;
    orderKeys.set(index, order);
    return { ...card, order: 0 };
  });
  if (cards !== doc.cards) out = { ...out, cards };
  const notes = repairList(doc.notes, 'notes', NOTE_RULES, warnings);
  if (notes !== doc.notes) out = { ...out, notes };
  return { doc: out, orderKeys };
}

type Rec = Record<string, unknown>;

function repairList(
  list: unknown,
  name: string,
  rules: Record<string, NumberRule>,
  warnings: ProblemList,
  extra: (record: Rec, index: number) => Rec = (record) => record,
): unknown {
  if (!Array.isArray(list)) return list;
  let out: unknown[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    let record = item as Rec;
    for (const [field, rule] of Object.entries(rules)) {
      record = repairField(record, field, rule, [name, index, field], warnings);
    }
    record = extra(record, index);
    if (record !== item) {
      out ??= [...list];
      out[index] = record;
    }
  }
  return out ?? list;
}

function repairField(
  record: Rec,
  field: string,
  rule: NumberRule,
  path: PathSegment[],
  warnings: ProblemList,
): Rec {
  const value = record[field];
  if (typeof value !== 'number') return record;
  const { minValue, maxValue, isInt } = rule.schema;
  const min = minValue ?? Number.NEGATIVE_INFINITY;
  const max = maxValue ?? Number.POSITIVE_INFINITY;
  const shown = describeValue(value);
  if (Number.isNaN(value)) {
    if (rule.nan === 'drop') {
      warnings.add('numberDropped', path, { value: shown });
      const { [field]: _dropped, ...rest } = record;
      return rest;
    }
    warnings.add('numberReplaced', path, { value: shown, fixed: rule.nan });
    return { ...record, [field]: rule.nan };
  }
  let fixed = value;
  if (isInt && Number.isFinite(fixed) && !Number.isInteger(fixed)) {
    fixed = Math.round(fixed);
    warnings.add('numberRounded', path, { value: shown, fixed });
  }
  if (fixed < min || fixed > max) {
    const clamped = Math.min(max, Math.max(min, fixed));
    warnings.add('numberClamped', path, { value: describeValue(fixed), fixed: clamped });
    fixed = clamped;
  }
  return fixed === value ? record : { ...record, [field]: fixed };
}
