import { useTranslation } from 'react-i18next';
import { PERSONA_PALETTE } from '../../shared/layout';
import type { JourneyMap, Persona } from '../../shared/model';
import type { PersonaChanges } from '../../shared/ops';
import { useEditor, useEditorStore } from '../store';
import { ColorField } from './fields/ColorField';
import { ListField } from './fields/ListField';
import { TextField } from './fields/TextField';
import { MoveButtons } from './MoveButtons';
import { PhotoField } from './PhotoField';

const LISTS = ['goals', 'needs', 'pains', 'motivations', 'channels'] as const;

/** One persona's fields: name, role, photo or emoji, colour of its curve, quote and lists. */
export function PersonaEditor({
  persona,
  index,
  focusName = false,
}: {
  persona: Persona;
  index: number;
  /** Focus (and select) the name when it first shows: a persona just added. */
  focusName?: boolean;
}) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const count = useEditor((s) => s.doc?.personas.length ?? 0);
  const update = (changes: PersonaChanges) =>
    store.getState().apply({ type: 'updatePersona', personaId: persona.id, changes });

  const remove = async () => {
    const curvePoints = curvePointCount(store.getState().doc, persona.id, index === 0);
    if (curvePoints > 0 && count > 1) {
      const choice = await store.getState().ask({
        title: t('panels.persona.deleteTitle'),
        message: t('panels.persona.deleteMessage', { name: persona.name, count: curvePoints }),
        choices: [
          { id: 'delete', label: t('editor.prompts.delete.confirm'), tone: 'danger' },
          { id: 'cancel', label: t('editor.prompts.cancel') },
        ],
      });
      if (choice !== 'delete') return;
    }
    store.getState().apply({ type: 'deletePersona', personaId: persona.id });
  };

  return (
    <section className="js-persona" aria-label={persona.name || t('panels.persona.unnamed')}>
      <div className="js-persona-heading">
        <span className="js-persona-avatar" aria-hidden>
          {persona.photo ? <img src={persona.photo} alt="" /> : (persona.emoji ?? '🙂')}
        </span>
        <h3>{persona.name || t('panels.persona.unnamed')}</h3>
      </div>
      <TextField
        label={t('panels.persona.name')}
        value={persona.name}
        focusNow={focusName}
        onChange={(name) => update({ name })}
      />
      <TextField
        label={t('panels.persona.role')}
        value={persona.role}
        onChange={(role) => update({ role })}
      />
      <TextField
        label={t('panels.persona.emoji')}
        value={persona.emoji ?? ''}
        maxLength={16}
        onChange={(emoji) => update({ emoji: emoji === '' ? null : emoji })}
      />
      <PhotoField
        photo={persona.photo}
        name={persona.name}
        onChange={(photo) => update({ photo })}
      />
      <ColorField
        label={t('panels.persona.color')}
        value={persona.color}
        fallback={PERSONA_PALETTE[index % PERSONA_PALETTE.length] ?? '#2563eb'}
        onChange={(color) => update({ color })}
      />
      <TextField
        label={t('panels.persona.quote')}
        value={persona.quote}
        multiline
        onChange={(quote) => update({ quote })}
      />
      {LISTS.map((list) => (
        <ListField
          key={list}
          label={t(`panels.persona.${list}`)}
          items={persona[list]}
          onChange={(items) => update({ [list]: items })}
        />
      ))}
      <MoveButtons
        earlier={t('panels.persona.moveUp')}
        later={t('panels.persona.moveDown')}
        index={index}
        count={count}
        onMove={(toIndex) =>
          store.getState().apply({ type: 'movePersona', personaId: persona.id, toIndex })
        }
      />
      <div className="js-inspector-actions">
        <button type="button" className="js-button js-button--danger" onClick={() => void remove()}>
          {t('panels.persona.delete')}
        </button>
      </div>
    </section>
  );
}

/** How many points the persona's emotion curve has (deleting the persona deletes them). */
function curvePointCount(doc: JourneyMap | null, personaId: string, first: boolean): number {
  if (!doc) return 0;
  const emotionLanes = new Set(doc.lanes.filter((l) => l.kind === 'emotions').map((l) => l.id));
  return doc.cards.filter(
    (card) =>
      emotionLanes.has(card.laneId) &&
      (card.personaId ?? (first ? personaId : undefined)) === personaId,
  ).length;
}
