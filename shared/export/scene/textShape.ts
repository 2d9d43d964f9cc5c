import type { TextBlock } from '../../layout';
import { baseDirectionOf, type BaseDirection } from '../text/visualRuns';
import type { TextShape } from './types';

/** A text block as a shape; its paragraph direction from its first strong character. */
export function textShape(block: TextBlock, color: string, fallback: BaseDirection): TextShape {
  const joined = block.lines.map((l) => l.text).join('\n');
  return {
    kind: 'text',
    lines: block.lines,
    style: block.style,
    color,
    direction: baseDirectionOf(joined, fallback),
  };
}
