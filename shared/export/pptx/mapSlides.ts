import type PptxGenJS from 'pptxgenjs';
import { LANE_KIND_COLORS } from '../../layout';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import {
  addHeading,
  HEADER_FILL,
  paragraph,
  RULE_COLOR,
  textOptions,
  type DeckStyle,
} from './deckStyle';
import { CELL_MARGIN, CONTENT_Y, hex, MARGIN, PARAGRAPH_GAP_PT, PT } from './frame';
import { LANE_COLUMN, type MapPlan, type MapSlidePlan } from './mapSlidePlan';

/**
 * One slide of the map as a native PowerPoint table: the stage names across the top, the lane
 * names down the start side (tinted with the lane's colour, as on the canvas) and each cell's
 * cards as paragraphs of real, editable text. Right-to-left maps mirror it: the lane names
 * stand at the right and the first stage next to them.
 */
export function drawMapSlide(
  slide: PptxGenJS.Slide,
  style: DeckStyle,
  map: JourneyMap,
  plan: MapPlan,
  part: MapSlidePlan,
  t: Translate,
): void {
  const n = map.stages.length;
  const first = (part.stages[0] ?? 0) + 1;
  const last = (part.stages[part.stages.length - 1] ?? 0) + 1;
  const title =
    part.stages.length === n
      ? t('pptx.mapTitle')
      : t('pptx.mapTitlePart', { from: first, to: last, count: n });
  addHeading(slide, style, part.continued ? t('pptx.continued', { title }) : title);

  const base = { ...textOptions(style, PT.card), margin: CELL_MARGIN, valign: 'top' as const };
  const corner: PptxGenJS.TableCell = {
    text: '',
    options: { ...base, fill: { color: HEADER_FILL } },
  };
  const stageCells = part.columns.map((si): PptxGenJS.TableCell => ({
    text: map.stages[si]?.name ?? '',
    options: {
      ...base,
      fontSize: PT.stageName,
      bold: true,
      fill: { color: HEADER_FILL },
    },
  }));
  const header = style.rtl ? [...stageCells, corner] : [corner, ...stageCells];

  const body = part.rows.map((row) => {
    const lane = map.lanes[row.laneIndex];
    const laneCell: PptxGenJS.TableCell = {
      // A lane whose cards run over from the slide before says so.
      text: row.continued ? t('pptx.continued', { title: lane?.name ?? '' }) : (lane?.name ?? ''),
      options: {
        ...base,
        ...textOptions(style, PT.laneName, lane?.name),
        fontSize: PT.laneName,
        bold: true,
        fill: { color: hex(lane?.color ?? (lane ? LANE_KIND_COLORS[lane.kind] : HEADER_FILL)) },
      },
    };
    const cells = part.columns.map((si): PptxGenJS.TableCell => {
      const cards = row.cells[part.stages.indexOf(si)] ?? [];
      return {
        // One paragraph per card: each is its own line of editable text in PowerPoint.
        text: cards.map((text, i) =>
          paragraph(style, text, PT.card, {
            ...(i < cards.length - 1 ? { breakLine: true } : {}),
            paraSpaceAfter: PARAGRAPH_GAP_PT,
          }),
        ),
        options: base,
      };
    });
    return style.rtl ? [...cells, laneCell] : [laneCell, ...cells];
  });

  const columns = part.columns.map(() => plan.columnWidth);
  slide.addTable([header, ...body], {
    x: MARGIN,
    y: CONTENT_Y,
    w: LANE_COLUMN + plan.columnWidth * part.columns.length,
    colW: style.rtl ? [...columns, LANE_COLUMN] : [LANE_COLUMN, ...columns],
    rowH: [part.headerHeight, ...part.rows.map((row) => row.height)],
    border: { type: 'solid', pt: 0.75, color: RULE_COLOR },
  });
}
