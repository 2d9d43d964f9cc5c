import { coverFacts } from '../coverFacts';
import type PptxGenJS from 'pptxgenjs';
import { textColorOn } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import { MUTED_COLOR, textOptions, type DeckStyle } from './deckStyle';
import { hex, lineCount, lineHeightIn, MARGIN, PT } from './frame';
import { fitInside, type SlideImage } from './images';

/** Title sizes tried from the largest down until the title fits on two lines. */
const TITLE_SIZES = [PT.coverTitle, 28, 24, 20] as const;

/**
 * The title slide: a band in the brand colour with the title and the kind of map, the logo on
 * a white plate at the band's end, then who it is for, who made it and when.
 */
export function drawTitleSlide(
  slide: PptxGenJS.Slide,
  style: DeckStyle,
  map: JourneyMap,
  date: string,
  logo: SlideImage | null,
  t: Translate,
): void {
  const band = style.height * 0.5;
  const inner = style.width - 2 * MARGIN;
  const onBrand = hex(textColorOn(map.brandColor));
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', { x: 0, y: 0, w: style.width, h: band, fill: { color: style.brand } });

  let titleWidth = inner;
  if (logo) {
    const size = fitInside(logo, 2.2, 0.8);
    const pad = 0.1;
    const x = style.rtl ? MARGIN : style.width - MARGIN - size.w;
    slide.addShape('roundRect', {
      x: x - pad,
      y: MARGIN - pad,
      w: size.w + 2 * pad,
      h: size.h + 2 * pad,
      fill: { color: 'FFFFFF' },
      rectRadius: 0.08,
    });
    slide.addImage({ data: logo.data, x, y: MARGIN, ...size });
    titleWidth = inner - (size.w + 0.4);
  }

  const title = map.title.trim() || t('export.pdf.untitled');
  const size = TITLE_SIZES.find((pt) => lineCount(title, pt, titleWidth, true) <= 2) ?? 20;
  const titleHeight = Math.min(3, lineCount(title, size, titleWidth, true)) * lineHeightIn(size);
  const titleY = band - 0.45 - titleHeight - lineHeightIn(PT.coverSubtitle);
  slide.addText(title, {
    ...textOptions(style, size, title),
    x: style.rtl ? style.width - MARGIN - titleWidth : MARGIN,
    y: titleY,
    w: titleWidth,
    h: titleHeight + 0.1,
    bold: true,
    color: onBrand,
    valign: 'bottom',
    margin: 0,
  });
  slide.addText(t(`export.mapTypes.${map.mapType}`), {
    ...textOptions(style, PT.coverSubtitle),
    x: MARGIN,
    y: band - 0.35 - lineHeightIn(PT.coverSubtitle),
    w: inner,
    h: lineHeightIn(PT.coverSubtitle) + 0.05,
    color: onBrand,
    margin: 0,
  });

  const facts = coverFacts(map, t, date);
  const labelWidth = 1.6;
  const valueWidth = inner - labelWidth;
  const line = lineHeightIn(PT.coverFact) + 0.08;
  let y = band + 0.35;
  for (const [label, value] of facts) {
    if (value.trim() === '' || y + line > style.height - 0.3) continue;
    slide.addText(label, {
      ...textOptions(style, PT.coverFact),
      x: style.rtl ? style.width - MARGIN - labelWidth : MARGIN,
      y,
      w: labelWidth,
      h: line,
      bold: true,
      color: MUTED_COLOR,
      margin: 0,
    });
    slide.addText(value, {
      ...textOptions(style, PT.coverFact, value),
      x: style.rtl ? MARGIN : MARGIN + labelWidth,
      y,
      w: valueWidth,
      h: line,
      margin: 0,
      fit: 'none',
    });
    y += line;
  }
  slide.addShape('rect', {
    x: 0,
    y: style.height - 0.12,
    w: style.width,
    h: 0.12,
    fill: { color: style.brand },
  });
}
