import { Funnel } from 'lucide-react';
import { funnelMetrics } from '../../../shared/metrics';
import type { Action } from '../../actions/types';
import type { EditorState } from '../../store';

/** Whether the map has a metric a funnel can show (a count). */
const hasCounts = (s: EditorState): boolean => s.doc !== null && funnelMetrics(s.doc).length > 0;

/** The funnel view: a dialog over the map; it changes nothing in the document. */
export const FUNNEL_ACTIONS: readonly Action[] = [
  {
    id: 'funnel',
    label: 'metrics.actions.funnel',
    group: 'view',
    icon: Funnel,
    scope: 'global',
    menu: { place: 'view:modes', label: 'menu.funnel' },
    enabled: hasCounts,
    perform: ({ store }) => store.getState().openDialog('funnel'),
  },
];
