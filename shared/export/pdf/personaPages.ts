import { textColorOn } from '../../layout';
import { personaColors } from '../../layout/emotions';
import type { Translate } from '../../load';
import type { JourneyMap, Persona } from '../../model';
import { personaInitials } from '../../model/initials';
import { PAGE_COLORS, PAGE_STYLES, type PageLayout } from './pageLayout';

const SECTIONS = ['goals', 'needs', 'motivations', 'pains', 'channels'] as const;

/**
 * One page per persona: a round badge (photo or initials) in the persona's colour, name, role
 * and quote, then the lists (goals, needs, motivations, pains, channels) in two columns.
 * `newPage` starts another page when a persona's lists run over.
 */
export function drawPersona(
  page: PageLayout,
  map: JourneyMap,
  persona: Persona,
  area: { top: number; bottom: number; margin: number },
  newPage: () => void,
  t: Translate,
): void {
  const { margin } = area;
  const inner = page.width - 2 * margin;
  // The colour of the persona's emotion curve (the layout's rule), so page and map agree.
  const color = personaColors(map).get(persona.id)?.color ?? map.brandColor;
  const avatar = 72;
  const top = area.top;
  const avatarX = page.startX(margin, avatar);
  if (!drawPhoto(page, persona, avatarX, top, avatar)) {
    page.canvas.draw({
      kind: 'circle',
      cx: avatarX + avatar / 2,
      cy: top + avatar / 2,
      r: avatar / 2,
      fill: color,
    });
    page.text(
      personaInitials(persona.name),
      { x: avatarX, y: top + (avatar - PAGE_STYLES.heading.lineHeight) / 2, width: avatar },
      PAGE_STYLES.heading,
      textColorOn(color),
      { align: 'center', maxLines: 1 },
    );
  }
  const textX = margin + avatar + 20;
  const textWidth = inner - avatar - 20;
  let y = top;
  const name = page.text(
    persona.name || t('export.pdf.persona'),
    { x: page.startX(textX, textWidth), y, width: textWidth },
    PAGE_STYLES.heading,
    PAGE_COLORS.text,
    { maxLines: 2 },
  );
  y += name.height + 2;
  if (persona.role.trim() !== '') {
    const role = page.text(
      persona.role,
      { x: page.startX(textX, textWidth), y, width: textWidth },
      PAGE_STYLES.subheading,
      PAGE_COLORS.muted,
      { maxLines: 2 },
    );
    y += role.height;
  }
  y = Math.max(y, top + avatar) + 16;
  if (persona.quote.trim() !== '') {
    const quote = page.text(
      `“${persona.quote}”`,
      { x: page.startX(margin + 16, inner - 16), y, width: inner - 16 },
      PAGE_STYLES.quote,
      PAGE_COLORS.text,
      { maxLines: 6 },
    );
    page.rect(page.startX(margin, 4), y, 4, quote.height, color);
    y += quote.height + 20;
  }

  const gap = 32;
  const columnWidth = (inner - gap) / 2;
  const columnY: [number, number] = [y, y];
  for (const section of SECTIONS) {
    const items = persona[section].filter((item) => item.trim() !== '');
    if (items.length === 0) continue;
    const column = columnY[0] <= columnY[1] ? 0 : 1;
    let cy = columnY[column];
    if (cy > area.bottom - 80) {
      newPage();
      columnY[0] = columnY[1] = area.top;
      cy = area.top;
    }
    const x = page.startX(margin + column * (columnWidth + gap), columnWidth);
    const heading = page.text(
      t(`export.persona.${section}`),
      { x, y: cy, width: columnWidth },
      PAGE_STYLES.subheading,
      color,
      { maxLines: 1 },
    );
    cy += heading.height + 6;
    for (const item of items) {
      const bulletX = page.rtl ? x + columnWidth - 8 : x;
      page.canvas.draw({
        kind: 'circle',
        cx: bulletX + 4,
        cy: cy + PAGE_STYLES.body.lineHeight / 2,
        r: 2.5,
        fill: color,
      });
      const block = page.text(
        item,
        { x: page.rtl ? x : x + 16, y: cy, width: columnWidth - 16 },
        PAGE_STYLES.body,
        PAGE_COLORS.text,
        { maxLines: 8 },
      );
      cy += block.height + 6;
    }
    columnY[column] = cy + 14;
  }
}

/** Draws a PNG or JPEG photo (what jsPDF embeds); false when there is none it can use. */
function drawPhoto(
  page: PageLayout,
  persona: Persona,
  x: number,
  y: number,
  size: number,
): boolean {
  const match = persona.photo?.match(/^data:image\/(png|jpeg);base64,/);
  if (!match || !persona.photo) return false;
  try {
    const c = page.canvas;
    page.doc.addImage(
      persona.photo,
      match[1] === 'png' ? 'PNG' : 'JPEG',
      c.x(x),
      c.y(y),
      c.len(size),
      c.len(size),
    );
    return true;
  } catch {
    return false; // a photo jsPDF cannot decode: initials instead
  }
}
