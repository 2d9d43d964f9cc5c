import { groupCells } from '../../layout/cells';
import type { Card, JourneyMap, Lane } from '../../model';
import type { SlideSize } from '../options';
import {
  BOTTOM_SPACE,
  CELL_MARGIN,
  CONTENT_Y,
  MARGIN,
  PARAGRAPH_GAP_PT,
  PT,
  SLIDE_INCHES,
  textHeightIn,
} from './frame';

/**
 * How the map's grid goes onto slides as native tables: the stages in groups side by side
 * (every group as wide as the slide, its columns as wide as the text needs at PT.card, never
 * below MIN_COLUMN), and within a group the lanes as rows, continued on the next slide when
 * they do not fit (the stage names repeated). Of all groupings the one with the fewest slides
 * wins, and among those the one with the most stages per slide: the reader sees as much of
 * the journey at once as stays readable. All text keeps its size; nothing is shrunk to fit.
 */

/** The narrowest stage column: about fourteen characters of card text a line. */
export const MIN_COLUMN = 1.1;
/** The lane names' column. */
export const LANE_COLUMN = 1.35;

export interface MapRow {
  laneIndex: number;
  /** Card texts of each of the slide's stages (in map order); a continued row holds the rest. */
  cells: string[][];
  /** The lane's earlier cards are on the slide before (a cell too tall for one slide). */
  continued: boolean;
  /** Height in inches, as measured (PowerPoint grows a row whose text needs more). */
  height: number;
}

export interface MapSlidePlan {
  /** Indexes of the slide's stages, in map order. */
  stages: number[];
  /** The same stages in the order they are drawn from left to right (reversed in RTL maps). */
  columns: number[];
  rows: MapRow[];
  /** This stage group began on an earlier slide (its first lanes are there). */
  continued: boolean;
  headerHeight: number;
}

export interface MapPlan {
  stagesPerSlide: number;
  columnWidth: number;
  slides: MapSlidePlan[];
}

/** A card as the table shows it: its text, and an emotion's score after it (“Calm (+1)”). */
export function cardText(card: Card, lane: Lane): string {
  const text = card.text.trim();
  if (lane.kind !== 'emotions' || card.score === undefined) return text;
  // A left-to-right mark keeps the sign before the digit in right-to-left paragraphs.
  const score = `(\u200e${card.score > 0 ? '+' : ''}${card.score})`;
  return text === '' ? score : `${text} ${score}`;
}

export function planMapSlides(map: JourneyMap, size: SlideSize): MapPlan {
  const n = map.stages.length;
  if (n === 0 || map.lanes.length === 0) return { stagesPerSlide: 0, columnWidth: 0, slides: [] };
  const cells = groupCells(map);
  const texts = map.lanes.map((lane, li) =>
    map.stages.map((_, si) =>
      (cells[li * n + si] ?? []).map((card) => cardText(card, lane)).filter((t) => t !== ''),
    ),
  );
  const slide = SLIDE_INCHES[size];
  const tableWidth = slide.width - 2 * MARGIN - LANE_COLUMN;
  const tableHeight = slide.height - CONTENT_Y - BOTTOM_SPACE;
  let best: MapPlan | null = null;
  for (let groups = 1; groups <= n; groups += 1) {
    const perSlide = Math.ceil(n / groups);
    const columnWidth = tableWidth / perSlide;
    if (columnWidth < MIN_COLUMN && perSlide > 1) continue;
    const slides: MapSlidePlan[] = [];
    for (let first = 0; first < n; first += perSlide) {
      const stages = range(first, Math.min(n, first + perSlide));
      slides.push(...groupSlides(map, texts, stages, columnWidth, tableHeight));
    }
    if (!best || slides.length < best.slides.length) {
      best = { stagesPerSlide: perSlide, columnWidth, slides };
    }
  }
  return best ?? { stagesPerSlide: 0, columnWidth: 0, slides: [] };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** One stage group's slides: its lanes as rows, as many to a slide as fit. */
function groupSlides(
  map: JourneyMap,
  texts: string[][][],
  stages: number[],
  columnWidth: number,
  tableHeight: number,
): MapSlidePlan[] {
  const inner = columnWidth - CELL_MARGIN[1] - CELL_MARGIN[3];
  const padding = CELL_MARGIN[0] + CELL_MARGIN[2];
  const headerHeight =
    padding +
    Math.max(
      ...stages.map((si) => textHeightIn(map.stages[si]?.name ?? '', PT.stageName, inner, true)),
    );
  const budget = tableHeight - headerHeight;
  const laneHeight = (li: number): number =>
    padding +
    textHeightIn(
      map.lanes[li]?.name ?? '',
      PT.laneName,
      LANE_COLUMN - CELL_MARGIN[1] - CELL_MARGIN[3],
      true,
    );
  const cellHeight = (cards: string[]): number =>
    cards.reduce((sum, text) => sum + textHeightIn(text, PT.card, inner), 0) +
    (Math.max(0, cards.length - 1) * PARAGRAPH_GAP_PT) / 72;

  const rows: MapRow[] = [];
  map.lanes.forEach((_, li) => {
    let rest = stages.map((si) => texts[li]?.[si] ?? []);
    let continued = false;
    const nameHeight = laneHeight(li);
    do {
      // Per cell, the cards that fit in one slide's height (at least one, so a row always
      // moves on); the others go to a continued row on the next slide.
      const taken = rest.map((cards) => {
        let count = 0;
        while (
          count < cards.length &&
          (count === 0 || cellHeight(cards.slice(0, count + 1)) + padding <= budget)
        ) {
          count += 1;
        }
        return count;
      });
      const part = rest.map((cards, i) => cards.slice(0, taken[i]));
      rest = rest.map((cards, i) => cards.slice(taken[i]));
      const height = Math.max(nameHeight, padding + Math.max(0, ...part.map(cellHeight)));
      rows.push({ laneIndex: li, cells: part, continued, height });
      continued = true;
    } while (rest.some((cards) => cards.length > 0));
  });

  const slides: MapSlidePlan[] = [];
  const columns = map.direction === 'rtl' ? [...stages].reverse() : stages;
  let current: MapRow[] = [];
  let used = 0;
  const flush = () => {
    slides.push({ stages, columns, rows: current, continued: slides.length > 0, headerHeight });
    current = [];
    used = 0;
  };
  for (const row of rows) {
    if (current.length > 0 && used + row.height > budget) flush();
    current.push(row);
    used += row.height;
  }
  flush();
  return slides;
}
