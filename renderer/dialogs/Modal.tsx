import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './dialogs.css';

interface Props {
  title: string;
  /** Esc, the close button or the backdrop: the dialog is dismissed. */
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** Without a close button (a question that must be answered by a choice or Esc). */
  hideClose?: boolean;
}

/** A modal dialog on the native `<dialog>`: focus is trapped and the page behind is inert. */
export function Modal({ title, onClose, children, className, hideClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `js-modal ${className}` : 'js-modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <header className="js-modal-header">
        <h2 id={titleId}>{title}</h2>
        {!hideClose && (
          <button
            type="button"
            className="js-icon-button"
            aria-label={t('editor.close')}
            onClick={onClose}
          >
            <X aria-hidden size={18} />
          </button>
        )}
      </header>
      <div className="js-modal-body">{children}</div>
    </dialog>
  );
}
