/**
 * A document as a migration sees it: parsed JSON of an older version, not yet validated.
 * Migrations read it defensively and pass through what they do not understand, so that the
 * validation after them names the problem.
 */
export type LooseDoc = Record<string, unknown>;

/** One step up the version ladder: turns a document of `version - 1` into one of `version`. */
export interface Migration {
  /** The version this step produces. Steps count up by one. */
  readonly version: number;
  /** What changed in this version, for readers of the code. */
  readonly description: string;
  up(doc: LooseDoc): LooseDoc;
}
