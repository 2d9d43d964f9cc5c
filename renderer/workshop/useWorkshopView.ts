import { useMemo } from 'react';
import type { JourneyMap } from '../../shared/model';
import { useEditor } from '../store';
import { voteView } from './voteView';

/** The document as the canvas shows it: sorted and filtered by votes in workshop mode. */
export function useWorkshopView(doc: JourneyMap): JourneyMap {
  const active = useEditor((s) => s.workshop.active);
  const sortByVotes = useEditor((s) => s.workshop.sortByVotes);
  const minVotes = useEditor((s) => s.workshop.minVotes);
  return useMemo(
    () => (active ? voteView(doc, { sortByVotes, minVotes }) : doc),
    [active, doc, sortByVotes, minVotes],
  );
}
