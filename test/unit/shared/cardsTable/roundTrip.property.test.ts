import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cardRows,
  cardsToCsv,
  cardsToXlsx,
  readCardsTable,
  rowsToNewMap,
  rowsToOperation,
} from '../../../../shared/cardsTable';
import { applyOperation } from '../../../../shared/ops';
import { produce } from 'immer';
import { cardMapArb, rowsByCell } from './cardMaps';

async function importNew(bytes: Uint8Array, name: string) {
  const read = await readCardsTable(bytes, name);
  if (!read.ok) expect.fail(read.problems.map((p) => p.message).join('\n'));
  const made = rowsToNewMap(read.rows, { title: 'Imported' });
  if (!made.ok) expect.fail(made.problems.map((p) => p.message).join('\n'));
  return { map: made.map, rows: read.rows, columns: read.columns };
}

describe('cards → CSV / XLSX → cards', () => {
  test.each([
    [
      'CSV',
      'cards.csv',
      (map: Parameters<typeof cardsToCsv>[0]) => Promise.resolve(cardsToCsv(map)),
    ],
    ['XLSX', 'cards.xlsx', cardsToXlsx],
  ])(
    '%s: every card comes back with its stage, lane, text and fields, formula-like texts included',
    async (_format, name, write) => {
      await fc.assert(
        fc.asyncProperty(cardMapArb, async (map) => {
          const bytes = await write(map);
          // Into a new map: the same cards in each cell, in the same order.
          const imported = await importNew(bytes, name);
          expect(rowsByCell(imported.map)).toEqual(rowsByCell(map));

          // Into the open map (its cards taken out first): one operation puts them all back.
          const empty = { ...map, cards: [] };
          const made = rowsToOperation(empty, imported.rows, imported.columns);
          if (!made.ok) expect.fail(made.problems[0]?.message);
          const after = produce(empty, (draft) => applyOperation(draft, made.op));
          expect(cardRows(after)).toEqual(cardRows(map));
        }),
        { numRuns: 60 },
      );
    },
    60_000,
  );
});
