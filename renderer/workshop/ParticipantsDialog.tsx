import { Trash2, UserPlus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_VOTES_PER_PARTICIPANT } from '../../shared/model';
import { idSet, newId, usedVotes } from '../../shared/ops';
import { Modal } from '../dialogs/Modal';
import { TextField } from '../panels/fields/TextField';
import { useEditor, useEditorStore } from '../store';

/** Who takes part in the vote and how many votes each has; every change is an undoable edit. */
export function ParticipantsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const session = useEditor((s) => s.doc?.workshop);
  const [name, setName] = useState('');
  const nameId = useId();
  const votesId = useId();
  const participants = session?.participants ?? [];
  const apply = store.getState().apply;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    const id = newId('participant', idSet(participants));
    apply({ type: 'addParticipant', participant: { id, name: trimmed } });
    setName('');
  };

  return (
    <Modal
      title={t('workshop.participants.title')}
      onClose={onClose}
      className="js-workshop-dialog"
    >
      <div className="js-field">
        <label htmlFor={votesId}>{t('workshop.participants.votesEach')}</label>
        <input
          id={votesId}
          type="number"
          min={1}
          max={MAX_VOTES_PER_PARTICIPANT}
          value={session?.votesPerParticipant ?? 5}
          onChange={(event) => {
            const count = Number.parseInt(event.target.value, 10);
            if (Number.isFinite(count)) apply({ type: 'setVotesPerParticipant', count });
          }}
        />
      </div>
      <ul className="js-workshop-participants">
        {participants.map((p, index) => (
          <li key={p.id}>
            <TextField
              label={t('workshop.participants.name', { index: index + 1 })}
              value={p.name}
              onChange={(value) =>
                apply({ type: 'renameParticipant', participantId: p.id, name: value })
              }
            />
            <span className="js-muted">
              {t('workshop.participants.used', { count: usedVotes(p) })}
            </span>
            <button
              type="button"
              className="js-button"
              aria-label={t('workshop.participants.remove', { name: p.name || index + 1 })}
              onClick={() => apply({ type: 'removeParticipant', participantId: p.id })}
            >
              <Trash2 aria-hidden size={18} />
            </button>
          </li>
        ))}
      </ul>
      <form className="js-workshop-add" onSubmit={add}>
        <label htmlFor={nameId}>{t('workshop.participants.newName')}</label>
        <input
          id={nameId}
          type="text"
          dir="auto"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="js-button" disabled={name.trim() === ''}>
          <UserPlus aria-hidden size={18} />
          {t('workshop.participants.add')}
        </button>
      </form>
    </Modal>
  );
}
