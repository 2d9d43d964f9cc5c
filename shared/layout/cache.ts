import type { Card, JourneyMap, LaneKind } from '../model';
import type { MeasuredCard } from './cardContent';
import type { CardLayout, MetricsLaneLayout } from './types';

/**
 * Lets `layoutMap` reuse the work of the previous layout. The editor keeps one per open
 * document: thanks to immer's structural sharing an unchanged card is the same object, so
 * after an edit only changed cards are measured again, and cards that did not move keep the
 * very same `CardLayout` object (memoised canvas nodes do not re-render).
 */
export interface LayoutCache {
  readonly cards: WeakMap<Card, CachedCard>;
  /** Emotion labels, reused while the card and its place (`key`) stay the same. */
  readonly emotionCards: WeakMap<Card, { key: string; layout: CardLayout }>;
  /**
   * The metrics lane by the measurements it reads, reused while they, the metrics, the
   * stages, the language and the geometry (`key`) stay the same: card edits keep it.
   */
  readonly metricsLanes: WeakMap<JourneyMap['measurements'], CachedMetricsLane>;
}

export interface CachedMetricsLane {
  key: string;
  metrics: JourneyMap['metrics'];
  stages: JourneyMap['stages'];
  language: string;
  layout: MetricsLaneLayout;
}

export interface CachedCard {
  kind: LaneKind;
  width: number;
  maxLines: number | undefined;
  measured: MeasuredCard;
  placed?: CardLayout;
}

export function createLayoutCache(): LayoutCache {
  return { cards: new WeakMap(), emotionCards: new WeakMap(), metricsLanes: new WeakMap() };
}
