import type { Draft } from 'immer';
import type { Card, JourneyMap } from '../model';

/** The document as an operation sees it: an immer draft (or a plain map being built). */
export type MapDraft = Draft<JourneyMap>;
export type CardDraft = Draft<Card>;
