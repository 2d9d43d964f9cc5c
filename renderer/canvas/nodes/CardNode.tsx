import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Target } from 'lucide-react';
import { memo } from 'react';
import { LAYOUT, type CardLayout } from '../../../shared/layout';
import { SELECTED_DESCRIPTION_ID } from '../../a11y/SelectedDescription';
import { useEditor } from '../../store';
import type { CardNode as CardNodeType } from '../nodeTypes';
import { countRender } from '../renderProbe';
import { CardBadges } from './CardBadges';
import { CardEditor } from './CardEditor';
import { TextBlockView } from './TextBlockView';
import { CardVoteButtons } from '../../workshop/CardVoteButtons';
import { CompareBadge, describedBy, useCompareMark } from '../../compare/CompareMarks';

/**
 * A card, drawn from its layout and styled by its lane kind (fill, badges, KPI figure). An
 * `article` named by its text for screen readers and tests.
 */
export const CardNode = memo(function CardNode({ data, selected }: NodeProps<CardNodeType>) {
  countRender('card');
  const { card, text } = data;
  const editing = useEditor((s) => s.editing?.cardId === card.id);
  const mark = useCompareMark('card', card.id);
  const className =
    [
      'js-card',
      `js-card--${card.kind}`,
      selected ? 'is-selected' : '',
      editing ? 'is-editing' : '',
    ].join(' ') + mark.className;
  return (
    <article
      className={className}
      aria-label={text}
      // A card cut short on the canvas shows its whole text on hover (and in the inspector).
      title={card.text.truncated ? text : undefined}
      aria-describedby={describedBy(
        selected ? SELECTED_DESCRIPTION_ID : undefined,
        mark.descriptionId,
      )}
      data-card-id={card.id}
      style={{
        width: card.width,
        height: card.height,
        background: card.fill,
        color: card.textColor,
      }}
    >
      {editing ? (
        <CardEditor card={card} />
      ) : (
        <TextBlockView block={card.text} originX={card.x} originY={card.y} />
      )}
      {card.metric && <TextBlockView block={card.metric} originX={card.x} originY={card.y} />}
      {card.metricTarget && <MetricTarget card={card} />}
      <CardBadges card={card} />
      <CompareBadge mark={mark} />
      <CardVoteButtons cardId={card.id} kind={card.kind} text={text} />
      <Handle type="target" position={Position.Left} className="js-handle" />
      <Handle type="source" position={Position.Right} className="js-handle" />
    </article>
  );
});

/** A KPI's target: the target icon before the figure (after it in RTL maps). */
function MetricTarget({ card }: { card: CardLayout }) {
  const target = card.metricTarget;
  if (!target) return null;
  const icon = LAYOUT.targetIconWidth;
  const rtl = target.align === 'right';
  const left = (rtl ? target.x + target.width : target.x - icon) - card.x;
  return (
    <>
      <Target
        aria-hidden
        className="js-metric-target"
        size={12}
        style={{ left: left + 2, top: target.y - card.y + (target.style.lineHeight - 12) / 2 }}
      />
      <TextBlockView block={target} originX={card.x} originY={card.y} />
    </>
  );
}
