import { CARD_FIELDS_BY_KIND, type Card, type LaneKind } from '../model';
import { LAYOUT, TEXT_STYLES } from './constants';
import { textWidth } from './measure';
import { PRIORITY_COLORS, SEVERITY_COLORS } from './palette';
import { placeLines, textBlock } from './textBlock';
import type { BadgeLayout, CardLayout, TextAlign } from './types';
import { wrapText, type WrappedText } from './wrap';

/**
 * A card in an ordinary lane: its text, then a KPI figure (kpis lanes), then a row of badges.
 * Measured first (heights decide row heights), placed when the row's position is known.
 */

type BadgeSpec = { width: number } & (
  | { kind: 'channel'; value: NonNullable<Card['channel']> }
  | { kind: 'severity'; value: NonNullable<Card['severity']> }
  | { kind: 'priority'; value: NonNullable<Card['priority']> }
  | { kind: 'votes'; value: number }
  | { kind: 'evidence'; value: NonNullable<Card['evidence']>['status'] }
);

export interface MeasuredCard {
  card: Card;
  kind: LaneKind;
  height: number;
  text: WrappedText;
  metric?: WrappedText;
  target?: WrappedText;
  badges: BadgeSpec[];
}

const { cardPaddingX, cardPaddingY, badgeSize, badgeGap, badgeRowGap, metricGap } = LAYOUT;

/** The badges a card shows: only fields its lane kind uses, plus evidence on any card. */
function badgesOf(card: Card, kind: LaneKind): BadgeSpec[] {
  const uses = CARD_FIELDS_BY_KIND[kind];
  const badges: BadgeSpec[] = [];
  const width = badgeSize;
  if (card.channel && uses.includes('channel'))
    badges.push({ width, kind: 'channel', value: card.channel });
  if (card.severity && uses.includes('severity')) {
    badges.push({ width, kind: 'severity', value: card.severity });
  }
  if (card.priority && uses.includes('priority')) {
    badges.push({ width, kind: 'priority', value: card.priority });
  }
  if (card.votes && uses.includes('votes')) {
    const digits = textWidth(String(card.votes), TEXT_STYLES.badge);
    badges.push({
      kind: 'votes',
      value: card.votes,
      width: Math.max(badgeSize, digits + 2 * LAYOUT.badgePaddingX),
    });
  }
  if (card.evidence) badges.push({ width, kind: 'evidence', value: card.evidence.status });
  return badges;
}

export function measureCard(
  card: Card,
  kind: LaneKind,
  width: number,
  maxLines?: number,
): MeasuredCard {
  const inner = width - 2 * cardPaddingX;
  const text = wrapText(card.text, inner, TEXT_STYLES.card, maxLines);
  // An empty card is as tall as a card of one line.
  let height = cardPaddingY * 2 + Math.max(1, text.lines.length) * TEXT_STYLES.card.lineHeight;
  const measured: MeasuredCard = { card, kind, height, text, badges: badgesOf(card, kind) };
  if (card.metric && CARD_FIELDS_BY_KIND[kind].includes('metric')) {
    measured.metric = wrapText(card.metric.value, inner, TEXT_STYLES.metric);
    height += metricGap + measured.metric.lines.length * TEXT_STYLES.metric.lineHeight;
    if (card.metric.target !== undefined) {
      measured.target = wrapText(
        card.metric.target,
        inner - LAYOUT.targetIconWidth,
        TEXT_STYLES.metricTarget,
      );
      height += measured.target.lines.length * TEXT_STYLES.metricTarget.lineHeight;
    }
  }
  if (measured.badges.length > 0) height += badgeRowGap + badgeSize;
  measured.height = Math.max(LAYOUT.cardMinHeight, height);
  return measured;
}

export interface CardPaint {
  fill: string;
  textColor: string;
  align: TextAlign;
  rtl: boolean;
}

export function placeCard(
  m: MeasuredCard,
  x: number,
  y: number,
  width: number,
  paint: CardPaint,
): CardLayout {
  const inner = width - 2 * cardPaddingX;
  const left = x + cardPaddingX;
  let top = y + cardPaddingY;
  const text = placeLines(
    m.text.lines,
    m.text.truncated,
    left,
    top,
    inner,
    TEXT_STYLES.card,
    paint.align,
  );
  top += Math.max(1, m.text.lines.length) * TEXT_STYLES.card.lineHeight;
  const layout: CardLayout = {
    id: m.card.id,
    laneId: m.card.laneId,
    stageId: m.card.stageId,
    kind: m.kind,
    x,
    y,
    width,
    height: m.height,
    fill: paint.fill,
    textColor: paint.textColor,
    text,
    badges: [],
  };
  if (m.metric) {
    top += metricGap;
    layout.metric = placeLines(
      m.metric.lines,
      m.metric.truncated,
      left,
      top,
      inner,
      TEXT_STYLES.metric,
      paint.align,
    );
    top += layout.metric.height;
    if (m.target) {
      const icon = LAYOUT.targetIconWidth;
      const targetX = paint.rtl ? left : left + icon;
      layout.metricTarget = placeLines(
        m.target.lines,
        m.target.truncated,
        targetX,
        top,
        inner - icon,
        TEXT_STYLES.metricTarget,
        paint.align,
      );
      top += layout.metricTarget.height;
    }
  }
  if (m.badges.length > 0)
    layout.badges = placeBadges(m.badges, left, inner, top + badgeRowGap, paint.rtl);
  return layout;
}

/** Badges from the start edge (left, or right in RTL maps), `badgeGap` apart. */
function placeBadges(
  specs: BadgeSpec[],
  left: number,
  inner: number,
  y: number,
  rtl: boolean,
): BadgeLayout[] {
  let offset = 0;
  return specs.map((spec) => {
    const x = rtl ? left + inner - offset - spec.width : left + offset;
    offset += spec.width + badgeGap;
    const { width } = spec;
    const height = badgeSize;
    switch (spec.kind) {
      case 'votes': {
        const style = TEXT_STYLES.badge;
        const text = textBlock(
          String(spec.value),
          x,
          y + (badgeSize - style.lineHeight) / 2,
          spec.width,
          style,
          'center',
        );
        return { x, y, width, height, kind: 'votes', value: spec.value, text };
      }
      case 'severity':
        return {
          x,
          y,
          width,
          height,
          kind: 'severity',
          value: spec.value,
          color: SEVERITY_COLORS[spec.value],
        };
      case 'priority':
        return {
          x,
          y,
          width,
          height,
          kind: 'priority',
          value: spec.value,
          color: PRIORITY_COLORS[spec.value],
        };
      case 'channel':
        return { x, y, width, height, kind: 'channel', value: spec.value };
      case 'evidence':
        return { x, y, width, height, kind: 'evidence', value: spec.value };
    }
  });
}
