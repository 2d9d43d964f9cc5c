import { loadMap, type Problem } from '../../shared/load';
import { CURRENT_VERSION, FORMAT, LIMITS, type JourneyMap } from '../../shared/model';
import { clipboardOf, type Clipboard } from '../../shared/ops';

/**
 * Cards on the system clipboard. Copy writes them three ways: as a small journey map under a
 * type of our own and under `application/json` (another window or map of the app reads
 * either), and as plain text, one card a line (for any other program). Pasted JSON is
 * a journey map, so it passes the same loader gate as a file: nothing from the clipboard is
 * trusted.
 */
export const CLIPBOARD_MIME = 'application/vnd.journey-studio.cards+json';
export const JSON_MIME = 'application/json';
export const TEXT_MIME = 'text/plain';

export interface ClipboardPayload {
  json: string;
  text: string;
}

/** What copying the cards writes, or null when none of them exists. */
export function clipboardPayload(
  map: JourneyMap,
  cardIds: readonly string[],
): ClipboardPayload | null {
  const { cards, connectors } = clipboardOf(map, cardIds);
  if (cards.length === 0) return null;
  const laneIds = new Set(cards.map((c) => c.laneId));
  const stageIds = new Set(cards.map((c) => c.stageId));
  const value = {
    format: FORMAT,
    version: CURRENT_VERSION,
    title: map.title,
    personas: map.personas.filter((p) => cards.some((c) => c.personaId === p.id)),
    stages: map.stages.filter((s) => stageIds.has(s.id)),
    lanes: map.lanes.filter((l) => laneIds.has(l.id)),
    cards,
    connectors,
  };
  return { json: JSON.stringify(value), text: cards.map((c) => c.text).join('\n') };
}

export type PastedContent =
  | { kind: 'cards'; clipboard: Clipboard; warnings: Problem[] }
  /** `omitted`: lines left out because the map cannot hold that many more cards. */
  | { kind: 'lines'; lines: string[]; omitted: number }
  | { kind: 'refused'; errors: Problem[] };

/** A JSON text that claims to be a journey map (so a broken one is reported, not pasted as text). */
function claimsMap(text: string): boolean {
  return /^\s*\{[\s\S]*"format"\s*:\s*"journey-map"/.test(text.slice(0, 4096));
}

/**
 * Reads what was pasted: our own type first, then JSON, then plain text (a line a card; a
 * whole `*.journey.json` file pasted as text gives its cards). Null when there is nothing.
 * `room` is how many more cards the map takes: lines beyond it are counted, not pasted.
 */
export function parseClipboard(
  read: (type: string) => string,
  room: number = LIMITS.cards,
): PastedContent | null {
  const json = read(CLIPBOARD_MIME) || read(JSON_MIME);
  const text = read(TEXT_MIME);
  const candidate = json || (claimsMap(text) ? text : '');
  if (candidate) {
    const loaded = loadMap(candidate);
    if (!loaded.ok) return { kind: 'refused', errors: loaded.errors };
    const { cards, connectors } = loaded.map;
    if (cards.length > 0)
      return { kind: 'cards', clipboard: { cards, connectors }, warnings: loaded.warnings };
    return null;
  }
  const all = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const lines = all.slice(0, Math.max(0, room)).map((line) => line.slice(0, LIMITS.text));
  return all.length > 0 ? { kind: 'lines', lines, omitted: all.length - lines.length } : null;
}
