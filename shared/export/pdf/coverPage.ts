import { textColorOn } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import { PAGE_COLORS, PAGE_STYLES, type PageLayout } from './pageLayout';

/**
 * The cover: a band in the brand colour with the title and description, then who it is for,
 * who made it and when, and what the map holds.
 */
export function drawCover(page: PageLayout, map: JourneyMap, date: string, t: Translate): void {
  const margin = Math.min(page.width, page.height) * 0.08;
  const inner = page.width - 2 * margin;
  const bandHeight = page.height * 0.42;
  const onBrand = textColorOn(map.brandColor);
  page.rect(0, 0, page.width, bandHeight, map.brandColor);

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

  const cards = map.cards.length;
  const facts: [string, string][] = [
    [t('export.pdf.client'), map.client],
    [t('export.pdf.author'), map.author],
    [t('export.pdf.dateLabel'), date],
    [
      t('export.pdf.contents'),
      t('export.pdf.contentsValue', {
        stages: map.stages.length,
        lanes: map.lanes.length,
        count: cards,
      }),
    ],
  ];
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
