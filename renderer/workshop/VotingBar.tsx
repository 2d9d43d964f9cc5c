import { ArrowDownWideNarrow, Eraser, ListOrdered, Trophy, Users, Vote } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { remainingVotes } from '../../shared/ops';
import { useEditor, useEditorStore, type EditorStore } from '../store';
import { ParticipantsDialog } from './ParticipantsDialog';
import { voteLaneIds } from './voteView';
import { VoteRanking } from './VoteRanking';
import { REGION } from '../keyboard/regions';

/** The highest "at least N votes" filter offered: 5, or more when cards have more votes. */
function filterSteps(maxVotes: number): number[] {
  return Array.from({ length: Math.max(5, maxVotes) + 1 }, (_, n) => n);
}

async function clearVotes(store: EditorStore, t: (key: string) => string): Promise<void> {
  const choice = await store.getState().ask({
    title: t('workshop.clear.title'),
    message: t('workshop.clear.message'),
    choices: [
      { id: 'clear', label: t('workshop.clear.confirm'), tone: 'danger' },
      { id: 'cancel', label: t('workshop.clear.cancel') },
    ],
  });
  if (choice === 'clear') store.getState().apply({ type: 'clearVotes' });
}

/**
 * Dot voting: voting on or off, who votes (a participant or anonymous) and how many votes
 * they have left, sorting and filtering the cards by votes (views), the ranking of the
 * most-voted cards, reordering the map by votes (an undoable edit), clearing the votes, and
 * the participants. One row at 1,600 px.
 */
export function VotingBar() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const view = useEditor((s) => s.workshop);
  const session = useEditor((s) => s.doc?.workshop);
  const maxVotes = useEditor((s) => Math.max(0, ...(s.doc?.cards.map((c) => c.votes ?? 0) ?? [])));
  const [managing, setManaging] = useState(false);
  const [ranking, setRanking] = useState(false);
  const voterId = useId();
  const filterId = useId();
  const participants = session?.participants ?? [];
  const voter = participants.find((p) => p.id === view.voterId);
  const set = store.getState().setWorkshopView;
  const orderByVotes = () => {
    const doc = store.getState().doc;
    if (doc) store.getState().apply({ type: 'orderCardsByVotes', laneIds: [...voteLaneIds(doc)] });
  };

  return (
    <div
      className="js-workshop-bar js-workshop-bottom"
      role="region"
      aria-label={t('workshop.voting.region')}
      {...REGION}
    >
      <button
        type="button"
        className="js-workshop-button"
        aria-pressed={view.voting}
        onClick={() => set({ voting: !view.voting })}
      >
        <Vote aria-hidden size={22} />
        {t('workshop.voting.toggle')}
      </button>
      <label htmlFor={voterId} className="js-workshop-field">
        {/* Named for screen readers; on screen the chosen name says what it is. */}
        <span className="js-visually-hidden">{t('workshop.voting.voter')}</span>
        <select
          id={voterId}
          value={voter?.id ?? ''}
          onChange={(event) =>
            set({ voterId: event.target.value === '' ? null : event.target.value })
          }
        >
          <option value="">{t('workshop.voting.anonymous')}</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || t('workshop.participants.unnamed')}
            </option>
          ))}
        </select>
      </label>
      <output
        className={
          voter && remainingVotes(session, voter.id) === 0
            ? 'js-workshop-left is-out'
            : 'js-workshop-left'
        }
        aria-live="polite"
      >
        {voter
          ? t('workshop.voting.left', {
              name: voter.name || t('workshop.participants.unnamed'),
              count: remainingVotes(session, voter.id),
              total: session?.votesPerParticipant ?? 0,
            })
          : t('workshop.voting.unlimited')}
      </output>
      <button type="button" className="js-workshop-button" onClick={() => setManaging(true)}>
        <Users aria-hidden size={22} />
        {t('workshop.participants.open')}
      </button>
      <button
        type="button"
        className="js-workshop-button"
        aria-pressed={view.sortByVotes}
        onClick={() => set({ sortByVotes: !view.sortByVotes })}
      >
        <ArrowDownWideNarrow aria-hidden size={22} />
        {t('workshop.voting.sort')}
      </button>
      <button type="button" className="js-workshop-button" onClick={() => setRanking(true)}>
        <Trophy aria-hidden size={22} />
        {t('workshop.ranking.open')}
      </button>
      <label htmlFor={filterId} className="js-workshop-field">
        <span className="js-visually-hidden">{t('workshop.voting.filter')}</span>
        <select
          id={filterId}
          value={view.minVotes}
          onChange={(event) => set({ minVotes: Number(event.target.value) })}
        >
          {filterSteps(maxVotes).map((n) => (
            <option key={n} value={n}>
              {n === 0
                ? t('workshop.voting.filterAll')
                : n === 1
                  ? t('workshop.voting.filterVoted')
                  : t('workshop.voting.filterAtLeast', { count: n })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="js-workshop-button" onClick={orderByVotes}>
        <ListOrdered aria-hidden size={22} />
        {t('workshop.voting.order')}
      </button>
      <button
        type="button"
        className="js-workshop-button js-workshop-icon"
        disabled={maxVotes === 0}
        aria-label={t('workshop.voting.clear')}
        title={t('workshop.voting.clear')}
        onClick={() => void clearVotes(store, t)}
      >
        <Eraser aria-hidden size={22} />
      </button>
      {managing && <ParticipantsDialog onClose={() => setManaging(false)} />}
      {ranking && <VoteRanking onClose={() => setRanking(false)} />}
    </div>
  );
}
