import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { textWidth, type TextStyle } from '../../../../shared/layout/measure';
import { ELLIPSIS, wrapText } from '../../../../shared/layout/wrap';

const style: TextStyle = { fontSize: 13, lineHeight: 18, weight: 'regular' };
const texts = (text: string, width: number, maxLines?: number): string[] =>
  wrapText(text, width, style, maxLines).lines.map((l) => l.text);

describe('wrapText', () => {
  test('breaks at spaces so that every line fits', () => {
    const text = 'The customer cannot find the delivery date before paying for the order';
    const { lines } = wrapText(text, 120, style);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
    expect(lines.map((l) => l.text).join(' ')).toBe(text);
  });

  test('a line takes as many words as fit', () => {
    const { lines } = wrapText('aaa bbb ccc ddd', textWidth('aaa bbb', style), style);
    expect(lines.map((l) => l.text)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  test('line widths are the measured widths of the line texts', () => {
    for (const line of wrapText('Zażółć gęślą jaźń, płatność kartą', 90, style).lines) {
      expect(line.width).toBeCloseTo(textWidth(line.text, style), 6);
    }
  });

  test('a word wider than the line is cut between characters', () => {
    const lines = texts('https://example.com/a/very/long/path/that/does/not/fit', 80);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('https://example.com/a/very/long/path/that/does/not/fit');
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(80);
  });

  test('never splits a surrogate pair or separates a mark from its letter', () => {
    for (const line of texts('😀😀😀😀😀😀😀😀', 30)) expect(line).toMatch(/^(😀)+$/u);
    for (const line of texts('e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301', 10)) {
      expect(line.startsWith('\u0301')).toBe(false);
    }
  });

  test('keeps hard line breaks and empty lines', () => {
    expect(texts('one\n\ntwo\r\nthree', 500)).toEqual(['one', '', 'two', 'three']);
  });

  test('empty text has no line; tabs become spaces', () => {
    expect(texts('', 100)).toEqual([]);
    expect(texts('a\tb', 100)).toEqual(['a b']);
  });

  test('maxLines cuts with an ellipsis that fits', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const wrapped = wrapText(text, 80, style, 2);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]?.text.endsWith(ELLIPSIS)).toBe(true);
    expect(wrapped.lines[1]?.width).toBeLessThanOrEqual(80);
    expect(wrapText('short', 80, style, 2).truncated).toBe(false);
  });

  test('wraps Persian at spaces, keeping the zero-width non-joiner inside words', () => {
    const text = 'مشتری می‌خواهد سفارش خود را بدون تماس با پشتیبانی پیگیری کند';
    const { lines } = wrapText(text, 110, style);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe(text);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(110);
  });

  test('property: lines fit, and keep every non-space character in order', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'W', ' ', 'ж', 'ب', 'ی', '\n', '😀', 'ł'),
          maxLength: 80,
        }),
        fc.integer({ min: 30, max: 300 }),
        (text, width) => {
          const { lines } = wrapText(text, width, style);
          for (const line of lines) {
            const chars = [...line.text];
            if (chars.length > 1) expect(line.width).toBeLessThanOrEqual(width + 1e-9);
          }
          const strip = (s: string): string => s.replace(/\s/g, '');
          expect(strip(lines.map((l) => l.text).join(''))).toBe(strip(text));
        },
      ),
    );
  });
});
