import { TEXT_STYLES, textBlock, type BadgeLayout } from '../../layout';
import type { BaseDirection } from '../text/visualRuns';
import type { BadgeCodes } from './codes';
import { SCENE_COLORS } from './colors';
import { textShape as text } from './textShape';
import type { Shape } from './types';

/**
 * A card's badge as shapes: severity a filled square and priority a filled circle in their
 * colours, votes a dark pill with the count, channel an outlined square and evidence a
 * dashed one, each with its short code (see codes.ts). The legend under the map explains
 * every code and colour; the summary table spells them out.
 */
export function badgeShapes(badge: BadgeLayout, dir: BaseDirection, codes: BadgeCodes): Shape[] {
  const box = { x: badge.x, y: badge.y, width: badge.width, height: badge.height };
  switch (badge.kind) {
    case 'severity':
      return [{ kind: 'rect', ...box, fill: badge.color, radius: 3 }];
    case 'priority':
      return [
        {
          kind: 'circle',
          cx: badge.x + badge.width / 2,
          cy: badge.y + badge.height / 2,
          r: badge.width / 2,
          fill: badge.color,
        },
      ];
    case 'votes':
      return [
        { kind: 'rect', ...box, fill: SCENE_COLORS.votes, radius: badge.height / 2 },
        text(badge.text, SCENE_COLORS.badgeText, dir),
      ];
    case 'channel':
      return codeBadge(box, codes.channel.get(badge.value) ?? '?', dir);
    case 'evidence':
      return codeBadge(box, codes.evidence.get(badge.value) ?? '?', dir, EVIDENCE_DASH);
  }
}

/** Evidence badges are outlined with dashes, so "O" for observed is no channel's code. */
export const EVIDENCE_DASH = [2, 2] as const;

/** An outlined square with a code of one or two letters (solid or dashed outline). */
export function codeBadge(
  box: { x: number; y: number; width: number; height: number },
  code: string,
  dir: BaseDirection,
  dash?: readonly number[],
): Shape[] {
  const letter = code;
  const base = TEXT_STYLES.badge;
  // Two letters in 18 px: a size smaller.
  const style = [...code].length > 1 ? { ...base, fontSize: base.fontSize - 2 } : base;
  const block = textBlock(
    letter,
    box.x,
    box.y + (box.height - style.lineHeight) / 2,
    box.width,
    style,
    'center',
  );
  return [
    {
      kind: 'rect',
      ...box,
      fill: SCENE_COLORS.page,
      stroke: { color: SCENE_COLORS.badgeOutline, width: 1, ...(dash ? { dash } : {}) },
      radius: 3,
    },
    text(block, SCENE_COLORS.badgeOutline, dir),
  ];
}
