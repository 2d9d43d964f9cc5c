/**
 * One case per class of bad input that the loader must answer clearly (the foundation
 * issue's list). The loader tests and the CLI tests (which run the built `journey-studio
 * validate` on real files) share them. Big inputs are generated, never committed.
 */
import { readFileSync } from 'node:fs';

export const TEMPLATE_TEXT = readFileSync('templates/01-classic.journey.json', 'utf8');

/** The classic template as an object to spoil. */
export function templateDoc(): Record<string, unknown> & {
  stages: Record<string, unknown>[];
  lanes: Record<string, unknown>[];
  cards: Record<string, unknown>[];
  connectors: Record<string, unknown>[];
} {
  return JSON.parse(TEMPLATE_TEXT) as ReturnType<typeof templateDoc>;
}

function withCards(cards: Record<string, unknown>[], connectors: Record<string, unknown>[] = []) {
  const doc = templateDoc();
  doc.cards = cards;
  doc.connectors = connectors;
  return doc;
}

/** A card in the classic template's emotions lane, purchase stage. */
export const card = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  laneId: 'emotions',
  stageId: 'purchase',
  order: 'a0',
  text: `Card ${id}`,
  ...extra,
});

export interface BadInputCase {
  name: string;
  /** The file's content (bytes for data that is not text). */
  content: () => string | Uint8Array;
  /** Refused (an error) or repaired (a warning, and the map loads). */
  outcome: 'refused' | 'repaired';
  path: string;
  message: string | RegExp;
}

/** Deterministic pseudo-random bytes: the same "binary garbage" on every run. */
function garbage(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const MB = 1024 * 1024;

export const BAD_INPUT_CASES: BadInputCase[] = [
  {
    name: 'truncated JSON',
    content: () => TEMPLATE_TEXT.slice(0, Math.floor(TEMPLATE_TEXT.length / 2)),
    outcome: 'refused',
    path: '',
    message: /^The file ends too early \(line \d+, column \d+\); it looks cut off\.$/,
  },
  {
    name: 'wrong types',
    content: () => {
      const doc = templateDoc();
      (doc.stages[3] as Record<string, unknown>).name = 42;
      return JSON.stringify(doc);
    },
    outcome: 'refused',
    path: 'stages[3].name',
    message: 'expected text, got a number',
  },
  {
    name: 'missing fields',
    content: () => {
      const { title: _title, ...doc } = templateDoc();
      return JSON.stringify(doc);
    },
    outcome: 'refused',
    path: 'title',
    message: 'expected text, but it is missing',
  },
  {
    name: 'a future version',
    content: () => JSON.stringify({ ...templateDoc(), version: 7 }),
    outcome: 'refused',
    path: '',
    message:
      'This file was made by a newer Journey Studio (file format version 7; this one reads versions up to 3). Update Journey Studio to open it.',
  },
  {
    name: 'a 40 MB file',
    content: () => JSON.stringify({ ...templateDoc(), description: 'x'.repeat(40 * MB) }),
    outcome: 'refused',
    path: '',
    message: 'The file is 40 MB; Journey Studio opens files up to 20 MB.',
  },
  {
    name: '100,000-deep nesting',
    content: () =>
      TEMPLATE_TEXT.replace('"cards": []', `"cards": ${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    outcome: 'refused',
    path: `cards${'[0]'.repeat(31)}`,
    message: 'nested more than 32 levels deep; a journey map never is',
  },
  {
    name: '__proto__ keys',
    content: () =>
      TEMPLATE_TEXT.replace('"format"', '"__proto__": { "polluted": true },\n  "format"'),
    outcome: 'repaired',
    path: '__proto__',
    message: 'the field name "__proto__" is not allowed; the field was ignored',
  },
  {
    name: 'duplicate ids',
    content: () => {
      const doc = templateDoc();
      (doc.stages[1] as Record<string, unknown>).id = 'awareness';
      return JSON.stringify(doc);
    },
    outcome: 'repaired',
    path: 'stages[1].id',
    message: 'the id "awareness" is already used; this one was renamed to "awareness-2"',
  },
  {
    name: 'dangling references',
    content: () =>
      JSON.stringify(withCards([card('a'), card('b')], [{ id: 'flow-1', from: 'a', to: 'ghost' }])),
    outcome: 'repaired',
    path: 'connectors[0]',
    message:
      'connector "flow-1" joins card "ghost", which does not exist; the connector was dropped',
  },
  {
    name: 'NaN and Infinity',
    content: () =>
      JSON.stringify(withCards([card('a', { score: 1 }), card('b', { score: 1, order: 'a1' })]))
        .replace('"score":1', '"score":NaN')
        .replace('"score":1', '"score":-Infinity'),
    outcome: 'repaired',
    path: 'cards[0].score',
    message: 'NaN is not a number; the field was removed',
  },
  {
    name: 'a 1 MB string',
    content: () => JSON.stringify({ ...templateDoc(), title: 'x'.repeat(MB) }),
    outcome: 'refused',
    path: 'title',
    message: 'too long: 1,048,576 characters; at most 500',
  },
  {
    name: 'binary garbage',
    content: () => garbage(4096),
    outcome: 'refused',
    path: '',
    message: 'This is not a text file; it looks like binary data.',
  },
];

/** What the loader gets for a case: text as the host would hand it over. */
export function caseText(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
}
