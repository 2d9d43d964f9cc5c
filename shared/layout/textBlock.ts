import { baselineOffset, type TextStyle } from './measure';
import type { TextAlign, TextBlock } from './types';
import { wrapText } from './wrap';

/**
 * Wraps `text` into a box `width` wide whose top-left corner is (x, y), and places each line:
 * its baseline as CSS would put it, its x by the alignment. The box is as tall as its lines.
 */
export function textBlock(
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  align: TextAlign,
  maxLines?: number,
): TextBlock {
  const wrapped = wrapText(text, width, style, maxLines);
  return placeLines(wrapped.lines, wrapped.truncated, x, y, width, style, align);
}

/** Places already wrapped lines (see `textBlock`). */
export function placeLines(
  wrapped: readonly { text: string; width: number }[],
  truncated: boolean,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  align: TextAlign,
): TextBlock {
  const baseline = y + baselineOffset(style);
  const lines = wrapped.map((line, i) => ({
    text: line.text,
    x:
      align === 'left'
        ? x
        : align === 'right'
          ? x + width - line.width
          : x + (width - line.width) / 2,
    baseline: baseline + i * style.lineHeight,
    width: line.width,
  }));
  return { x, y, width, height: lines.length * style.lineHeight, style, align, lines, truncated };
}

/** Moves a placed block by (dx, dy). */
export function shiftBlock(block: TextBlock, dx: number, dy: number): TextBlock {
  return {
    ...block,
    x: block.x + dx,
    y: block.y + dy,
    lines: block.lines.map((l) => ({ ...l, x: l.x + dx, baseline: l.baseline + dy })),
  };
}
