import { describe, expect, test } from 'vitest';
import { readDate, readNumber } from '../../../../shared/import';

describe('numbers in any locale', () => {
  test.each([
    ['1 234,5', 1234.5], // Russian, Polish: space groups, decimal comma
    ['1\u00a0234\u00a0567,25', 1234567.25], // NBSP, as Excel writes it
    ['12\u202f500', 12500], // narrow NBSP (French, newer Russian locales)
    ['1.234,56', 1234.56], // German
    ['1,234.56', 1234.56], // English
    ["1'234.5", 1234.5], // Swiss
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['0,125', 0.125],
    [',5', 0.5],
    ['12,5', 12.5],
    ['1234,567', 1234.567],
    ['−42', -42], // U+2212 minus sign
    ['-3,5', -3.5],
    ['(1 200)', -1200], // accounting negative
    ['1,5E-7', 1.5e-7],
    ['۱۲٫۵', 12.5], // Persian digits and decimal separator
    ['۱۲۳٬۴۵۶', 123456],
  ])('%s is %d', (text, value) => {
    expect(readNumber(text)).toMatchObject({ kind: 'number', value });
  });

  test('percentages keep the value as written, with the unit', () => {
    expect(readNumber('12,5%')).toEqual({
      kind: 'number',
      value: 12.5,
      unit: 'percent',
      evidence: ',',
    });
    expect(readNumber('-3.25 %')).toMatchObject({ value: -3.25, unit: 'percent' });
  });

  test.each([
    ['$1,200.50', 1200.5, '$'],
    ['-$40', -40, '$'],
    ['1 200 ₽', 1200, '₽'],
    ['4 250,50 р.', 4250.5, 'р.'],
    ['15 300,75 zł', 15300.75, 'zł'],
    ['€ 99,90', 99.9, '€'],
    ['EUR 1.500,00', 1500, 'EUR'],
  ])('currency: %s', (text, value, currency) => {
    expect(readNumber(text)).toMatchObject({ kind: 'number', value, unit: 'currency', currency });
  });

  test('1,234 and 1.234 are ambiguous: both readings are returned, none is picked', () => {
    expect(readNumber('1,234')).toEqual({
      kind: 'ambiguous',
      readings: { ',': { kind: 'number', value: 1.234 }, '.': { kind: 'number', value: 1234 } },
    });
    expect(readNumber('1.234', ',')).toMatchObject({ value: 1234 });
    expect(readNumber('1.234', '.')).toMatchObject({ value: 1.234 });
  });

  test('what proves the decimal mark is reported as evidence', () => {
    expect(readNumber('1,234,567')).toMatchObject({ evidence: '.' });
    expect(readNumber('1 234,5')).toMatchObject({ evidence: ',' });
    expect(readNumber('1200')).not.toHaveProperty('evidence');
  });

  test.each(['n/a', '—', '12 34', '1,23,4', '1.234,5.6', '12abc', 'TRUE', '1,2,3.4,5', ''])(
    '%j is not a number',
    (text) => expect(readNumber(text)).toEqual({ kind: 'invalid' }),
  );
});

describe('dates', () => {
  test.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-03-31T23:30:00Z', '2026-03-31'],
    ['2026-03-31T10:00:00+03:00', '2026-03-31'],
    ['2026-03-31 10:00', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['1.3.2026', '2026-03-01'],
    ['31.03.2026 18:36', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['03/31/2026', '2026-03-31'],
    ['2026/03/31', '2026-03-31'],
  ])('%s is %s', (text, date) => {
    expect(readDate(text)).toMatchObject({ kind: 'date', date });
  });

  test('a day or month over 12 proves the order', () => {
    expect(readDate('31/03/2026')).toMatchObject({ evidence: 'dmy' });
    expect(readDate('03/31/2026')).toMatchObject({ evidence: 'mdy' });
  });

  test('03/04/2026 is ambiguous unless the order is given', () => {
    expect(readDate('03/04/2026')).toEqual({
      kind: 'ambiguous',
      readings: { dmy: '2026-04-03', mdy: '2026-03-04' },
    });
    expect(readDate('03/04/2026', 'mdy')).toMatchObject({ date: '2026-03-04' });
    expect(readDate('04/04/2026')).toMatchObject({ kind: 'date', date: '2026-04-04' });
  });

  test('XLSX date cells and serial day numbers', () => {
    expect(readDate(new Date(Date.UTC(2026, 2, 31)))).toEqual({ kind: 'date', date: '2026-03-31' });
    expect(readDate(46112)).toEqual({ kind: 'date', date: '2026-03-31' });
  });

  test.each(['31.02.2026', '2026-13-01', 'Q1 2026', '46112.5', 'yesterday'])(
    '%s is not a date',
    (text) => {
      expect(readDate(text)).toEqual({ kind: 'invalid' });
    },
  );
});
