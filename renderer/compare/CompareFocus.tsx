import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { MapLayout, Rect } from '../../shared/layout';
import { useEditor } from '../store';
import { activeCompare } from './compareSlice';
import { useCompareView } from './useCompareView';

/**
 * Inside the canvas: when the change list steps to an entry, its card or header comes to the
 * centre of the view at the current zoom.
 */
export function CompareFocus({ layout }: { layout: MapLayout }) {
  const flow = useReactFlow();
  const view = useCompareView();
  const index = useEditor((s) => activeCompare(s)?.index ?? null);
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  useEffect(() => {
    const target = index === null ? null : view?.entries[index]?.target;
    if (!target) return;
    const current = layoutRef.current;
    let rect: Rect | undefined;
    if (target.kind === 'card') rect = current.cardsById.get(target.id);
    else if (target.kind === 'stage')
      rect = current.columns.find((c) => c.stageId === target.id)?.header;
    else if (target.kind === 'lane')
      rect = current.rows.find((r) => r.laneId === target.id)?.header;
    if (!rect) return;
    void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
      zoom: flow.getZoom(),
      duration: 200,
    });
  }, [index, view, flow]);
  return null;
}
