import { describe, expect, test } from 'vitest';
import { loadMap, loadMapValue, type LoadResult } from '../../../../shared/load';
import { card, templateDoc } from './badInputCases';

function loaded(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the map to load: ${JSON.stringify(result.errors)}`);
  return result;
}

function docWith(extra: Record<string, unknown>) {
  return { ...templateDoc(), ...extra };
}

describe('what the loader repairs, and how it reports it', () => {
  test('a card in a lane or stage that does not exist is dropped, with its text named', () => {
    const result = loaded(
      loadMapValue(
        docWith({
          cards: [
            card('a'),
            card('b', { laneId: 'gone', text: 'Calls support twice' }),
            card('c', { stageId: 'nowhere', order: 'a1' }),
          ],
        }),
      ),
    );
    expect(result.map.cards.map((c) => c.id)).toEqual(['a']);
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'cards[1]: card "b" (“Calls support twice”) is in lane "gone", which does not exist; the card was dropped',
      'cards[2]: card "c" (“Card c”) is in stage "nowhere", which does not exist; the card was dropped',
    ]);
  });

  test('connectors to dropped cards go too; a missing persona falls back to the first', () => {
    const result = loaded(
      loadMapValue(
        docWith({
          cards: [card('a', { personaId: 'ghost' }), card('b', { laneId: 'gone' })],
          connectors: [{ id: 'x', from: 'a', to: 'b' }],
        }),
      ),
    );
    expect(result.map.connectors).toEqual([]);
    expect(result.map.cards[0]?.personaId).toBeUndefined();
    expect(result.warnings.map((w) => w.code)).toEqual([
      'cardPersonaMissing',
      'cardLaneMissing',
      'connectorCardMissing',
    ]);
  });

  test('repeated ids get fresh ones and references keep the first holder', () => {
    const result = loaded(
      loadMapValue(
        docWith({
          cards: [
            card('a', { text: 'first' }),
            card('a', { text: 'second', order: 'a1' }),
            card('a-2', { order: 'a2' }),
          ],
          connectors: [{ id: 'x', from: 'a', to: 'a-2' }],
        }),
      ),
    );
    expect(result.map.cards.map((c) => [c.id, c.text])).toEqual([
      ['a', 'first'],
      ['a-3', 'second'],
      ['a-2', 'Card a-2'],
    ]);
    expect(result.map.connectors[0]).toMatchObject({ from: 'a', to: 'a-2' });
  });

  test('a card without an order, or with one that is not a key, goes after its cell', () => {
    const result = loaded(
      loadMapValue(
        docWith({
          cards: [
            card('a', { order: 'a1' }),
            { id: 'b', laneId: 'emotions', stageId: 'purchase', text: 'Contract fields only' },
            card('c', { order: 'a0' }),
            card('d', { order: 3 }),
            card('e', { order: 'a' }),
            card('f', { order: 1 }),
            card('g', { stageId: 'loyalty' }),
          ],
        }),
      ),
    );
    const keys = Object.fromEntries(result.map.cards.map((c) => [c.id, c.order]));
    // The valid keys stay; numbers (as scripts write them) follow in their order, then the rest.
    expect(keys).toEqual({ c: 'a0', a: 'a1', f: 'a2', d: 'a3', b: 'a4', e: 'a5', g: 'a0' });
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'cards[1].order: the card has no order; it was placed after the other cards of its cell',
      'cards[3].order: 3 is not an order key such as "a0"; the card was placed after the other cards of its cell',
      'cards[4].order: "a" is not an order key such as "a0"; the card was placed after the other cards of its cell',
      'cards[5].order: 1 is not an order key such as "a0"; the card was placed after the other cards of its cell',
    ]);
  });

  test('the contract fields alone are enough to load, record by record', () => {
    const result = loaded(
      loadMapValue({
        format: 'journey-map',
        version: 3,
        title: 'Written by a script',
        personas: [{ id: 'p', name: 'Olena' }],
        stages: [{ id: 's', name: 'Awareness' }],
        lanes: [{ id: 'l', name: 'Doing', kind: 'actions' }],
        cards: [
          { id: 'a', laneId: 'l', stageId: 's', text: 'Sees an advert' },
          { id: 'b', laneId: 'l', stageId: 's', text: 'Asks a friend' },
        ],
        connectors: [{ id: 'k', from: 'a', to: 'b' }],
      }),
    );
    const { map } = result;
    expect(map.cards.map((c) => [c.id, c.order])).toEqual([
      ['a', 'a0'],
      ['b', 'a1'],
    ]);
    expect(map.connectors).toEqual([{ id: 'k', from: 'a', to: 'b', kind: 'flow' }]);
    expect(map.personas[0]).toMatchObject({ id: 'p', name: 'Olena', goals: [] });
    expect(result.warnings.map((w) => w.code)).toEqual(['orderAdded', 'orderAdded']);
  });

  test('cards whose keys repeat in a cell get new keys, in the order the keys and the file say', () => {
    const result = loaded(
      loadMapValue(
        docWith({
          cards: [
            card('a', { order: 'a1' }),
            card('b', { order: 'a0' }),
            card('c', { order: 'a1' }),
            card('d', { order: 'a2' }),
            card('e', { stageId: 'loyalty', order: 'a1' }),
          ],
        }),
      ),
    );
    const keys = Object.fromEntries(result.map.cards.map((c) => [c.id, c.order]));
    expect(keys).toEqual({ b: 'a0', a: 'a1', c: 'a2', d: 'a3', e: 'a1' });
    expect(result.warnings).toEqual([
      expect.objectContaining({
        path: 'cards',
        message:
          'the cards in lane "emotions", stage "purchase" share order keys ("a0", "a1", "a1", "a2"); they were given new keys in the same order',
      }),
    ]);
  });

  test('emotion scores are rounded and clamped into −2…+2; NaN and Infinity are repaired', () => {
    const text = JSON.stringify(
      docWith({
        cards: [
          card('a', { score: 7 }),
          card('b', { order: 'a1', score: 1.4 }),
          card('c', { order: 'a2', score: 0 }),
          card('d', { order: 'a3', votes: 2.5 }),
        ],
        notes: [{ id: 'n', x: 1, y: 2, text: 'note' }],
      }),
    )
      .replace('"score":0', '"score":-Infinity')
      .replace('"x":1', '"x":NaN');
    const result = loaded(loadMap(text));
    expect(result.map.cards.map((c) => c.score)).toEqual([2, 1, -2, undefined]);
    expect(result.map.cards[3]?.votes).toBe(3);
    expect(result.map.notes[0]).toMatchObject({ x: 0, y: 2 });
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'cards[0].score: 7 is out of range; set to 2',
      'cards[1].score: 1.4 is not a whole number; rounded to 1',
      'cards[2].score: -Infinity is out of range; set to -2',
      'cards[3].votes: 2.5 is not a whole number; rounded to 3',
      'notes[0].x: NaN is not a number; set to 0',
    ]);
  });

  test('"-0", which JSON allows, becomes a plain 0', () => {
    const text = JSON.stringify(docWith({ cards: [card('a', { score: 0 })] })).replace(
      '"score":0',
      '"score":-0',
    );
    const [first] = loaded(loadMap(text)).map.cards;
    expect(Object.is(first?.score, 0)).toBe(true);
  });

  test('NaN where no repair makes sense is an error that names the place', () => {
    const text = JSON.stringify(docWith({ title: 0 })).replace('"title":0', '"title":NaN');
    const result = loadMap(text);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'title: expected text, got NaN',
    ]);
  });

  test('fields of other tools are kept on the map and on every record, silently', () => {
    const crm = { account: 'ACME-7', tags: ['b2b'] };
    const result = loaded(
      loadMapValue(
        docWith({
          'x-generator': 'crm-sync 2.1',
          stages: [{ id: 'purchase', name: 'S', 'x-width': 300 }],
          lanes: [{ id: 'emotions', name: 'E', kind: 'emotions', 'x-owner': 'CX' }],
          personas: [{ id: 'p', name: 'P', 'x-crm': crm }],
          cards: [card('a', { 'x-crm-id': 'A-1', evidence: { status: 'observed', 'x-doc': 7 } })],
          connectors: [],
          workshop: { participants: [{ id: 'u', name: 'U', 'x-team': 'red' }] },
        }),
      ),
    );
    expect(result.warnings).toEqual([]);
    const { map } = result;
    const loose = (value: unknown) => value as Record<string, unknown>;
    expect(loose(map)['x-generator']).toBe('crm-sync 2.1');
    expect(loose(map.stages[0])['x-width']).toBe(300);
    expect(loose(map.lanes[0])['x-owner']).toBe('CX');
    expect(loose(map.personas[0])['x-crm']).toEqual(crm);
    expect(loose(map.cards[0])['x-crm-id']).toBe('A-1');
    expect(loose(map.cards[0]?.evidence)['x-doc']).toBe(7);
    expect(loose(map.workshop?.participants[0])['x-team']).toBe('red');
  });

  test('__proto__, constructor and prototype are dropped at any depth and reported', () => {
    const text = JSON.stringify(
      docWith({ cards: [card('a', { 'x-data': { ok: 1, p: 1 } })], q: 1 }),
    )
      .replace('"p":1', '"__proto__":{"polluted":true}')
      .replace('"q":1', '"constructor":{"prototype":{"polluted":true}}');
    const result = loaded(loadMap(text));
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'cards[0]["x-data"].__proto__: the field name "__proto__" is not allowed; the field was ignored',
      'constructor: the field name "constructor" is not allowed; the field was ignored',
    ]);
    const data = (result.map.cards[0] as Record<string, unknown>)['x-data'];
    expect(data).toEqual({ ok: 1 });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(result.map, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('the depth limit applies inside fields of other tools too', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { d: deep };
    const result = loadMapValue(docWith({ 'x-deep': deep }));
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['tooDeep']);
  });

  test('a pasted value is never changed by loading it', () => {
    const doc = docWith({
      cards: [card('a', { score: 9 }), card('a', { order: 7 })],
      extra: { deep: [1] },
    });
    const before = structuredClone(doc);
    loaded(loadMapValue(doc));
    expect(doc).toEqual(before);
  });

  test('a value whose reading throws (a getter, a proxy) gives an error, not an exception', () => {
    const doc = docWith({});
    Object.defineProperty(doc, 'title', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    expect(loadMapValue(doc)).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          code: 'unreadable',
          message: 'The data could not be read: no access',
        }),
      ],
    });
    expect(
      loadMapValue(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('trap');
            },
            get: () => 'journey-map',
          },
        ),
      ).ok,
    ).toBe(false);
  });

  test('a cycle in a pasted value is refused as too deep', () => {
    const doc: Record<string, unknown> = docWith({});
    doc.extra = doc;
    const result = loadMapValue(doc);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['tooDeep']);
  });

  test('thousands of broken cards give a short report', () => {
    const cards = Array.from({ length: 5000 }, (_, i) => card(`c${i}`, { order: i, text: i }));
    const result = loadMapValue(docWith({ cards }));
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).toHaveLength(51);
    expect(result.errors[50]?.message).toBe('…and 4,950 more problems like the ones above.');
  });

  test('a list longer than the format allows is refused before validation', () => {
    const result = loadMapValue(docWith({ stages: Array.from({ length: 501 }, () => ({})) }));
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'stages: too many items: 501; at most 500',
    ]);
  });
});

describe('messages name the path and what was expected', () => {
  const errorsOf = (extra: Record<string, unknown>) => {
    const result = loadMapValue(docWith(extra));
    return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
  };

  test.each([
    [
      { lanes: [{ id: 'l', name: 'L', kind: 'feelings' }] },
      'lanes[0].kind: expected one of "actions", "touchpoints", "channels", "thoughts", "emotions", "painPoints", "opportunities", "kpis", "owners", "physicalEvidence", "frontstage", "backstage", "support", "text", got "feelings"',
    ],
    [{ brandColor: 'blue' }, 'brandColor: expected a colour like #1e88e5, got "blue"'],
    [{ nextReview: '2027-02-30' }, 'nextReview: expected a date like 2027-03-01, got "2027-02-30"'],
    [{ stages: [{ id: '', name: 'S' }] }, 'stages[0].id: must not be empty'],
    [{ cards: 'none' }, 'cards: expected a list, got text'],
    [
      { personas: [{ id: 'p', name: 'P', photo: 'http://example.com/a.png' }] },
      'personas[0].photo: expected an embedded PNG, JPEG, WebP or GIF image (a data: URL)',
    ],
    [{ cards: [card('a', { laneId: 5 })] }, 'cards[0].laneId: expected text, got a number'],
    [{ language: 'e' }, 'language: too short: 1 characters; at least 2'],
    [
      {
        notes: [{ id: 'n', x: 0, y: 0, text: 'n' }],
        connectors: [{ id: 'c', from: 'a', to: 'b', kind: 'arrow' }],
      },
      'connectors[0].kind: expected one of "flow", "dependency", got "arrow"',
    ],
  ])('%j', (extra, message) => {
    expect(errorsOf(extra)).toEqual([message]);
  });

  test('files that are not journey maps say so', () => {
    const first = (text: string) => {
      const result = loadMap(text);
      return result.ok ? '' : `${result.errors[0]?.path}: ${result.errors[0]?.message}`;
    };
    expect(first('[1, 2]')).toBe(': expected an object, got a list');
    expect(first('{"name": "package"}')).toBe(
      ': This is not a journey map: it has no "format": "journey-map" field.',
    );
    expect(first('{"format": "excalidraw"}')).toBe(
      ': This is not a journey map: expected "format": "journey-map", got "excalidraw".',
    );
    expect(first('{"format": "journey-map", "version": "1"}')).toBe(
      'version: expected a whole number from 0 to 3, got "1"',
    );
    expect(first('{"format": "journey-map"}')).toBe(
      'version: expected a whole number, but it is missing',
    );
    expect(first('   ')).toBe(': The file is empty.');
  });
});
