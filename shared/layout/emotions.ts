import { SCORE_MAX, SCORE_MIN, type Card, type JourneyMap, type Lane } from '../model';
import type { LayoutCache } from './cache';
import { LAYOUT, TEXT_STYLES } from './constants';
import { monotoneSegments } from './curve';
import { LANE_KIND_COLORS, PERSONA_PALETTE, textColorOn } from './palette';
import { shiftBlock, textBlock } from './textBlock';
import type { CardLayout, EmotionCurveLayout, Point } from './types';

/**
 * An emotion lane: a fixed-height band where each card is a point placed by its score
 * (+2 at the top, −2 at the bottom) with its text as a small label, and the points of each
 * persona are joined into that persona's curve. Several cards in one cell share its width
 * side by side, in their order.
 */

/** The narrowest label text box, in ems, that still shows a letter and an ellipsis. */
const MIN_LABEL_EMS = 1.5;

export interface EmotionLaneInput {
  map: JourneyMap;
  lane: Lane;
  y: number;
  height: number;
  /** The lane's cells in stage order: x and width of the cell, its cards in order. */
  cells: readonly { x: number; width: number; cards: readonly Card[] }[];
  rtl: boolean;
  /** Used by one call per map: which persona ids exist. */
  personas: ReadonlyMap<string, { index: number; color: string }>;
  cache?: LayoutCache;
}

/** The colour of each persona's curve, and of the default curve (key ''). */
export function personaColors(map: JourneyMap): Map<string, { index: number; color: string }> {
  const colors = new Map<string, { index: number; color: string }>();
  map.personas.forEach((persona, index) => {
    const color =
      persona.color ?? PERSONA_PALETTE[index % PERSONA_PALETTE.length] ?? map.brandColor;
    colors.set(persona.id, { index, color });
  });
  return colors;
}

/** y of a score's level in a lane. */
export function scoreY(score: number, y: number, height: number): number {
  const top = y + LAYOUT.emotionPaddingY;
  const span = height - 2 * LAYOUT.emotionPaddingY;
  return top + ((SCORE_MAX - score) / (SCORE_MAX - SCORE_MIN)) * span;
}

export function layoutEmotionLane(input: EmotionLaneInput): {
  cards: CardLayout[];
  curves: EmotionCurveLayout[];
} {
  const { map, lane, y, height, rtl, personas } = input;
  const firstPersona = map.personas[0]?.id ?? null;
  const fill = lane.color ?? LANE_KIND_COLORS.emotions;
  const textColor = textColorOn(fill);
  const style = TEXT_STYLES.emotionLabel;
  const curves = new Map<string | null, EmotionCurveLayout>();
  const cards: CardLayout[] = [];

  for (const cell of input.cells) {
    const inner = cell.width - 2 * LAYOUT.cellPaddingX;
    const slot = inner / Math.max(1, cell.cards.length);
    cell.cards.forEach((card, i) => {
      const centerOffset = LAYOUT.cellPaddingX + slot * (i + 0.5);
      const cx = rtl ? cell.x + cell.width - centerOffset : cell.x + centerOffset;
      const scored = card.score !== undefined;
      const score = card.score ?? 0;
      const cy = scoreY(score, y, height);
      const personaId =
        card.personaId !== undefined && personas.has(card.personaId)
          ? card.personaId
          : firstPersona;
      const color =
        personaId === null ? map.brandColor : (personas.get(personaId)?.color ?? map.brandColor);

      const width = Math.max(0, Math.min(LAYOUT.emotionLabelMaxWidth, slot - 4));
      const cardFill = card.color ?? fill;
      const cardTextColor = card.color ? textColorOn(card.color) : textColor;
      let curve = curves.get(personaId);
      if (!curve) {
        curve = { laneId: lane.id, personaId, color, points: [], segments: [] };
        curves.set(personaId, curve);
      }
      curve.points.push({ x: cx, y: cy, cardId: card.id });
      // An unchanged card in an unchanged place keeps its layout object (no wrapping again,
      // and the canvas sees the same object, so its node is not rebuilt).
      const key = `${cx}|${y}|${height}|${width}|${color}|${personaId}|${cardFill}|${cardTextColor}`;
      const cached = input.cache?.emotionCards.get(card);
      if (cached?.key === key) {
        cards.push(cached.layout);
        return;
      }
      const labelX = cx - width / 2;
      const textWidth = Math.max(0, width - 2 * LAYOUT.emotionLabelPaddingX);
      // Many labels in one cell can leave a box narrower than a letter: such a label is the
      // dot alone (its text stays in the card's accessible name and the inspector).
      const legible = textWidth >= MIN_LABEL_EMS * style.fontSize;
      const text = textBlock(
        card.text,
        labelX + LAYOUT.emotionLabelPaddingX,
        0,
        textWidth,
        style,
        'center',
        legible ? LAYOUT.emotionLabelMaxLines : 0,
      );
      const labelHeight =
        2 * LAYOUT.emotionLabelPaddingY + Math.max(1, text.lines.length) * style.lineHeight;
      // The label sits below a point in the upper half, above one in the lower half.
      const away = LAYOUT.emotionDotRadius + LAYOUT.emotionLabelGap;
      const wanted = score >= 0 ? cy + away : cy - away - labelHeight;
      const labelY = Math.min(Math.max(wanted, y + 2), y + height - labelHeight - 2);
      const textY = labelY + LAYOUT.emotionLabelPaddingY;
      const layout: CardLayout = {
        id: card.id,
        laneId: card.laneId,
        stageId: card.stageId,
        kind: 'emotions',
        x: labelX,
        y: labelY,
        width,
        height: labelHeight,
        fill: cardFill,
        textColor: cardTextColor,
        text: shiftBlock(text, 0, textY),
        badges: [],
        emotion: { x: cx, y: cy, score, scored, personaId, color },
      };
      input.cache?.emotionCards.set(card, { key, layout });
      cards.push(layout);
    });
  }
  const ordered = [...curves.values()].sort(
    (a, b) =>
      (personas.get(a.personaId ?? '')?.index ?? -1) -
      (personas.get(b.personaId ?? '')?.index ?? -1),
  );
  for (const curve of ordered) curve.segments = monotoneSegments(curve.points as Point[]);
  return { cards, curves: ordered };
}
