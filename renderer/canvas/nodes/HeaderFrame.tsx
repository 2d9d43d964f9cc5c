import { useCallback, type ReactNode } from 'react';
import type { HeaderLayout } from '../../../shared/layout';
import { useEditor, useEditorStore } from '../../store';
import { CompareBadge, useCompareMark } from '../../compare/CompareMarks';
import { HeaderNameField } from './HeaderNameField';
import { TextBlockView } from './TextBlockView';

interface HeaderFrameProps {
  kind: 'stage' | 'lane';
  id: string;
  header: HeaderLayout;
  name: string;
  /** The name field's accessible name ("Stage name", "Lane name"). */
  fieldLabel: string;
  rename(name: string): void;
  /** Drawn under the name, behind the field (a stage's description). */
  beneath?: ReactNode;
  /** After the field: the lane kind's icon, the drag grip. */
  children?: ReactNode;
}

/**
 * What stage and lane headers share: the box in the header's colours, selected on click,
 * its name drawn from the layout with an in-place text field over it (one undo step per
 * rename), focused when Add stage / Add lane asks for it.
 */
export function HeaderFrame({
  kind,
  id,
  header,
  name,
  fieldLabel,
  rename,
  beneath,
  children,
}: HeaderFrameProps) {
  const store = useEditorStore();
  const selected = useEditor((s) => s.selection.kind === kind && s.selection.id === id);
  const focusNow = useEditor(
    (s) => s.ui.focusRequest?.kind === kind && s.ui.focusRequest.id === id,
  );
  const mark = useCompareMark(kind, id);
  const select = useCallback(() => store.getState().select({ kind, id }, null), [store, kind, id]);
  const focused = useCallback(() => store.getState().requestFocus(null), [store]);
  return (
    <div
      className={`js-header js-header--${kind}${selected ? ' is-selected' : ''}${mark.className}`}
      aria-describedby={mark.descriptionId}
      style={{
        width: header.width,
        height: header.height,
        background: header.fill,
        color: header.textColor,
      }}
      onClick={select}
    >
      <TextBlockView
        block={header.name}
        originX={header.x}
        originY={header.y}
        className="js-header-name"
      />
      {beneath}
      <HeaderNameField
        label={fieldLabel}
        value={name}
        block={header.name}
        originX={header.x}
        originY={header.y}
        focusNow={focusNow}
        onFocused={focused}
        onFocus={select}
        onChange={rename}
        onDone={() => store.getState().sealHistory()}
      />
      {children}
      <CompareBadge mark={mark} />
    </div>
  );
}
