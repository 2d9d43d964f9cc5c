import { Minus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneKind } from '../../shared/model';
import { CARD_FIELDS_BY_KIND } from '../../shared/model';
import { anonymousVotes, remainingVotes, votesOn } from '../../shared/ops';
import { useEditor, useEditorStore, type EditorState } from '../store';

const votable = (kind: LaneKind): boolean => CARD_FIELDS_BY_KIND[kind].includes('votes');
/** How long "no votes left" stays on a card that was tapped. */
const REFUSED_MS = 4000;

function voterName(state: EditorState): string {
  const id = state.workshop.voterId;
  return state.doc?.workshop?.participants.find((p) => p.id === id)?.name ?? '';
}

/** What the voter can do on one card: vote (unless out of votes), take one of theirs back. */
function votingOn(state: EditorState, cardId: string): 'off' | `${boolean}:${boolean}` {
  const { workshop, doc } = state;
  if (!workshop.active || !workshop.voting || !doc) return 'off';
  const voter = workshop.voterId;
  const participant = doc.workshop?.participants.find((p) => p.id === voter);
  if (voter !== null && participant) {
    return `${remainingVotes(doc.workshop, voter) > 0}:${votesOn(participant, cardId) > 0}`;
  }
  return `true:${anonymousVotes(doc, cardId) > 0}`;
}

/**
 * In workshop mode with voting on, a pain point or opportunity is one big button: a tap (or
 * Enter) votes for it. A small button in its corner takes the voter's vote back. The card's
 * votes badge shows the count.
 */
export function CardVoteButtons({
  cardId,
  kind,
  text,
}: {
  cardId: string;
  kind: LaneKind;
  text: string;
}) {
  const { t } = useTranslation();
  const store = useEditorStore();
  // A string, so that the card re-renders only when what it offers changes.
  const state = useEditor((s) => (votable(kind) ? votingOn(s, cardId) : 'off'));
  // A tap with no votes left says so on the card tapped, where the participant looks.
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (!refused) return;
    const timer = setTimeout(() => setRefused(false), REFUSED_MS);
    return () => clearTimeout(timer);
  }, [refused]);
  if (state === 'off') return null;
  const [canVote, canRetract] = state.split(':').map((part) => part === 'true');
  const voter = (): { participantId?: string } => {
    const id = store.getState().workshop.voterId;
    return id === null ? {} : { participantId: id };
  };
  return (
    <>
      <button
        type="button"
        className="js-vote-card nodrag"
        aria-label={t('workshop.vote.cast', { text })}
        title={canVote ? t('workshop.vote.cast', { text }) : t('workshop.vote.noneLeft')}
        aria-disabled={!canVote}
        onClick={(event) => {
          event.stopPropagation();
          if (canVote) store.getState().apply({ type: 'castVote', cardId, ...voter() });
          else setRefused(true);
        }}
      />
      {refused && !canVote && (
        <span className="js-vote-none" role="alert">
          {t('workshop.vote.noneLeftFor', { name: voterName(store.getState()) })}
        </span>
      )}
      {canRetract && (
        <button
          type="button"
          className="js-vote-retract nodrag"
          aria-label={t('workshop.vote.retract', { text })}
          title={t('workshop.vote.retract', { text })}
          onClick={(event) => {
            event.stopPropagation();
            store.getState().apply({ type: 'retractVote', cardId, ...voter() });
          }}
        >
          <Minus aria-hidden size={16} />
        </button>
      )}
    </>
  );
}
