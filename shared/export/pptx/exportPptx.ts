import PptxGenJS from 'pptxgenjs';
import type { Translate } from '../../load';
import type { JourneyMap } from '../../model';
import type { ExportAssets } from '../assets';
import type { PptxOptions } from '../options';
import { breathe, stepProgress, type ExportRun } from '../progress';
import { planDeck } from './deckPlan';
import { addSlideNumber, deckStyle } from './deckStyle';
import { deflatePackage } from './deflate';
import { drawEmotionSlide } from './emotionCharts';
import { PPTX_LAYOUTS } from './frame';
import { slideImage } from './images';
import { drawMapSlide } from './mapSlides';
import { drawFunnelSlide, drawMetricsTableSlide } from './metricsSlides';
import { drawPersonaSlide } from './personaSlides';
import { drawSummarySlide } from './summarySlides';
import { drawTitleSlide } from './titleSlide';

export interface PptxContext extends ExportRun {
  /** The deliverable's labels (the map's language: `deliverableLabels`). */
  t: Translate;
  /** For an SVG logo (rasterised to PNG); without it such a logo is left out. */
  assets?: ExportAssets;
  /** The title slide's date (ISO yyyy-mm-dd). */
  today: string;
}

/**
 * The PowerPoint deliverable (see `planDeck` for the slides): every text is native, editable
 * text at 10 pt or more, the map a table, the emotion curves native line charts, the
 * stage metrics a table and the funnel a bar chart. Pure: the
 * bytes of the .pptx, in the page and in plain Node alike.
 */
export async function exportPptx(
  map: JourneyMap,
  options: PptxOptions,
  ctx: PptxContext,
): Promise<Uint8Array> {
  const { t } = ctx;
  const size = options.slideSize;
  const style = deckStyle(map, size);
  const pptx = new PptxGenJS();
  pptx.layout = PPTX_LAYOUTS[size];
  pptx.rtlMode = style.rtl;
  pptx.title = map.title;
  pptx.author = map.author;
  pptx.company = map.client;
  pptx.subject = map.description.slice(0, 500);
  pptx.theme = { headFontFace: style.font, bodyFontFace: style.font };

  const deck = planDeck(map, size);
  const logo = await slideImage(map.logo, ctx.assets);
  const photos = new Map(
    await Promise.all(
      map.personas.map(async (p) => [p.id, await slideImage(p.photo, ctx.assets)] as const),
    ),
  );
  for (const [i, item] of deck.entries()) {
    const slide = pptx.addSlide();
    if (item.kind !== 'title') addSlideNumber(slide, style);
    switch (item.kind) {
      case 'title':
        drawTitleSlide(slide, style, map, ctx.today, logo, t);
        break;
      case 'persona':
        drawPersonaSlide(
          slide,
          style,
          map,
          item.plan,
          photos.get(item.plan.persona.id) ?? null,
          size,
          t,
        );
        break;
      case 'map':
        drawMapSlide(slide, style, map, item.plan, item.part, t);
        break;
      case 'emotions':
        drawEmotionSlide(slide, style, item.chart, t);
        break;
      case 'metrics':
        drawMetricsTableSlide(slide, style, map, item.part, size, t);
        break;
      case 'funnel':
        drawFunnelSlide(slide, style, map, item.funnel, t);
        break;
      case 'summary':
        drawSummarySlide(slide, style, item.rows, item.continued, size, t);
        break;
    }
    stepProgress(ctx, i + 1, deck.length + 1);
    await breathe(ctx);
  }
  const stored = await pptx.write({ outputType: 'uint8array' });
  if (!(stored instanceof Uint8Array)) throw new Error('pptxgenjs returned no bytes');
  const bytes = deflatePackage(stored);
  ctx.onProgress?.(1);
  return bytes;
}
