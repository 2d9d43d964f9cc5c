import type { Lane, Stage } from '../model';
import { LAYOUT, TEXT_STYLES } from './constants';
import { LANE_KIND_COLORS, textColorOn } from './palette';
import { shiftBlock, textBlock } from './textBlock';
import type { HeaderLayout, TextAlign, TextBlock } from './types';

const { headerPaddingX, headerPaddingY, headerGap } = LAYOUT;

/** A stage header's text, measured at the origin; `stageHeaderHeight` and `placeHeader` use it. */
export interface HeaderText {
  name: TextBlock;
  description?: TextBlock;
  /** Height of the text with padding. */
  height: number;
}

export function stageHeaderText(stage: Stage, width: number, align: TextAlign): HeaderText {
  const inner = width - 2 * headerPaddingX;
  const name = textBlock(
    stage.name,
    0,
    0,
    inner,
    TEXT_STYLES.stageName,
    align,
    LAYOUT.stageNameMaxLines,
  );
  let height = 2 * headerPaddingY + name.height;
  if (!stage.description) return { name, height };
  const description = textBlock(
    stage.description,
    0,
    name.height + headerGap,
    inner,
    TEXT_STYLES.stageDescription,
    align,
    LAYOUT.stageDescriptionMaxLines,
  );
  height += headerGap + description.height;
  return { name, description, height };
}

/** A lane header's name; an emotion lane's fixed height limits its lines. */
export function laneHeaderText(
  lane: Lane,
  width: number,
  align: TextAlign,
  maxHeight?: number,
): HeaderText {
  const style = TEXT_STYLES.laneName;
  const maxLines =
    maxHeight === undefined
      ? undefined
      : Math.max(1, Math.floor((maxHeight - 2 * headerPaddingY) / style.lineHeight));
  const name = textBlock(lane.name, 0, 0, width - 2 * headerPaddingX, style, align, maxLines);
  return { name, height: 2 * headerPaddingY + name.height };
}

/** The header box at (x, y) with its text moved in. */
export function placeHeader(
  text: HeaderText,
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
): HeaderLayout {
  const dx = x + headerPaddingX;
  const dy = y + headerPaddingY;
  const header: HeaderLayout = {
    x,
    y,
    width,
    height,
    fill,
    textColor: textColorOn(fill),
    name: shiftBlock(text.name, dx, dy),
  };
  if (text.description) header.description = shiftBlock(text.description, dx, dy);
  return header;
}

export function laneFill(lane: Lane): string {
  return lane.color ?? LANE_KIND_COLORS[lane.kind];
}
