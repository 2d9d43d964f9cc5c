import type PptxGenJS from 'pptxgenjs';
import type { JourneyMap } from '../../model';
import { baseDirectionOf } from '../text/visualRuns';
import { hex, MARGIN, PT, SLIDE_INCHES, slideFont, TITLE_HEIGHT, TITLE_Y } from './frame';
import type { SlideSize } from '../options';

/** What every slide's text shares: the face, the map's language and reading direction. */
export interface DeckStyle {
  font: string;
  lang: string;
  rtl: boolean;
  /** Where lines start: right in right-to-left maps. */
  align: 'left' | 'right';
  brand: string;
  width: number;
  height: number;
}

export const TEXT_COLOR = '1F2937';
export const MUTED_COLOR = '4B5563';
export const RULE_COLOR = 'D1D5DB';
export const HEADER_FILL = 'F3F4F6';

export function deckStyle(map: JourneyMap, size: SlideSize): DeckStyle {
  const rtl = map.direction === 'rtl';
  return {
    font: slideFont(map),
    lang: map.language,
    rtl,
    align: rtl ? 'right' : 'left',
    brand: hex(map.brandColor),
    ...SLIDE_INCHES[size],
  };
}

/**
 * Text options in the deck's face and language at `pt` points, aligned as the map reads. A
 * paragraph's own direction comes from its first strong letter (HTML's `dir="auto"`, as the
 * canvas shows it): a Polish quote in a Persian map reads left to right, its full stop at its
 * end, while it stays aligned with the rest.
 */
export function textOptions(style: DeckStyle, pt: number, text = ''): PptxGenJS.TextPropsOptions {
  const rtl = baseDirectionOf(text, style.rtl ? 'rtl' : 'ltr') === 'rtl';
  return {
    fontFace: style.font,
    fontSize: pt,
    lang: style.lang,
    align: style.align,
    color: TEXT_COLOR,
    ...(rtl ? { rtlMode: true } : {}),
  };
}

/**
 * One paragraph of a text box or table cell with the deck's options in full: pptxgenjs gives
 * a run that has options of its own none of the box's (face, language, direction).
 */
export function paragraph(
  style: DeckStyle,
  text: string,
  pt: number,
  options: PptxGenJS.TextPropsOptions = {},
): PptxGenJS.TextProps {
  return { text, options: { ...textOptions(style, pt, text), ...options } };
}

/** A slide's heading across the top, in the brand colour. */
export function addHeading(slide: PptxGenJS.Slide, style: DeckStyle, text: string): void {
  slide.addText(text, {
    ...textOptions(style, PT.slideTitle, text),
    x: MARGIN,
    y: TITLE_Y,
    w: style.width - 2 * MARGIN,
    h: TITLE_HEIGHT,
    bold: true,
    color: style.brand,
    valign: 'middle',
    margin: 0,
    fit: 'none',
  });
}

/** The slide number at the bottom, on the side where lines end. */
export function addSlideNumber(slide: PptxGenJS.Slide, style: DeckStyle): void {
  slide.slideNumber = {
    x: style.rtl ? MARGIN : style.width - MARGIN - 0.6,
    y: style.height - 0.35,
    w: 0.6,
    h: 0.25,
    fontFace: style.font,
    fontSize: PT.footer,
    color: MUTED_COLOR,
    align: style.rtl ? 'left' : 'right',
  };
}
