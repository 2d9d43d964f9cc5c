import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CSS_FONT_WEIGHT, type CardLayout } from '../../../shared/layout';
import { addNextCard, moveToCell } from '../../actions/cardEdits';
import { useEditor, useEditorStore } from '../../store';
import { focusCanvas } from '../focusCanvas';

/**
 * In-place editing of a card's text: every keystroke is a `setCardText` (one undo step for
 * the whole typing). Enter adds the next card, Shift+Enter a new line, Tab moves to the next
 * cell, Esc leaves.
 */
export function CardEditor({ card }: { card: CardLayout }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const text = useEditor((s) => s.doc?.cards.find((c) => c.id === card.id)?.text ?? '');
  const ref = useRef<HTMLTextAreaElement>(null);
  const block = card.text;

  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  const leave = () => {
    if (store.getState().editing?.cardId === card.id) store.getState().stopEditing();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (event.key === 'Enter' && plain && !event.shiftKey) {
      event.preventDefault();
      addNextCard(store, card.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      leave();
      focusCanvas();
    } else if (event.key === 'Tab' && plain) {
      event.preventDefault();
      leave();
      moveToCell(store, event.shiftKey ? -1 : 1);
      focusCanvas();
    } else {
      return;
    }
    // Handled here: the window's shortcuts must not act on it too.
    event.stopPropagation();
  };

  return (
    <textarea
      ref={ref}
      className="js-card-editor nodrag nopan nowheel"
      aria-label={t('editor.fields.cardText')}
      dir="auto"
      value={text}
      spellCheck
      onChange={(event) =>
        store.getState().apply({ type: 'setCardText', cardId: card.id, text: event.target.value })
      }
      onKeyDown={onKeyDown}
      onBlur={leave}
      style={{
        left: block.x - card.x,
        top: block.y - card.y,
        width: block.width,
        height: Math.max(block.height, block.style.lineHeight),
        fontSize: block.style.fontSize,
        lineHeight: `${block.style.lineHeight}px`,
        fontWeight: CSS_FONT_WEIGHT[block.style.weight],
        textAlign: block.align,
      }}
    />
  );
}
