import type { JourneyMap } from '../../shared/model';
import { isoDate } from '../../shared/export/dates';
import { deliverableLabels } from '../../shared/export/labels';
import { exportFileName, MIME_TYPES, type ExportOptions } from '../../shared/export/options';
import { webAssets } from '../fonts/fonts';
import type { ExportResult, PageExportContext } from './exportMap';
import { pageTurn } from './pageRun';

/**
 * The visual compare of `before` → `after` in the page, whatever the format (the headless
 * page calls it for `journey-studio export NEW --compare OLD`). PDF and SVG come from the
 * shared core as in Node; PNG rasterises the same compare scene as the map's own PNG does.
 */
export async function exportCompare(
  before: JourneyMap,
  after: JourneyMap,
  options: ExportOptions,
  ctx: PageExportContext,
): Promise<ExportResult> {
  const assets = ctx.assets ?? webAssets;
  const run = { signal: ctx.signal, onProgress: ctx.onProgress, yieldTurn: pageTurn };
  if (options.format === 'pdf' || options.format === 'svg') {
    const { exportCompareVector } = await import('../../shared/export/compare/exportCompare');
    return exportCompareVector(
      before,
      after,
      { ...options, format: options.format },
      { ...run, t: ctx.t, assets, today: ctx.today ?? isoDate(new Date()) },
    );
  }
  const [{ compareMaps }, { compareScene }, { exportScenePng }] = await Promise.all([
    import('../../shared/compare'),
    import('../../shared/export/compare/compareScene'),
    import('./png/exportPng'),
  ]);
  const t = deliverableLabels(after, ctx.t);
  const scene = compareScene(compareMaps(before, after, t), t, { list: true });
  const bytes = await exportScenePng(scene, options.png, {
    ...run,
    t,
    assets,
    document: ctx.document ?? document,
  });
  return {
    bytes,
    mimeType: MIME_TYPES[options.format],
    fileName: exportFileName(after.title, options.format),
  };
}
