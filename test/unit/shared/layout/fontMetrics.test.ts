import { describe, expect, test } from 'vitest';
import { FONT_METRICS } from '../../../../shared/layout/fontMetrics.generated';
import { FONT_WEIGHTS, type FontFace, type FontWeight } from '../../../../shared/layout/fonts';
import { fontFaceOf, textWidth } from '../../../../shared/layout/measure';
import {
  fontMetricsFromFonts,
  missingInWeight,
  openFont,
} from '../../../tools/fontMetricsFromFonts';

/**
 * Width of `text` as the real font shapes it with what the canvas CSS and the PDF keep:
 * Arabic's required forms and ligatures, no kerning, no optional or contextual ligatures.
 */
function shapedWidth(text: string, weight: FontWeight, fontSize: number): number {
  let units = 0;
  // Split into runs by the face that supplies each character, as the renderers do.
  const runs: { face: FontFace; text: string }[] = [];
  for (const ch of text) {
    if (ch === '\u200c') {
      runs.push({ face: 'latin', text: '' }); // ZWNJ: no width, and it stops joining
      continue;
    }
    const face = fontFaceOf(ch.codePointAt(0) ?? 0) ?? 'latin';
    const last = runs[runs.length - 1];
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  for (const run of runs.filter((r) => r.text !== '')) {
    const font = openFont(run.face, weight);
    const glyphs = font.layout(run.text, { kern: false, liga: false, calt: false }).glyphs;
    units += glyphs.reduce((sum, g) => sum + (g.advanceWidth * 1000) / font.unitsPerEm, 0);
  }
  return (units * fontSize) / 1000;
}

const SAMPLES = [
  'Customer journey map: Awareness → Advocacy (2027)',
  'Zażółć gęślą jaźń — płatność kartą nie przeszła',
  'Клієнт не знайшов кнопку «Оплатити» на сторінці',
  'مشتری می‌خواهد سفارش را پیگیری کند',
  'پرداخت ناموفق بود؛ لطفاً دوباره تلاش کنید',
  'سلام، الان کلاس ساعت ۱۰ است',
  'Checkout در موبایل کند است',
];

describe('font metrics table', () => {
  test('matches the font files (run test/tools/writeFontMetrics.ts after a font upgrade)', () => {
    expect(FONT_METRICS).toEqual(fontMetricsFromFonts());
  });

  test('bold covers every character that regular covers', () => {
    for (const face of ['latin', 'arabic'] as const) {
      expect(missingInWeight(face, 'bold')).toEqual([]);
    }
  });

  test.each(SAMPLES)('measures %s as the shaped font is wide', (sample) => {
    for (const weight of FONT_WEIGHTS) {
      const style = { fontSize: 13, lineHeight: 18, weight };
      const expected = shapedWidth(sample, weight, 13);
      expect(Math.abs(textWidth(sample, style) - expected)).toBeLessThan(expected * 0.005);
    }
  });

  test('Latin, Polish and Cyrillic come from Noto Sans, Persian from Vazirmatn', () => {
    const faceOf = (ch: string): string | null => fontFaceOf(ch.codePointAt(0) ?? 0);
    expect(['ł', 'Ж', 'گ', '۱', '😀'].map(faceOf)).toEqual([
      'latin',
      'latin',
      'arabic',
      'arabic',
      null,
    ]);
  });
});
