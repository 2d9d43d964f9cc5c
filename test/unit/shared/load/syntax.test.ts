import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../../shared/load';
import { scanJson } from '../../../../shared/load/jsonScan';

function firstError(text: string): string {
  const result = loadMap(text);
  return result.ok ? 'loaded' : (result.errors[0]?.message ?? '');
}

describe('JSON that does not parse gets a message a person can act on', () => {
  test.each([
    [
      '{\n  "title": "A",\n}',
      'Not valid JSON at line 3, column 1: a comma before ] or } is not allowed.',
    ],
    ['[1, 2,]', 'Not valid JSON at line 1, column 7: a comma before ] or } is not allowed.'],
    ["{'title': 'A'}", 'Not valid JSON at line 1, column 2: text must be in double quotes.'],
    ['{"a": 1 // note\n}', 'Not valid JSON at line 1, column 9: JSON does not allow comments.'],
    [
      '{"a": "line\nbreak"}',
      'Not valid JSON at line 1, column 12: a line break or control character inside text must be written as an escape such as \\n.',
    ],
    [
      '{"a": 1} {"b": 2}',
      'Not valid JSON at line 1, column 10: there is more after the end of the data.',
    ],
    ['{"a" 1}', 'Not valid JSON at line 1, column 6: expected a colon, found "1".'],
    ['{"a": 1 "b": 2}', "Not valid JSON at line 1, column 9: expected a comma or }, found '\"'."],
    ['[1 2]', 'Not valid JSON at line 1, column 4: expected a comma or ], found "2".'],
    [
      '{title: 1}',
      'Not valid JSON at line 1, column 2: expected a field name in double quotes, found "t".',
    ],
    ['{"a": 01}', 'Not valid JSON at line 1, column 8: expected a comma or }, found "1".'],
    ['{"a": -}', 'Not valid JSON at line 1, column 8: expected a digit, found "}".'],
    [
      '{"a": "\\x"}',
      'Not valid JSON at line 1, column 9: expected an escape such as \\n or \\u00e9, found "x".',
    ],
    [
      '{"a": "\\u12G4"}',
      'Not valid JSON at line 1, column 12: expected a hexadecimal digit, found "G".',
    ],
    ['{"a": undefined}', 'Not valid JSON at line 1, column 7: expected a value, found "u".'],
    ['{"a": 😀}', 'Not valid JSON at line 1, column 7: expected a value, found "😀".'],
  ])('%j', (text, message) => {
    expect(firstError(text)).toBe(message);
  });

  test.each([
    '{"a": [1, 2',
    '{"a": "unfinished',
    '{"a": tr',
    '{"a": -Infin',
    '{"a": 1.',
    '{"a": "\\u12',
    '{"a"',
  ])('truncated: %j', (text) => {
    expect(firstError(text)).toMatch(
      /^The file ends too early \(line 1, column \d+\); it looks cut off\.$/,
    );
  });

  test('a byte order mark is fine', () => {
    expect(
      firstError(
        `\uFEFF{"format":"journey-map","version":1,"title":"T","stages":[],"lanes":[],"cards":[]}`,
      ),
    ).toBe('loaded');
  });

  test('NaN and Infinity literals are found with their JSON paths', () => {
    const scan = scanJson('{"a": [1, NaN, {"b\\"": -Infinity}], "c": Infinity, "d": "NaN"}');
    expect(scan.ok && scan.nonFinite.map(({ path, value }) => [path, value])).toEqual([
      [['a', 1], Number.NaN],
      [['a', 2, 'b"'], Number.NEGATIVE_INFINITY],
      [['c'], Number.POSITIVE_INFINITY],
    ]);
  });

  test('scanning 100,000 levels of nesting needs no deep stack', () => {
    const scan = scanJson(`${'['.repeat(100_000)}NaN${']'.repeat(100_000)}`);
    expect(scan.ok && scan.nonFinite[0]?.path.length).toBe(100_000);
  });
});
