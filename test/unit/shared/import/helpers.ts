import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readTable, type Table } from '../../../../shared/import';
import type { StageRef } from '../../../../shared/import/stageMatch';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/import');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function stageRefs(prefix: string, names: readonly string[]): StageRef[] {
  return names.map((name, i) => ({ id: `${prefix}${i + 1}`, name }));
}

/** The map's stages as an online store in Russian names them (ё written as е on purpose). */
export const RU_STAGES = stageRefs('ru', [
  'Осведомленность',
  'Интерес',
  'Рассмотрение',
  'Покупка',
  'Лояльность',
  'Рекомендация',
]);
export const PL_STAGES = stageRefs('pl', [
  'Świadomość',
  'Zainteresowanie',
  'Rozważanie',
  'Zakup',
  'Lojalność',
]);
export const GA_STAGES = stageRefs('ga', ['Awareness', 'Consideration', 'Purchase', 'Retention']);
export const HUBSPOT_STAGES = stageRefs('hs', [
  'Appointment scheduled',
  'Qualified to buy',
  'Presentation scheduled',
  'Decision maker bought-in',
  'Contract sent',
  'Closed won',
]);
export const AMO_STAGES = stageRefs('amo', [
  'Первичный контакт',
  'Переговоры',
  'Принимают решение',
  'Согласование договора',
  'Успешно реализовано',
]);

export async function tableOf(bytes: Uint8Array, name: string, language?: string): Promise<Table> {
  const read = await readTable(bytes, name, language ? { language } : {});
  if (!read.ok) expect.fail(read.problems.map((p) => p.message).join('\n'));
  return read.table;
}

export function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}
