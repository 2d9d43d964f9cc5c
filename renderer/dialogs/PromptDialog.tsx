import { useEditor, useEditorStore } from '../store';
import { Modal } from './Modal';

/** The question the store is waiting on (conflict, unsaved work, deleting a full column). */
export function PromptDialog() {
  const store = useEditorStore();
  const prompt = useEditor((s) => s.ui.prompt);
  if (!prompt) return null;
  return (
    <Modal
      title={prompt.title}
      onClose={() => store.getState().answer(null)}
      className="js-prompt"
      hideClose
    >
      <p>{prompt.message}</p>
      <div className="js-modal-actions">
        {prompt.choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className={`js-button js-button--${choice.tone ?? 'default'}`}
            onClick={() => store.getState().answer(choice.id)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </Modal>
  );
}
