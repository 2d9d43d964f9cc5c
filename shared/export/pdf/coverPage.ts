import { coverFacts } from '../coverFacts';
import { textColorOn } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import type { PdfImage } from './logo';
import { PAGE_COLORS, PAGE_STYLES, type PageLayout } from './pageLayout';

/**
 * The cover: a band in the brand colour with the title and description, then who it is for,
 * who made it and when, and what the map holds.
 */
export function drawCover(
  page: PageLayout,
  map: JourneyMap,
  date: string,
  t: Translate,
  logo: PdfImage | null = null,
): void {
  const margin = Math.min(page.width, page.height) * 0.08;
  const inner = page.width - 2 * margin;
  const bandHeight = page.height * 0.42;
  const onBrand = textColorOn(map.brandColor);
  page.rect(0, 0, page.width, bandHeight, map.brandColor);
  if (logo) drawLogo(page, logo, margin, bandHeight);

  const title = page.text(
    map.title || t('export.pdf.untitled'),
    { x: page.startX(margin, inner), y: bandHeight * 0.35, width: inner },
    PAGE_STYLES.coverTitle,
    onBrand,
    { maxLines: 3 },
  );
  page.text(
    t(`export.mapTypes.${map.mapType}`),
    { x: page.startX(margin, inner), y: title.y + title.height + 8, width: inner },
    PAGE_STYLES.coverSubtitle,
    onBrand,
    { maxLines: 1 },
  );

  let y = bandHeight + margin * 0.6;
  if (map.description.trim() !== '') {
    const width = Math.min(inner, 720);
    const block = page.text(
      map.description,
      { x: page.startX(margin, width), y, width },
      PAGE_STYLES.quote,
      PAGE_COLORS.text,
      { maxLines: 8 },
    );
    y += block.height + margin * 0.5;
  }

  const facts = coverFacts(map, t, date);
  const labelWidth = 140;
  const valueWidth = Math.min(inner - labelWidth, 560);
  for (const [label, value] of facts) {
    if (value.trim() === '') continue;
    page.text(
      label,
      { x: page.startX(margin, labelWidth), y, width: labelWidth },
      PAGE_STYLES.bodyBold,
      PAGE_COLORS.muted,
      { maxLines: 1 },
    );
    const block = page.text(
      value,
      { x: page.startX(margin + labelWidth, valueWidth), y, width: valueWidth },
      PAGE_STYLES.body,
      PAGE_COLORS.text,
      { maxLines: 3 },
    );
    y += Math.max(block.height, PAGE_STYLES.body.lineHeight) + 8;
  }
  page.rect(0, page.height - 10, page.width, 10, map.brandColor);
}

/**
 * The logo on a white plate at the band's end edge, above the title: at most 220 × 90 px
 * (about 58 × 24 mm), its proportions kept, so any brand colour behind it does no harm.
 */
function drawLogo(page: PageLayout, logo: PdfImage, margin: number, bandHeight: number): void {
  const fit = Math.min(220 / logo.width, 90 / logo.height, (bandHeight * 0.25) / logo.height);
  const width = logo.width * fit;
  const height = logo.height * fit;
  const pad = 10;
  const x = page.rtl ? margin : page.width - margin - width;
  const y = Math.min(margin * 0.6, bandHeight * 0.1);
  page.rect(x - pad, y - pad, width + 2 * pad, height + 2 * pad, '#ffffff', 6);
  const c = page.canvas;
  page.doc.addImage(logo.data, logo.format, c.x(x), c.y(y), c.len(width), c.len(height));
}
