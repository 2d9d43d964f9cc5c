import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../../shared/load';
import { BAD_INPUT_CASES, caseText } from './badInputCases';

describe('the loader answers every class of bad input with a clear message', () => {
  test.each(BAD_INPUT_CASES)('$name', ({ content, outcome, path, message }) => {
    const result = loadMap(caseText(content()));
    const problems =
      outcome === 'refused' ? (result.ok ? [] : result.errors) : result.ok ? result.warnings : [];
    expect(result.ok).toBe(outcome === 'repaired');
    expect(problems).toContainEqual(
      expect.objectContaining({
        path,
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      }),
    );
  });

  test('__proto__ and constructor keys never reach an object', () => {
    const text = JSON.stringify({
      format: 'journey-map',
      version: 3,
      title: 'T',
      stages: [{ id: 's', name: 'S' }],
      lanes: [{ id: 'l', name: 'L', kind: 'actions' }],
      cards: [],
    }).replace(
      '{"id":"s"',
      '{"constructor":{"prototype":{"polluted":true}},"__proto__":{"polluted":true},"id":"s"',
    );
    const result = loadMap(text);
    if (!result.ok) throw new Error('expected the map to load');
    const stage = result.map.stages[0] as object;
    expect(Object.getPrototypeOf(stage)).toBe(Object.prototype);
    expect(Object.keys(stage)).toEqual(['id', 'name']);
    expect((stage as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.warnings.map((w) => w.path)).toEqual([
      'stages[0].constructor',
      'stages[0].__proto__',
    ]);
  });

  test('a 100,000-deep value is refused without overflowing the stack, wherever it is', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const result = loadMap(`{"format":"journey-map","version":1,"extra":${deep}}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.code).toBe('tooDeep');
  });
});
