import { CURRENT_VERSION, type Card, type JourneyMap } from '../model';
import { migrateToCurrent, type LooseDoc } from '../migrate';
import { MAP_SHAPE } from '../schema/shapeTree';
import { inspectValue, withoutUnsafeKeys } from './inspect';
import { parseText } from './parseText';
import { makeProblem, ProblemList, typeWordOf, type Problem } from './problem';
import { repairConflicts } from './repairConflicts';
import { repairCardOrder, setAsideBrokenOrders, type BrokenOrder } from './repairOrder';
import { repairDuplicateIds } from './repairIds';
import { repairMetrics } from './repairMetrics';
import { repairNumbers } from './repairNumbers';
import { repairReferences } from './repairReferences';
import { repairWorkshop } from './repairWorkshop';
import { validateMap } from './validate';
import { readVersion } from './version';

export type LoadResult =
  { ok: true; map: JourneyMap; warnings: Problem[] } | { ok: false; errors: Problem[] };

/**
 * The one gate every map from outside passes through (a file in the app, the CLI, a paste):
 * the text of a `*.journey.json` file in, a valid map with a report of what was repaired
 * out, or the reasons it cannot be read. Never throws.
 */
export function loadMap(text: string): LoadResult {
  return guarded(() => {
    if (typeof text !== 'string') {
      return failed(
        makeProblem('wrongType', [], { expected: 'string', received: typeWordOf(text) }),
      );
    }
    const parsed = parseText(text);
    return parsed.ok ? restore(parsed.value) : failed(parsed.error);
  });
}

/** The same gate for a value that is already parsed JSON (a paste, a message). Never throws. */
export function loadMapValue(value: unknown): LoadResult {
  return guarded(() => restore(value));
}

/**
 * The steps after parsing, each on a value it may not trust: shape of the root, version and
 * migration, limits and unknown fields, number repairs, schema validation, then the repairs
 * that need a valid map (ids, references, card order). Nothing here changes the input.
 */
function restore(value: unknown): LoadResult {
  const errors = new ProblemList();
  const warnings = new ProblemList();
  const refused = (): LoadResult => ({ ok: false, errors: errors.toArray() });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.add('wrongType', [], { expected: 'object', received: typeWordOf(value) });
    return refused();
  }
  let doc = value as LooseDoc;
  const version = readVersion(doc, errors);
  if (version === undefined) return refused();
  if (version < CURRENT_VERSION) {
    if (!inspectValue(doc, null, errors, warnings).ok) return refused();
    try {
      doc = migrateToCurrent(doc, version).doc;
    } catch {
      // Migrations read defensively; this guards against one that does not.
      errors.add('migrationFailed', [], { version });
      return refused();
    }
    warnings.add('migrated', [], { from: version, to: CURRENT_VERSION });
  }
  const inspected = inspectValue(doc, MAP_SHAPE, errors, warnings);
  if (!inspected.ok) return refused();
  if (inspected.unsafeKeys) doc = withoutUnsafeKeys(doc) as LooseDoc;
  const orders = setAsideBrokenOrders(doc);
  const numbers = repairNumbers(orders.doc, warnings);
  const map = validateMap(numbers, errors);
  if (!map) return refused();

  const brokenOrders = new Map<Card, BrokenOrder>();
  for (const [index, value] of orders.broken) {
    const card = map.cards[index];
    if (card) brokenOrders.set(card, { index, value });
  }
  repairDuplicateIds(map, warnings);
  repairReferences(map, warnings);
  repairMetrics(map, warnings);
  repairWorkshop(map, warnings);
  repairConflicts(map, warnings);
  repairCardOrder(map.cards, brokenOrders, warnings);
  return { ok: true, map, warnings: warnings.toArray() };
}

function failed(error: Problem): LoadResult {
  return { ok: false, errors: [error] };
}

/** Turns anything thrown (a getter or proxy in a pasted value, a bug) into an error result. */
function guarded(load: () => LoadResult): LoadResult {
  try {
    return load();
  } catch (caught) {
    return failed(makeProblem('unreadable', [], { detail: describeThrown(caught) }));
  }
}

function describeThrown(caught: unknown): string {
  try {
    return caught instanceof Error ? caught.message : String(caught);
  } catch {
    return 'unknown error';
  }
}
