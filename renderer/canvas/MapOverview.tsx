import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayout } from '../../shared/layout';

const MAX_WIDTH = 200;
const MAX_HEIGHT = 150;
/** The picture is redrawn at most this often while the map changes (typing, dragging). */
const REDRAW_MS = 250;

/**
 * The minimap: the whole map drawn small on a 2D canvas (headers, cards) with the visible
 * part outlined; click or drag on it to move there. A canvas rather than React Flow's
 * MiniMap, which keeps one subscription per node: on 3,000 cards that slows every pan frame.
 */
export function MapOverview({ layout }: { layout: MapLayout }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const picture = useRef<HTMLCanvasElement>(null);
  const { bounds } = layout;
  const scale = Math.min(
    MAX_WIDTH / Math.max(1, bounds.width),
    MAX_HEIGHT / Math.max(1, bounds.height),
  );
  const width = Math.max(1, Math.round(bounds.width * scale));
  const height = Math.max(1, Math.round(bounds.height * scale));
  const view = useStore((s) => {
    const [x, y, zoom] = s.transform;
    return `${-x / zoom},${-y / zoom},${s.width / zoom},${s.height / zoom}`;
  });
  const [vx = 0, vy = 0, vw = 0, vh = 0] = view.split(',').map(Number);

  useEffect(() => {
    const timer = setTimeout(() => drawOverview(picture.current, layout, scale), REDRAW_MS);
    return () => clearTimeout(timer);
  }, [layout, scale]);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    if (event.buttons !== 1 && event.type !== 'pointerdown') return;
    const rect = event.currentTarget.getBoundingClientRect();
    const x = bounds.x + (event.clientX - rect.left) / scale;
    const y = bounds.y + (event.clientY - rect.top) / scale;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };

  return (
    <div
      className="js-overview"
      style={{ width, height }}
      role="img"
      aria-label={t('editor.overview')}
      title={t('editor.overview')}
      onPointerDown={moveTo}
      onPointerMove={moveTo}
    >
      <canvas ref={picture} width={width} height={height} />
      <div
        className="js-overview-view"
        style={{
          left: (vx - bounds.x) * scale,
          top: (vy - bounds.y) * scale,
          width: vw * scale,
          height: vh * scale,
        }}
      />
    </div>
  );
}

function drawOverview(canvas: HTMLCanvasElement | null, layout: MapLayout, scale: number): void {
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return;
  const { bounds } = layout;
  context.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
  context.clearRect(bounds.x, bounds.y, bounds.width, bounds.height);
  for (const column of layout.columns) {
    context.fillStyle = column.header.fill;
    context.fillRect(column.x, column.header.y, column.width, column.header.height);
  }
  for (const row of layout.rows) {
    context.fillStyle = row.header.fill;
    context.fillRect(row.header.x, row.y, row.header.width, row.height);
  }
  for (const card of layout.cards) {
    context.fillStyle = card.fill;
    context.fillRect(card.x, card.y, card.width, card.height);
  }
  for (const note of layout.notes) {
    context.fillStyle = note.fill;
    context.fillRect(note.x, note.y, note.width, note.height);
  }
}
