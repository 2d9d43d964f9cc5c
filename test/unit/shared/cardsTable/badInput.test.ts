import { describe, expect, test } from 'vitest';
import {
  formatCardsProblem,
  readCardsTable,
  rowsToNewMap,
  rowsToOperation,
} from '../../../../shared/cardsTable';
import { createTranslate } from '../../../../shared/i18n/translate';
import { loadMapValue } from '../../../../shared/load';
import { CURRENT_VERSION, FORMAT, type JourneyMap } from '../../../../shared/model';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function problemsOf(bytes: Uint8Array, name = 'cards.csv'): Promise<string[]> {
  const read = await readCardsTable(bytes, name);
  if (read.ok) expect.fail('expected the table to be refused');
  return read.problems.map((p) => p.message);
}

async function rowsOf(text: string, name = 'cards.csv') {
  const read = await readCardsTable(utf8(text), name);
  if (!read.ok) expect.fail(read.problems.map((p) => p.message).join('\n'));
  return read;
}

function openMap(): JourneyMap {
  const loaded = loadMapValue({
    format: FORMAT,
    version: CURRENT_VERSION,
    title: 'Onboarding',
    stages: [
      { id: 'discover', name: 'Discover' },
      { id: 'sign-up', name: 'Sign up' },
    ],
    lanes: [
      { id: 'ideas', name: 'Ideas', kind: 'opportunities' },
      { id: 'pains', name: 'Pain points', kind: 'painPoints' },
    ],
    personas: [{ id: 'anna', name: 'Anna' }],
    cards: [],
  });
  if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
  return loaded.map;
}

describe('a cards table that cannot be imported says where and why', () => {
  test('an empty file and a binary file', async () => {
    expect(await problemsOf(new Uint8Array())).toEqual(['The file is empty.']);
    const binary = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    expect((await problemsOf(binary))[0]).toMatch(/not a table: it looks like binary data/);
  });

  test('a text in the votes column names its row and column', async () => {
    const problems = await problemsOf(
      utf8(
        'stage,lane,text,votes\nDiscover,Ideas,Chat with us,3\nSign up,Ideas,Fewer fields,many\n',
      ),
    );
    expect(problems).toEqual([
      'Row 3, column D (votes): expected a whole number of votes (0 or more), got many.',
    ]);
  });

  test('a score off the scale, an unknown lane kind and an empty lane, each by its cell', async () => {
    const problems = await problemsOf(
      utf8(
        [
          'stage;lane;laneKind;text;score',
          'Discover;Feelings;emotions;Curious;3',
          'Discover;Ideas;wishes;More video;',
          'Sign up;;;Lost;',
        ].join('\r\n'),
      ),
    );
    expect(problems).toEqual([
      'Row 2, column E (score): expected a whole number from -2 to 2, got 3.',
      expect.stringMatching(/^Row 3, column C \(laneKind\): wishes is not one of actions, /),
      'Row 4, column B (lane): the lane is empty: each card needs a lane.',
    ]);
  });

  test('a table without a text column names the columns it has', async () => {
    expect(await problemsOf(utf8('stage,lane,note\nDiscover,Ideas,x\n'))).toEqual([
      'Row 1: The table has no text column; its columns are stage, lane, note. A cards table needs stage, lane and text.',
    ]);
  });

  test('into the open map, a row with an unknown lane is named and nothing is imported', async () => {
    const read = await rowsOf(
      'stage,lane,text\nDiscover,Ideas,Chat with us\nsign UP , Kitchen ,Fewer fields\n',
    );
    const made = rowsToOperation(openMap(), read.rows, read.columns);
    if (made.ok) expect.fail('expected the rows to be refused');
    expect(made.problems.map((p) => p.message)).toEqual([
      'Row 3, column B (lane): Kitchen is not a lane of this map. Rename the lane in the table or the map, or import the table as a new map.',
    ]);
    // The app shows the same problem in the UI's language.
    expect(formatCardsProblem(made.problems[0] ?? { key: '' }, createTranslate('uk'))).toBe(
      'Рядок 3, стовпець B (lane): Kitchen — не доріжка цієї карти. Перейменуйте доріжку в таблиці чи на карті або імпортуйте таблицю як нову карту.',
    );
  });
});

test('a long list of unknown lanes names the first 50 and counts the rest', async () => {
  const rows = Array.from({ length: 60 }, (_, i) => `Discover,Lane ${i},Idea ${i}`);
  const read = await rowsOf(`stage,lane,text\n${rows.join('\n')}\n`);
  const made = rowsToOperation(openMap(), read.rows, read.columns);
  if (made.ok) expect.fail('expected the rows to be refused');
  expect(made.problems).toHaveLength(51);
  expect(made.problems[0]?.message).toMatch(/^Row 2, column B \(lane\): Lane 0 is not a lane/);
  expect(made.problems.at(-1)?.message).toBe('… and 10 more problems like these.');
});

describe('what a spreadsheet makes of the table still imports', () => {
  test('a Russian Excel CSV: semicolons, a BOM, translated headers, a quoted line break', async () => {
    const read = await rowsOf(
      '\ufeffЭтап;Дорожка;Текст;Голоса;Оценка эмоции\r\n' +
        'Discover;Ideas;"Две строки\r\nтекста";4;\r\n' +
        'sign up;pain points;"=1+2; ""цитата""";;-1\r\n',
    );
    const made = rowsToOperation(openMap(), read.rows, read.columns, (_prefix, taken) =>
      String(taken.size + 1),
    );
    if (!made.ok) expect.fail(made.problems[0]?.message);
    expect(made.op.cards).toEqual([
      { id: '1', stageId: 'discover', laneId: 'ideas', text: 'Две строки\r\nтекста', votes: 4 },
      { id: '2', stageId: 'sign-up', laneId: 'pains', text: '=1+2; "цитата"', score: -1 },
    ]);
  });

  test('a TSV into a new map makes its stages, lanes (of the kinds given) and personas', async () => {
    const read = await rowsOf(
      'stage\tlane\tlaneKind\ttext\tpersona\tscore\n' +
        'Visit\tFeelings\temotions\tCurious\tAnna\t1\n' +
        'Buy\tFeelings\t\tAnnoyed\tanna\t-2\n' +
        'Buy\tIdeas\t\tOne-click checkout\t\t\n',
      'workshop.tsv',
    );
    const made = rowsToNewMap(read.rows, { title: 'Workshop', language: 'fa' });
    if (!made.ok) expect.fail(made.problems[0]?.message);
    const { map } = made;
    expect(map.direction).toBe('rtl');
    expect(map.stages.map((s) => s.name)).toEqual(['Visit', 'Buy']);
    expect(map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Feelings', 'emotions'],
      ['Ideas', 'text'],
    ]);
    expect(map.personas.map((p) => p.name)).toEqual(['Anna']);
    expect(map.cards.filter((c) => c.personaId === map.personas[0]?.id)).toHaveLength(2);
  });
});
