import type { z } from 'zod';
import { CardSchema, NoteSchema } from '../model';
import type { LooseDoc } from '../migrate';
import { describeValue, type PathSegment, type ProblemList } from './problem';

/**
 * Numbers that are safe to repair before validation: an emotion score of 3 or 1.5, NaN and
 * Infinity (some tools write them), dot votes below zero, a sticky note far off the canvas.
 * Each becomes the nearest valid value (NaN: the field goes, or 0 where it is required) and
 * is reported. The input is not changed: records that need a repair are copied.
 */

interface NumberRule {
  field: string;
  min: number;
  max: number;
  integer: boolean;
  /** What a NaN becomes: the field is removed, or this value. */
  nan: 'drop' | number;
}

/** Bounds come from the zod schemas, so that a repaired value is always one they accept. */
function rule(field: string, schema: z.ZodNumber, nan: NumberRule['nan']): NumberRule {
  return {
    field,
    min: schema.minValue ?? Number.NEGATIVE_INFINITY,
    max: schema.maxValue ?? Number.POSITIVE_INFINITY,
    integer: schema.isInt,
    nan,
  };
}

const CARD_RULES: readonly NumberRule[] = [
  rule('score', CardSchema.shape.score.unwrap(), 'drop'),
  rule('votes', CardSchema.shape.votes.unwrap(), 'drop'),
];
const NOTE_RULES: readonly NumberRule[] = [
  rule('x', NoteSchema.shape.x, 0),
  rule('y', NoteSchema.shape.y, 0),
];

export function repairNumbers(doc: LooseDoc, warnings: ProblemList): LooseDoc {
  let out = doc;
  const cards = repairList(doc.cards, 'cards', CARD_RULES, warnings);
  if (cards !== doc.cards) out = { ...out, cards };
  const notes = repairList(doc.notes, 'notes', NOTE_RULES, warnings);
  if (notes !== doc.notes) out = { ...out, notes };
  return out;
}

type Rec = Record<string, unknown>;

function repairList(
  list: unknown,
  name: string,
  rules: readonly NumberRule[],
  warnings: ProblemList,
): unknown {
  if (!Array.isArray(list)) return list;
  let out: unknown[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    let record = item as Rec;
    for (const numberRule of rules) {
      const value = record[numberRule.field];
      if (typeof value !== 'number') continue;
      if (!fits(value, numberRule)) {
        record = repairField(record, value, numberRule, [name, index, numberRule.field], warnings);
      } else if (Object.is(value, -0)) {
        record = { ...record, [numberRule.field]: 0 }; // "-0" is valid JSON; it means 0
      }
    }
    if (record !== item) {
      out ??= [...list];
      out[index] = record;
    }
  }
  return out ?? list;
}

function fits(value: number, { min, max, integer }: NumberRule): boolean {
  return value >= min && value <= max && (!integer || Number.isInteger(value));
}

function repairField(
  record: Rec,
  value: number,
  { field, min, max, integer, nan }: NumberRule,
  path: PathSegment[],
  warnings: ProblemList,
): Rec {
  const shown = describeValue(value);
  if (Number.isNaN(value)) {
    if (nan === 'drop') {
      warnings.add('numberDropped', path, { value: shown });
      const { [field]: _dropped, ...rest } = record;
      return rest;
    }
    warnings.add('numberReplaced', path, { value: shown, fixed: nan });
    return { ...record, [field]: nan };
  }
  let fixed = value;
  if (integer && Number.isFinite(fixed) && !Number.isInteger(fixed)) {
    fixed = Math.round(fixed);
    warnings.add('numberRounded', path, { value: shown, fixed });
  }
  if (fixed < min || fixed > max) {
    const clamped = Math.min(max, Math.max(min, fixed));
    warnings.add('numberClamped', path, { value: describeValue(fixed), fixed: clamped });
    fixed = clamped;
  }
  return { ...record, [field]: fixed };
}
