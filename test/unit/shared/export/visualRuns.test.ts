import { describe, expect, test } from 'vitest';
import { textWidth, TEXT_STYLES } from '../../../../shared/layout';
import { presentationForms, shapeArabic } from '../../../../shared/export/text/arabicShaping';
import {
  baseDirectionOf,
  visualOrder,
  visualPieces,
} from '../../../../shared/export/text/visualRuns';

const style = TEXT_STYLES.card;
const pieces = (line: string, dir: 'ltr' | 'rtl' = baseDirectionOf(line, 'ltr')) =>
  visualPieces(line, dir, 'regular', style.fontSize);

describe('bidi line ordering', () => {
  test('a Persian line with Latin words and digits reads right to left, Latin left to right', () => {
    const line = 'سفارش Pro با کد 2024 ثبت شد';
    const visual = pieces(line).filter((p) => p.logical.trim() !== '');
    // Left to right on the page: the line's end comes first.
    expect(visual.map((p) => p.logical)).toEqual(['شد', 'ثبت', '2024', 'کد', 'با', 'Pro', 'سفارش']);
    expect(visual.find((p) => p.logical === '2024')?.rtl).toBe(false);
    expect(visual.find((p) => p.logical === 'سفارش')?.rtl).toBe(true);
  });

  test('an English line with a Persian word keeps its order', () => {
    const visual = pieces('Order سفارش now').filter((p) => p.logical.trim() !== '');
    expect(visual.map((p) => p.logical.trim())).toEqual(['Order', 'سفارش', 'now']);
  });

  test('the paragraph direction comes from the first strong character', () => {
    expect(baseDirectionOf('2024 سفارش', 'ltr')).toBe('rtl');
    expect(baseDirectionOf('Клієнт', 'rtl')).toBe('ltr');
    expect(baseDirectionOf('123', 'rtl')).toBe('rtl');
  });

  test('pieces fill exactly the width the layout measured', () => {
    for (const line of [
      'سفارش Pro با کد 2024 ثبت شد',
      'Zażółć gęślą jaźń',
      'می‌خواهم پرداخت کنم',
    ]) {
      const list = pieces(line);
      const last = list.at(-1);
      expect(last && last.x + last.width).toBeCloseTo(textWidth(line, style), 6);
    }
  });

  test('rule L2 reverses runs from the highest level down', () => {
    expect(visualOrder([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
    expect(visualOrder([1, 2, 1])).toEqual([2, 1, 0]);
  });

  test('brackets in a right-to-left line are mirrored, so they still enclose the word', () => {
    // Logical "(کتاب)" read from the right: the page shows "(" at the left end, ")" at the right.
    const visual = pieces('(کتاب)', 'rtl');
    expect(visual.map((p) => p.text.normalize('NFKC')).join('')).toBe('(باتک)');
    expect(
      pieces('(Pro)', 'ltr')
        .map((p) => p.text)
        .join(''),
    ).toBe('(Pro)');
  });

  test('a left-to-right mark orders a signed Persian number but is not drawn (no box in the PDF)', () => {
    // Intl writes "+620" in Persian as LRM + "+" + Persian digits: the sign stays on the left.
    const signed = new Intl.NumberFormat('fa', { signDisplay: 'always' }).format(620);
    expect(signed).toContain('\u200e');
    const visual = pieces(signed, 'rtl');
    expect(visual.map((p) => p.text).join('')).toBe('+۶۲۰');
    expect(visual[0]?.x).toBe(0);
  });
});

describe('Arabic shaping', () => {
  test('presentation forms follow Unicode: isolated, final, initial, medial', () => {
    expect(presentationForms(0x0628)).toEqual([0xfe8f, 0xfe90, 0xfe91, 0xfe92]); // beh
    expect(presentationForms(0x067e)).toEqual([0xfb56, 0xfb57, 0xfb58, 0xfb59]); // peh
    expect(presentationForms(0x06cc)).toEqual([0xfbfc, 0xfbfd, 0xfbfe, 0xfbff]); // Farsi yeh
    expect(presentationForms(0x0627)).toEqual([0xfe8d, 0xfe8e]); // alef
    expect(presentationForms(0x0649)).toEqual([0xfeef, 0xfef0]); // alef maksura
  });

  test('letters take their joining forms, and shaping undoes under NFKC', () => {
    const word = 'سلام';
    const shaped = shapeArabic(word);
    expect(shaped).not.toBe(word);
    expect(shaped.normalize('NFKC')).toBe(word);
    expect(shaped.charCodeAt(0)).toBe(0xfeb3); // seen initial
  });

  test('ZWNJ breaks the join (Persian می‌خواهم)', () => {
    const shaped = shapeArabic('می‌خواهم');
    expect(shaped.charCodeAt(1)).toBe(0xfbfd); // yeh final: it does not join across ZWNJ
    expect(shaped.charCodeAt(3)).toBe(0xfea7); // khah initial
  });

  test('lam + alef becomes the ligature', () => {
    expect(shapeArabic('لا')).toBe('\ufefb');
    expect(shapeArabic('کلا').normalize('NFKC')).toBe('کلا');
  });
});
