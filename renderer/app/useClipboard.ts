import { useEffect } from 'react';
import {
  CLIPBOARD_MIME,
  JSON_MIME,
  TEXT_MIME,
  clipboardPayload,
  parseClipboard,
} from '../clipboard/clipboardFormat';
import { pasteContent } from '../clipboard/paste';
import { LIMITS } from '../../shared/model';
import { isTextField } from '../canvas/focusCanvas';
import { problemLines } from '../files/problems';
import type { ActionContext } from '../actions/types';
import { selectedCardIds } from '../store';

/** Whether the browser should handle the event itself (a text field or selected page text). */
function nativeTarget(): boolean {
  if (isTextField(document.activeElement)) return true;
  const selection = document.getSelection();
  return selection !== null && !selection.isCollapsed;
}

/**
 * Copy, cut and paste of cards through the DOM's clipboard events, so that they work from the
 * keyboard, from Electron's Edit menu (whose roles fire these events; `navigator.clipboard`
 * is denied there) and between windows and maps.
 */
export function useClipboard({ store, t }: ActionContext): void {
  useEffect(() => {
    const write = (event: ClipboardEvent): boolean => {
      const { doc, selection } = store.getState();
      if (!doc || !event.clipboardData || nativeTarget()) return false;
      const ids = selectedCardIds(selection);
      const payload = clipboardPayload(doc, ids);
      if (!payload) return false;
      event.preventDefault();
      event.clipboardData.setData(CLIPBOARD_MIME, payload.json);
      event.clipboardData.setData(JSON_MIME, payload.json);
      event.clipboardData.setData(TEXT_MIME, payload.text);
      return true;
    };
    const onCopy = (event: ClipboardEvent) => void write(event);
    const onCut = (event: ClipboardEvent) => {
      const ids = selectedCardIds(store.getState().selection);
      if (write(event)) store.getState().apply({ type: 'deleteCards', cardIds: ids });
    };
    const onPaste = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!store.getState().doc || !data || nativeTarget()) return;
      const room = LIMITS.cards - (store.getState().doc?.cards.length ?? 0);
      const content = parseClipboard((type) => data.getData(type), room);
      if (!content) return;
      event.preventDefault();
      if (content.kind === 'refused') {
        store.getState().notify({
          tone: 'error',
          message: t('editor.notices.pasteRefused'),
          details: problemLines(content.errors, t),
        });
        return;
      }
      const ids = pasteContent(store.getState(), content);
      if (ids.length > 0) store.getState().selectCards(ids);
      // Said on screen, not only to screen readers: what was left out and why.
      if (content.kind === 'lines' && content.omitted > 0) {
        store.getState().notify({
          tone: 'warning',
          message: t('editor.notices.pasteTruncated', {
            count: content.omitted,
            limit: LIMITS.cards.toLocaleString(),
          }),
        });
      }
      if (content.kind === 'cards' && content.warnings.length > 0) {
        store.getState().notify({
          tone: 'warning',
          message: t('editor.notices.pasteRepaired'),
          details: problemLines(content.warnings, t),
        });
      }
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, t]);
}
