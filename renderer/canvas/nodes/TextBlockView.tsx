import { memo } from 'react';
import { CSS_FONT_WEIGHT, type TextBlock } from '../../../shared/layout';

interface Props {
  block: TextBlock;
  /** The map position of the element the text is drawn in (its lines are in map coordinates). */
  originX: number;
  originY: number;
  className?: string;
}

/**
 * Draws the layout's lines exactly where the layout put them: one absolutely placed line
 * each, `white-space: pre`, so that the browser never wraps differently from the layout
 * (and from the exports). Hidden from screen readers: the element around it carries the text.
 */
export const TextBlockView = memo(function TextBlockView({
  block,
  originX,
  originY,
  className,
}: Props) {
  const { style } = block;
  return (
    <div
      aria-hidden
      className={className ? `js-text ${className}` : 'js-text'}
      style={{
        left: block.x - originX,
        top: block.y - originY,
        width: block.width,
        height: block.height,
        fontSize: style.fontSize,
        lineHeight: `${style.lineHeight}px`,
        fontWeight: CSS_FONT_WEIGHT[style.weight],
      }}
    >
      {block.lines.map((line, i) => (
        <span key={i} style={{ left: line.x - block.x, top: i * style.lineHeight }}>
          {line.text}
        </span>
      ))}
    </div>
  );
});
