import type PptxGenJS from 'pptxgenjs';
import { personaInitials, textColorOn } from '../../layout';
import { personaColors } from '../../layout/emotions';
import type { Translate } from '../../load';
import type { JourneyMap, Persona } from '../../model';
import type { SlideSize } from '../options';
import { addHeading, MUTED_COLOR, paragraph, textOptions, type DeckStyle } from './deckStyle';
import {
  BOTTOM_SPACE,
  CONTENT_Y,
  hex,
  lineHeightIn,
  MARGIN,
  PT,
  SLIDE_INCHES,
  textHeightIn,
} from './frame';
import type { SlideImage } from './images';

/**
 * One slide per persona (more when its lists run long): the photo or initials in the
 * persona's colour, name, role and quote, then goals, needs, motivations, pains and channels
 * as bulleted lists in two columns, filled top to bottom, continued on the next slide with
 * the section's heading repeated. Every line keeps its size.
 */

const SECTIONS = ['goals', 'needs', 'motivations', 'pains', 'channels'] as const;
type Section = (typeof SECTIONS)[number];

export type PersonaBlock = { section: Section; item?: string };

export interface PersonaSlidePlan {
  persona: Persona;
  /** The first slide shows the portrait, name, role and quote; later ones only the lists. */
  first: boolean;
  columns: [PersonaBlock[], PersonaBlock[]];
}

const AVATAR = 1.1;
const COLUMN_GAP = 0.4;
const BULLET_INDENT = 0.25;
const ITEM_GAP = 0.06;
const SECTION_GAP = 0.12;

function columnWidth(size: SlideSize): number {
  return (SLIDE_INCHES[size].width - 2 * MARGIN - COLUMN_GAP) / 2;
}

/** Height of the portrait, name, role and quote above the lists on a persona's first slide. */
function introHeight(persona: Persona, size: SlideSize): number {
  const quoteWidth = SLIDE_INCHES[size].width - 2 * MARGIN - 0.2;
  const quote =
    persona.quote.trim() === ''
      ? 0
      : textHeightIn(`“${persona.quote}”`, PT.quote, quoteWidth) + 0.15;
  return AVATAR + 0.2 + quote;
}

function blockHeight(block: PersonaBlock, width: number): number {
  return block.item === undefined
    ? lineHeightIn(PT.sectionHeading) + SECTION_GAP
    : textHeightIn(block.item, PT.body, width - BULLET_INDENT) + ITEM_GAP;
}

export function planPersonaSlides(persona: Persona, size: SlideSize): PersonaSlidePlan[] {
  const blocks: PersonaBlock[] = [];
  for (const section of SECTIONS) {
    const items = persona[section].filter((item) => item.trim() !== '');
    if (items.length === 0) continue;
    blocks.push({ section }, ...items.map((item) => ({ section, item })));
  }
  const width = columnWidth(size);
  const bottom = SLIDE_INCHES[size].height - BOTTOM_SPACE;
  const slides: PersonaSlidePlan[] = [];
  let slide: PersonaSlidePlan = { persona, first: true, columns: [[], []] };
  let column = 0;
  let top = CONTENT_Y + introHeight(persona, size);
  let y = top;
  for (const [i, block] of blocks.entries()) {
    // A heading goes with its first item; an item that does not fit moves on.
    const next = blocks[i + 1];
    const need =
      blockHeight(block, width) + (block.item === undefined && next ? blockHeight(next, width) : 0);
    if (y + need > bottom && slide.columns[column]?.length) {
      if (column === 0) column = 1;
      else {
        slides.push(slide);
        slide = { persona, first: false, columns: [[], []] };
        column = 0;
        top = CONTENT_Y;
      }
      y = top;
      // A list continued in a new column starts with its heading again.
      if (block.item !== undefined) {
        slide.columns[column === 0 ? 0 : 1].push({ section: block.section });
        y += blockHeight({ section: block.section }, width);
      }
    }
    slide.columns[column === 0 ? 0 : 1].push(block);
    y += blockHeight(block, width);
  }
  slides.push(slide);
  return slides;
}

export function drawPersonaSlide(
  slide: PptxGenJS.Slide,
  style: DeckStyle,
  map: JourneyMap,
  plan: PersonaSlidePlan,
  photo: SlideImage | null,
  size: SlideSize,
  t: Translate,
): void {
  const { persona } = plan;
  const color = hex(personaColors(map).get(persona.id)?.color ?? map.brandColor);
  const name = persona.name.trim() || t('export.pdf.persona');
  addHeading(slide, style, plan.first ? name : t('pptx.continued', { title: name }));
  const inner = style.width - 2 * MARGIN;
  let top = CONTENT_Y;
  if (plan.first) {
    const x = style.rtl ? style.width - MARGIN - AVATAR : MARGIN;
    if (photo) {
      slide.addImage({ data: photo.data, x, y: top, w: AVATAR, h: AVATAR, rounding: true });
    } else {
      slide.addText(personaInitials(persona.name), {
        ...textOptions(style, PT.personaName),
        shape: 'ellipse',
        x,
        y: top,
        w: AVATAR,
        h: AVATAR,
        fill: { color },
        color: hex(textColorOn(`#${color}`)),
        bold: true,
        align: 'center',
        valign: 'middle',
      });
    }
    const textX = style.rtl ? MARGIN : MARGIN + AVATAR + 0.25;
    const textWidth = inner - AVATAR - 0.25;
    slide.addText(persona.role.trim() === '' ? ' ' : persona.role, {
      ...textOptions(style, PT.personaRole, persona.role),
      x: textX,
      y: top,
      w: textWidth,
      h: AVATAR,
      color: MUTED_COLOR,
      valign: 'middle',
    });
    top += AVATAR + 0.2;
    if (persona.quote.trim() !== '') {
      const quote = `“${persona.quote}”`;
      const height = textHeightIn(quote, PT.quote, inner - 0.2) + 0.05;
      slide.addShape('rect', {
        x: style.rtl ? style.width - MARGIN - 0.06 : MARGIN,
        y: top,
        w: 0.06,
        h: height,
        fill: { color },
      });
      slide.addText(quote, {
        ...textOptions(style, PT.quote, persona.quote),
        x: style.rtl ? MARGIN : MARGIN + 0.2,
        y: top,
        w: inner - 0.2,
        h: height,
        italic: true,
        margin: 0,
        valign: 'top',
      });
      top += height + 0.1;
    }
  }
  const width = columnWidth(size);
  plan.columns.forEach((blocks, column) => {
    if (blocks.length === 0) return;
    const start = column === 0 ? MARGIN : MARGIN + width + COLUMN_GAP;
    const x = style.rtl ? style.width - start - width : start;
    const runs = blocks.map((block, i): PptxGenJS.TextProps => {
      const breakLine = i < blocks.length - 1;
      if (block.item === undefined) {
        return paragraph(style, t(`export.persona.${block.section}`), PT.sectionHeading, {
          bold: true,
          color,
          breakLine,
          paraSpaceBefore: i === 0 ? 0 : SECTION_GAP * 72,
        });
      }
      return paragraph(style, block.item, PT.body, {
        bullet: { indent: BULLET_INDENT * 72 },
        breakLine,
        paraSpaceAfter: ITEM_GAP * 72,
      });
    });
    slide.addText(runs, {
      ...textOptions(style, PT.body),
      x,
      y: top,
      w: width,
      h: style.height - BOTTOM_SPACE - top,
      valign: 'top',
      margin: 0,
    });
  });
}
