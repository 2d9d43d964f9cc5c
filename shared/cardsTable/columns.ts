/**
 * The cards table: one row per card, in these columns. The header row holds these stable
 * English keys whatever the UI or map language, so a file written in one language imports in
 * another; on import the translated column names of every UI language are accepted too
 * (`cardsTable.columns.*` in the locales), as is any letter case and spacing.
 *
 * Enumerated fields (lane kind, evidence, channel, severity, priority) hold the model's own
 * keys (`painPoints`, `observed`, `mobileApp` …), emotion scores −2…+2, votes a whole number,
 * the persona its name. Cells of fields a card does not have are empty.
 */
export const CARD_COLUMNS = [
  'stage',
  'lane',
  'laneKind',
  'text',
  'color',
  'evidence',
  'evidenceSource',
  'score',
  'persona',
  'channel',
  'severity',
  'priority',
  'metricValue',
  'metricTarget',
  'votes',
] as const;

export type CardColumn = (typeof CARD_COLUMNS)[number];

/** A card's place and content without ids: what a row says and a round trip keeps. */
export interface CardRow {
  stage: string;
  lane: string;
  laneKind: string;
  text: string;
  color?: string;
  evidence?: string;
  evidenceSource?: string;
  score?: number;
  persona?: string;
  channel?: string;
  severity?: string;
  priority?: string;
  metricValue?: string;
  metricTarget?: string;
  votes?: number;
}

/** Columns a file must have: without them a row does not say where its card goes. */
export const REQUIRED_COLUMNS: readonly CardColumn[] = ['stage', 'lane', 'text'];

/** A header as a comparison sees it: trimmed, inner spaces, `_` and `-` dropped, lower case. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s_\-\u200c]+/g, '')
    .toLowerCase();
}
