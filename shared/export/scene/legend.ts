import { textBlock, textWidth, type MapLayout, type TextStyle } from '../../layout';
import type { Translate } from '../../load';
import { PRIORITIES, SEVERITIES, type JourneyMap } from '../../model';
import type { BaseDirection } from '../text/visualRuns';
import { codeBadge, EVIDENCE_DASH } from './badges';
import { curveDashes, emotionDot } from './buildScene';
import { badgeCodes } from './codes';
import { SCENE_COLORS } from './colors';
import { metricsLegend } from './metricsLane';
import { textShape } from './textShape';
import type { Shape } from './types';

/**
 * The legend printed with the map (under it in SVG and PNG, at the foot of every map page in
 * the PDF): what each code and colour on the map means, in the deliverable's language, for
 * what the map uses: channel and evidence codes, severity and priority colours, dot votes,
 * emotion scores, each persona's curve (colour and dash) when there are several, and the
 * metrics lane's arrows and target marks.
 */

export interface LegendItem {
  /** The symbol drawn in a SYMBOL × SYMBOL box at (x, y). */
  symbol: (x: number, y: number, dir: BaseDirection) => Shape[];
  label: string;
}

export interface LegendGroup {
  title: string;
  items: LegendItem[];
}

const SYMBOL = 16;
const STYLE: TextStyle = { fontSize: 11, lineHeight: 20, weight: 'regular' };
const TITLE: TextStyle = { ...STYLE, weight: 'bold' };
const GAP = 5;
const ITEM_GAP = 14;
const GROUP_GAP = 22;

export function legendGroups(
  layout: MapLayout,
  map: Pick<JourneyMap, 'personas'>,
  t: Translate,
): LegendGroup[] {
  const codes = badgeCodes(layout, t);
  const used = {
    severity: new Map<string, string>(),
    priority: new Map<string, string>(),
    votes: false,
    scores: false,
  };
  for (const card of layout.cards) {
    if (card.emotion?.scored) used.scores = true;
    for (const b of card.badges) {
      if (b.kind === 'severity' || b.kind === 'priority') used[b.kind].set(b.value, b.color);
      if (b.kind === 'votes') used.votes = true;
    }
  }
  const groups: LegendGroup[] = [];
  const box = (x: number, y: number) => ({ x, y, width: SYMBOL, height: SYMBOL });
  if (codes.channel.size > 0) {
    groups.push({
      title: t('export.legend.channel'),
      items: [...codes.channel].map(([value, code]) => ({
        symbol: (x, y, dir) => codeBadge(box(x, y), code, dir),
        label: t(`export.channels.${value}`),
      })),
    });
  }
  if (codes.evidence.size > 0) {
    groups.push({
      title: t('export.legend.evidence'),
      items: [...codes.evidence].map(([value, code]) => ({
        symbol: (x, y, dir) => codeBadge(box(x, y), code, dir, EVIDENCE_DASH),
        label: t(`export.evidence.${value}`),
      })),
    });
  }
  for (const [kind, order] of [
    ['severity', SEVERITIES],
    ['priority', PRIORITIES],
  ] as const) {
    const colors = used[kind];
    if (colors.size === 0) continue;
    groups.push({
      title: t(`export.legend.${kind}`),
      items: [...order]
        .reverse()
        .filter((value) => colors.has(value))
        .map((value) => ({
          symbol: (x, y): Shape[] =>
            kind === 'severity'
              ? [
                  {
                    kind: 'rect',
                    ...box(x + 2, y + 2),
                    width: 12,
                    height: 12,
                    fill: colors.get(value),
                    radius: 3,
                  },
                ]
              : [
                  {
                    kind: 'circle',
                    cx: x + SYMBOL / 2,
                    cy: y + SYMBOL / 2,
                    r: 6,
                    fill: colors.get(value),
                  },
                ],
          label: t(`export.summary.ratings.${value}`),
        })),
    });
  }
  const marks: LegendItem[] = [];
  if (used.votes) {
    marks.push({
      symbol: (x, y, dir) => [
        { kind: 'rect', ...box(x, y), fill: SCENE_COLORS.votes, radius: SYMBOL / 2 },
        textShape(
          textBlock(
            '3',
            x,
            y + (SYMBOL - 14) / 2,
            SYMBOL,
            { fontSize: 10, lineHeight: 14, weight: 'bold' },
            'center',
          ),
          SCENE_COLORS.badgeText,
          dir,
        ),
      ],
      label: t('export.legend.votes'),
    });
  }
  if (used.scores) {
    marks.push({
      symbol: (x, y, dir) =>
        emotionDot(x + SYMBOL / 2, y + SYMBOL / 2, SCENE_COLORS.connector, 2, dir),
      label: t('export.legend.score'),
    });
  }
  if (marks.length > 0) groups.push({ title: t('export.legend.marks'), items: marks });

  const dashes = curveDashes(layout);
  if (dashes.size > 0) {
    const names = new Map(map.personas.map((p) => [p.id, p.name]));
    groups.push({
      title: t('export.legend.personas'),
      items: layout.emotionCurves
        .filter((c, i, all) => all.findIndex((o) => o.personaId === c.personaId) === i)
        .map((curve) => {
          const dash = dashes.get(curve.personaId);
          return {
            symbol: (x, y): Shape[] => [
              {
                kind: 'polyline',
                points: [
                  { x: x - 10, y: y + SYMBOL / 2 },
                  { x: x + SYMBOL + 10, y: y + SYMBOL / 2 },
                ],
                stroke: { color: curve.color, width: 2.5, ...(dash ? { dash } : {}) },
              },
            ],
            label:
              (curve.personaId ? names.get(curve.personaId) : undefined) || t('export.pdf.persona'),
          };
        }),
    });
  }
  const metrics = layout.metrics ? metricsLegend(layout.metrics, t) : [];
  if (metrics.length > 0) groups.push({ title: t('metrics.legend.title'), items: metrics });
  return groups;
}

