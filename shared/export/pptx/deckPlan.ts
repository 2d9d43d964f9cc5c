import type { Funnel } from '../../metrics';
import type { JourneyMap } from '../../model';
import type { SummaryRow } from '../pdf/summary';
import type { SlideSize } from '../options';
import { emotionCharts, type EmotionChart } from './emotionCharts';
import { planMapSlides, type MapPlan, type MapSlidePlan } from './mapSlidePlan';
import { planMetricsSlides, type MetricsTableSlide } from './metricsSlides';
import { planPersonaSlides, type PersonaSlidePlan } from './personaSlides';
import { planSummarySlides } from './summarySlides';

/** Every slide of the deck in order: what `exportPptx` draws, and what tests count. */
export type DeckSlide =
  | { kind: 'title' }
  | { kind: 'persona'; plan: PersonaSlidePlan }
  | { kind: 'map'; plan: MapPlan; part: MapSlidePlan }
  | { kind: 'emotions'; chart: EmotionChart }
  | { kind: 'metrics'; part: MetricsTableSlide }
  | { kind: 'funnel'; funnel: Funnel }
  | { kind: 'summary'; rows: SummaryRow[]; continued: boolean };

/**
 * The deck: title slide, the personas, the map's stage groups, each emotion lane's chart,
 * the stage metrics table and funnel (when the map has measurements), then the pain points
 * and opportunities table (left out when the map has none).
 */
export function planDeck(map: JourneyMap, size: SlideSize): DeckSlide[] {
  const map_ = planMapSlides(map, size);
  const metrics = planMetricsSlides(map, size);
  return [
    { kind: 'title' },
    ...map.personas.flatMap((persona) =>
      planPersonaSlides(persona, size).map((plan) => ({ kind: 'persona' as const, plan })),
    ),
    ...map_.slides.map((part) => ({ kind: 'map' as const, plan: map_, part })),
    ...emotionCharts(map).map((chart) => ({ kind: 'emotions' as const, chart })),
    ...metrics.tables.map((part) => ({ kind: 'metrics' as const, part })),
    ...(metrics.funnel ? [{ kind: 'funnel' as const, funnel: metrics.funnel }] : []),
    ...planSummarySlides(map, size).map((rows, i) => ({
      kind: 'summary' as const,
      rows,
      continued: i > 0,
    })),
  ];
}
