/**
 * Stage names as a comparison sees them: NFKC (full-width letters, ligatures and Arabic
 * presentation forms to plain letters), trimmed, inner white space collapsed, lower case,
 * Cyrillic ё as е (Russian text writes both), and the Arabic letters yeh and kaf as the
 * Persian ones a Persian keyboard types (ي ى → ی, ك → ک), with tatweel and zero-width
 * non-joiners dropped.
 */
export function normaliseStageName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\u0640|\u200c|\u200d|\u200e|\u200f/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9');
}

/** How many rows of an unknown stage value are listed (a CRM export may have 30,000). */
const ROWS_LISTED = 20;

export interface StageRef {
  id: string;
  name: string;
}

export interface StageMatch {
  /** Each distinct value from the file that names a stage, with the stage's id. */
  matched: { value: string; stageId: string }[];
  /** Distinct values that name no stage: how many rows hold each, and the first of them. */
  unmatched: { value: string; count: number; rows: number[] }[];
  /** Ids of the map's stages that no value names. */
  withoutData: string[];
}

/**
 * Matches stage values from a file to the map's stages by name. `byHand` (a mapping's
 * remembered choices) comes first: a value mapped to `null` is deliberately left out and is
 * neither matched nor unmatched.
 */
export class StageMatcher {
  private readonly byName = new Map<string, string>();
  private readonly byHand = new Map<string, string | null>();
  private readonly matched = new Map<string, string>();
  private readonly unmatched = new Map<string, { count: number; rows: number[] }>();
  /** Lookups by the raw value: a CRM export repeats a handful of stage names 100,000 times. */
  private readonly cache = new Map<string, string | null | undefined>();

  constructor(
    private readonly stages: readonly StageRef[],
    byHand: Readonly<Record<string, string | null>> = {},
  ) {
    for (const stage of stages) {
      const key = normaliseStageName(stage.name);
      if (!this.byName.has(key)) this.byName.set(key, stage.id);
    }
    const ids = new Set(stages.map((stage) => stage.id));
    for (const [value, stageId] of Object.entries(byHand)) {
      // A remembered choice of a stage the map no longer has is forgotten: the value is then
      // matched by name, or reported as unknown.
      if (stageId === null || ids.has(stageId)) this.byHand.set(normaliseStageName(value), stageId);
    }
  }

  /** The stage id for a value, `null` when it is left out on purpose, `undefined` when unknown. */
  lookup(value: string): string | null | undefined {
    if (this.cache.has(value)) return this.cache.get(value);
    const key = normaliseStageName(value);
    const found = this.byHand.has(key) ? this.byHand.get(key) : this.byName.get(key);
    this.cache.set(value, found);
    return found;
  }

  /** Looks a value up and records the outcome for `result()`. */
  match(value: string, row: number): string | null | undefined {
    const stageId = this.lookup(value);
    const shown = value.trim();
    if (stageId) {
      if (!this.matched.has(shown)) this.matched.set(shown, stageId);
    } else if (stageId === undefined) {
      const entry = this.unmatched.get(shown) ?? { count: 0, rows: [] };
      entry.count++;
      if (entry.rows.length < ROWS_LISTED) entry.rows.push(row);
      this.unmatched.set(shown, entry);
    }
    return stageId;
  }

  result(): StageMatch {
    const used = new Set(this.matched.values());
    return {
      matched: [...this.matched].map(([value, stageId]) => ({ value, stageId })),
      unmatched: [...this.unmatched].map(([value, entry]) => ({ value, ...entry })),
      withoutData: this.stages.filter((stage) => !used.has(stage.id)).map((stage) => stage.id),
    };
  }
}