/**
 * The legend laid out in a box `width` wide from (x, y): each group's title, then its items
 * (symbol and label), flowing from the start edge and wrapping to new lines. Returns its
 * shapes and height (0 when there is nothing to explain).
 */
export function legendShapes(
  groups: readonly LegendGroup[],
  box: { x: number; y: number; width: number },
  dir: BaseDirection,
): { shapes: Shape[]; height: number } {
  if (groups.length === 0) return { shapes: [], height: 0 };
  const shapes: Shape[] = [];
  let line = 0;
  let along = 0;
  const place = (w: number): { x: number; y: number } => {
    if (along > 0 && along + w > box.width) {
      line += 1;
      along = 0;
    }
    const start = along;
    along += w;
    const x = dir === 'rtl' ? box.x + box.width - start - w : box.x + start;
    return { x, y: box.y + line * STYLE.lineHeight };
  };
  const label = (content: string, style: TextStyle, extra = 0): void => {
    const w = Math.min(box.width, textWidth(content, style) + 1);
    const at = place(w + extra);
    const x = dir === 'rtl' ? at.x + extra : at.x;
    const block = textBlock(content, x, at.y, w, style, dir === 'rtl' ? 'right' : 'left', 1);
    shapes.push(textShape(block, SCENE_COLORS.cornerText, dir));
  };
  for (const [g, group] of groups.entries()) {
    if (g > 0) along += GROUP_GAP;
    label(group.title, TITLE, GAP);
    for (const item of group.items) {
      const w = SYMBOL + GAP + Math.min(box.width, textWidth(item.label, STYLE) + 1);
      const at = place(w + ITEM_GAP);
      // The item fills [left, left + w]; the gap after it lies towards the end edge.
      const left = dir === 'rtl' ? at.x + ITEM_GAP : at.x;
      const symbolX = dir === 'rtl' ? left + w - SYMBOL : left;
      const textX = dir === 'rtl' ? left : left + SYMBOL + GAP;
      shapes.push(...item.symbol(symbolX, at.y + (STYLE.lineHeight - SYMBOL) / 2, dir));
      const align = dir === 'rtl' ? 'right' : 'left';
      const block = textBlock(item.label, textX, at.y, w - SYMBOL - GAP, STYLE, align, 1);
      shapes.push(textShape(block, SCENE_COLORS.cornerText, dir));
    }
  }
  return { shapes, height: (line + 1) * STYLE.lineHeight };
}
