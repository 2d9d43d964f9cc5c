import { describe, expect, test } from 'vitest';
import { formatMetricChange, formatMetricValue, formatShare } from '../../../../shared/metrics';
import type { Metric, MetricKind } from '../../../../shared/model';

const metric = (kind: MetricKind, unit?: string): Metric => ({
  id: kind,
  name: kind,
  kind,
  higherIsBetter: true,
  ...(unit ? { unit } : {}),
});

/** No-break space, as Intl writes group separators and the gap before `%` in some languages. */
const NB = '\u00a0';

describe('formatMetricValue in the map’s language', () => {
  test.each([
    ['en', ['12,480', '12.5%', `RUB${NB}4,250.50`, '4,250.50 ₽', '42 NPS', '3.25 min']],
    [
      'ru',
      [`12${NB}480`, `12,5${NB}%`, `4${NB}250,50${NB}₽`, `4${NB}250,50 ₽`, '42 NPS', '3,25 min'],
    ],
    ['uk', [`12${NB}480`, '12,5%', `4${NB}250,50${NB}RUB`, `4${NB}250,50 ₽`, '42 NPS', '3,25 min']],
    // Polish does not group a four-digit number.
    ['pl', [`12${NB}480`, '12,5%', `4250,50${NB}RUB`, '4250,50 ₽', '42 NPS', '3,25 min']],
    // Persian digits, Arabic separators.
    ['fa', ['۱۲٬۴۸۰', '۱۲٫۵٪', `\u200eRUB${NB}۴٬۲۵۰٫۵۰`, '۴٬۲۵۰٫۵۰ ₽', '۴۲ NPS', '۳٫۲۵ min']],
  ])('%s', (language, expected) => {
    expect([
      formatMetricValue(12480.4, metric('count'), language),
      formatMetricValue(12.5, metric('percent'), language),
      formatMetricValue(4250.5, metric('currency', 'RUB'), language),
      formatMetricValue(4250.5, metric('currency', '₽'), language),
      formatMetricValue(42, metric('score', 'NPS'), language),
      formatMetricValue(3.25, metric('duration', 'min'), language),
    ]).toEqual(expected);
  });

  test('whole money shows no decimals; a number keeps up to two', () => {
    expect(formatMetricValue(1200, metric('currency', '₽'), 'en')).toBe('1,200 ₽');
    expect(formatMetricValue(1.23456, metric('number'), 'en')).toBe('1.23');
  });

  test('a language tag Intl does not know falls back to English; a regional one keeps its own', () => {
    expect(formatMetricValue(12480, metric('count'), 'not a tag!')).toBe('12,480');
    expect(formatMetricValue(12480, metric('count'), 'de-CH')).toBe("12'480");
  });
});

describe('formatMetricChange and formatShare', () => {
  test('a change has its arrow and the metric’s format; no change reads "="', () => {
    expect(formatMetricChange(120, metric('count'), 'en')).toBe('▲ 120');
    expect(formatMetricChange(-1.5, metric('percent'), 'ru')).toBe(`▼ 1,5${NB}%`);
    expect(formatMetricChange(0, metric('count'), 'en')).toBe('= 0');
  });

  test('a share is a percentage of the language', () => {
    expect(formatShare(0.384, 'en')).toBe('38.4%');
    expect(formatShare(0.384, 'ru')).toBe(`38,4${NB}%`);
    expect(formatShare(1.25, 'fa')).toBe('۱۲۵٪');
  });
});
