import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT } from '../../../shared/layout';
import { useEditor } from '../../store';
import type { LineNode as LineNodeType } from '../nodeTypes';

/** A blueprint line (interaction, visibility, internal interaction) across the map, named. */
export const LineNode = memo(function LineNode({ data, width }: NodeProps<LineNodeType>) {
  const { t } = useTranslation();
  const { line } = data;
  // The name sits at the grid's start, after the lane headers (they are on the right in RTL maps).
  const rtl = useEditor((s) => s.doc?.direction === 'rtl');
  return (
    <div className={`js-blueprint-line js-blueprint-line--${line.line}`} style={{ width }}>
      <span className="js-blueprint-label" style={{ left: rtl ? 8 : LAYOUT.laneHeaderWidth + 8 }}>
        {t(`editor.blueprintLines.${line.line}`)}
      </span>
    </div>
  );
});
