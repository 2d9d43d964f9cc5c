import { TEXT_STYLES, textBlock, type BadgeLayout } from '../../layout';
import type { Translate } from '../../load';
import type { BaseDirection } from '../text/visualRuns';
import { SCENE_COLORS } from './colors';
import { textShape as text } from './textShape';
import type { Shape } from './types';

/**
 * A card's badge as shapes: severity a filled square and priority a filled circle in their
 * colours, votes a dark pill with the count, channel and evidence an outlined square with the
 * first letter of their (translated) name. The summary table spells them out.
 */
export function badgeShapes(badge: BadgeLayout, dir: BaseDirection, t: Translate): Shape[] {
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
      return letterBadge(box, t(`export.channels.${badge.value}`), dir);
    case 'evidence':
      return letterBadge(box, t(`export.evidence.${badge.value}`), dir);
  }
}

function letterBadge(
  box: { x: number; y: number; width: number; height: number },
  name: string,
  dir: BaseDirection,
): Shape[] {
  const letter = [...name.trim()][0]?.toLocaleUpperCase() ?? '?';
  const style = TEXT_STYLES.badge;
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
      stroke: { color: SCENE_COLORS.badgeOutline, width: 1 },
      radius: 3,
    },
    text(block, SCENE_COLORS.badgeOutline, dir),
  ];
}
