// The canvas benchmark page: ?canvas=editor|bare&cards=N[&viewport=x,y,zoom]. Mounts the
// editor's canvas or a bare React Flow canvas on test/bench/generatedMap.ts's map and
// offers `window.canvasBench` (api.ts) to the driver and the canvas e2e test.
import '../../../renderer/zodConfig';
import { createRoot } from 'react-dom/client';
import { installMapFonts } from '../../../renderer/fonts/fonts';
import { initI18n } from '../../../renderer/i18n/i18n';
import { JourneyMapSchema } from '../../../shared/model';
import { generatedMap } from '../generatedMap';
import type { Viewport } from './api';
import { mountBare } from './bareCanvas';
import { mountEditor } from './editorCanvas';

const params = new URLSearchParams(location.search);
const cards = Number(params.get('cards') ?? '1000');
const [x = 0, y = 0, zoom = 1] = (params.get('viewport') ?? '')
  .split(',')
  .filter(Boolean)
  .map(Number);
const viewport: Viewport = { x, y, zoom };

const element = document.getElementById('root');
if (!element) throw new Error('no #root');
const map = JourneyMapSchema.parse(generatedMap(cards));

const kind = params.get('canvas') ?? 'editor';

void Promise.all([initI18n('en'), installMapFonts()]).then(() => {
  const root = createRoot(element);
  window.canvasBench =
    kind === 'editor'
      ? mountEditor(root, map)
      : mountBare(root, map, viewport, kind === 'bare-visible');
});
