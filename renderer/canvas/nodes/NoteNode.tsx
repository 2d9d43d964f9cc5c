import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEditor } from '../../store';
import type { NoteNode as NoteNodeType } from '../nodeTypes';
import { TextBlockView } from './TextBlockView';

/** A free-form sticky note at its own position; dragged to move. */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<NoteNodeType>) {
  const { note } = data;
  const text = useEditor((s) => s.doc?.notes.find((n) => n.id === note.id)?.text ?? '');
  return (
    <aside
      className={`js-note${selected ? ' is-selected' : ''}`}
      aria-label={text}
      style={{
        width: note.width,
        height: note.height,
        background: note.fill,
        color: note.textColor,
      }}
    >
      <TextBlockView block={note.text} originX={note.x} originY={note.y} />
    </aside>
  );
});
