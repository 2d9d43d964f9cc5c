import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idSet, newId } from '../../shared/ops';
import { useEditor, useEditorStore } from '../store';
import { PersonaEditor } from './PersonaEditor';

/** Whose journey the map follows: every persona with its fields, and Add persona. */
export function PersonaPanel() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const personas = useEditor((s) => s.doc?.personas);
  // The persona just added: its name field takes the focus, ready to type.
  const [added, setAdded] = useState<string | null>(null);
  const add = () => {
    const doc = store.getState().doc;
    if (!doc) return;
    const id = newId('persona', idSet(doc.personas));
    const name = t('panels.persona.defaultName', { number: doc.personas.length + 1 });
    if (store.getState().apply({ type: 'addPersona', persona: { id, name } })) setAdded(id);
  };
  return (
    <div className="js-inspector-section">
      <h2>{t('panels.persona.title')}</h2>
      {personas?.length === 0 && <p className="js-muted">{t('panels.persona.empty')}</p>}
      {personas?.map((persona, index) => (
        <PersonaEditor
          key={persona.id}
          persona={persona}
          index={index}
          focusName={persona.id === added}
        />
      ))}
      <div className="js-inspector-actions">
        <button type="button" className="js-button js-button--primary" onClick={add}>
          <UserPlus aria-hidden size={16} />
          {t('panels.persona.add')}
        </button>
      </div>
    </div>
  );
}
