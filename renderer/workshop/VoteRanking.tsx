import { useTranslation } from 'react-i18next';
import { Modal } from '../dialogs/Modal';
import { useEditor } from '../store';
import { voteRanking } from './voteView';

/** The most-voted cards across the map, ranked, in large type for reading out to the room. */
export function VoteRanking({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  const ranked = doc ? voteRanking(doc) : [];
  return (
    <Modal title={t('workshop.ranking.title')} onClose={onClose} className="js-workshop-dialog">
      {ranked.length === 0 ? (
        <p>{t('workshop.ranking.empty')}</p>
      ) : (
        <ol className="js-ranking">
          {ranked.map(({ card, rank, laneName, stageName }) => (
            <li key={card.id}>
              <span className="js-ranking-rank" aria-hidden>
                {rank}
              </span>
              <span className="js-ranking-text">
                <span dir="auto">{card.text}</span>
                <span className="js-muted" dir="auto">
                  {t('workshop.ranking.where', { lane: laneName, stage: stageName })}
                </span>
              </span>
              <span className="js-ranking-votes">
                {t('workshop.ranking.votes', { count: card.votes ?? 0 })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Modal>
  );
}
