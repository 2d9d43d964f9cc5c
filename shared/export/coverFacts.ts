import type { Translate } from '../load';
import type { JourneyMap } from '../model';

/**
 * The facts a deliverable's cover lists under its title, as label and value pairs in the
 * order shown: client, author, date and what the map holds. Empty values are the caller's to
 * leave out. One list for the PDF cover and the PowerPoint title slide.
 */
export function coverFacts(
  map: Pick<JourneyMap, 'client' | 'author' | 'stages' | 'lanes' | 'cards'>,
  t: Translate,
  date: string,
): [label: string, value: string][] {
  return [
    [t('export.pdf.client'), map.client],
    [t('export.pdf.author'), map.author],
    [t('export.pdf.dateLabel'), date],
    [
      t('export.pdf.contents'),
      t('export.pdf.contentsValue', {
        stages: map.stages.length,
        lanes: map.lanes.length,
        count: map.cards.length,
      }),
    ],
  ];
}
