import { LIMITS, PersonaSchema, type Persona } from '../model';
import { removeCards } from './cells';
import { findCards, type MapDraft } from './draft';
import { fitIndex, fitName, fitText, moveItem } from './sanitize';

/** A persona as the editor creates it: id and name, the rest optional (defaults filled in). */
export type PersonaInput = Pick<Persona, 'id' | 'name'> & Partial<Omit<Persona, 'id' | 'name'>>;

type OptionalPersonaField = 'emoji' | 'photo' | 'color';
/** New values; `null` removes an optional field (emoji, photo, colour). */
export type PersonaChanges = Partial<Omit<Persona, 'id' | OptionalPersonaField>> & {
  [K in OptionalPersonaField]?: string | null;
};

/**
 * Edits of personas. An emotion card without `personaId` belongs to the map's first persona
 * (or to the default curve when there is none). So that no curve changes hands when the
 * first persona changes (adding one in front, moving, deleting), those cards are first given
 * the id of the persona they belonged to.
 */
export type PersonaOperation =
  | { type: 'addPersona'; persona: PersonaInput; index?: number }
  /** Sets fields; a value the schema refuses (bad colour, photo that is not an image) is ignored. */
  | { type: 'updatePersona'; personaId: string; changes: PersonaChanges }
  | { type: 'movePersona'; personaId: string; toIndex: number }
  /**
   * Deletes the persona **and its emotion curve** (its cards in emotion lanes, and their
   * connectors): their points would otherwise join another persona's curve. When it is the
   * only persona, the curve stays as the map's default curve. Its id is cleared from cards
   * in other lanes. The editor asks first when the curve has points; undo restores them.
   */
  | { type: 'deletePersona'; personaId: string };

const LIST_FIELDS = ['goals', 'needs', 'motivations', 'pains', 'channels'] as const;

export function applyPersonaOperation(map: MapDraft, op: PersonaOperation): void {
  if (op.type === 'addPersona') {
    addPersona(map, op.persona, op.index);
    return;
  }
  const index = map.personas.findIndex((p) => p.id === op.personaId);
  const persona = map.personas[index];
  if (!persona) return;
  switch (op.type) {
    case 'updatePersona':
      updatePersona(persona, op.changes);
      return;
    case 'movePersona': {
      const to = fitIndex(op.toIndex, map.personas.length - 1);
      if (to !== index && (index === 0 || to === 0)) pinImplicitCurve(map);
      moveItem(map.personas, index, to);
      return;
    }
    case 'deletePersona':
      deletePersona(map, persona.id, index === 0);
      return;
  }
}

const PERSONA_FIELDS = [
  'name',
  'role',
  'quote',
  'emoji',
  'photo',
  'color',
  ...LIST_FIELDS,
] as const satisfies readonly (keyof PersonaChanges)[];

/** A field value cut to its limits (texts, list items, list length). */
function fitField(key: (typeof PERSONA_FIELDS)[number], value: string | string[]): unknown {
  if (Array.isArray(value)) return value.slice(0, LIMITS.listItems).map((item) => fitText(item));
  if (key === 'name' || key === 'role') return fitName(value);
  return key === 'quote' ? fitText(value) : value;
}

function updatePersona(persona: MapDraft['personas'][number], changes: PersonaChanges): void {
  for (const key of PERSONA_FIELDS) {
    const value = changes[key];
    if (value === undefined) continue;
    if (value === null) {
      if (key === 'emoji' || key === 'photo' || key === 'color')
        Reflect.deleteProperty(persona, key);
      continue;
    }
    const parsed = PersonaSchema.shape[key].safeParse(fitField(key, value));
    // Each key's value is checked by its own schema; TypeScript cannot follow `key` here.
    if (parsed.success) (persona as Record<typeof key, unknown>)[key] = parsed.data;
  }
}

/** Texts and lists cut to their limits. */
function fitPersona(persona: PersonaInput): Record<string, unknown> {
  const fitted: Record<string, unknown> = { ...persona };
  for (const key of PERSONA_FIELDS) {
    const value = persona[key];
    if (value !== undefined) fitted[key] = fitField(key, value);
  }
  return fitted;
}

function addPersona(map: MapDraft, input: PersonaInput, index: number | undefined): void {
  if (map.personas.length >= LIMITS.personas || map.personas.some((p) => p.id === input.id)) return;
  const parsed = PersonaSchema.safeParse(fitPersona(input));
  if (!parsed.success) return;
  const at = fitIndex(index, map.personas.length);
  if (at === 0 && map.personas.length > 0) pinImplicitCurve(map);
  map.personas.splice(at, 0, parsed.data);
}

/** The ids of the map's emotion lanes. */
function emotionLanes(map: MapDraft): Set<string> {
  return new Set(map.lanes.filter((l) => l.kind === 'emotions').map((l) => l.id));
}

/** Gives the emotion cards that belong to the first persona implicitly its id explicitly. */
function pinImplicitCurve(map: MapDraft): void {
  const first = map.personas[0];
  if (!first) return;
  const lanes = emotionLanes(map);
  for (const card of findCards(map, (c) => c.personaId === undefined && lanes.has(c.laneId))) {
    card.personaId = first.id;
  }
}

function deletePersona(map: MapDraft, personaId: string, wasFirst: boolean): void {
  const lanes = emotionLanes(map);
  const isOnly = map.personas.length === 1;
  const curve = new Set<string>();
  const owned = findCards(
    map,
    (c) => c.personaId === personaId || (wasFirst && c.personaId === undefined),
  );
  for (const card of owned) {
    if (lanes.has(card.laneId) && !isOnly) curve.add(card.id);
    else if (card.personaId !== undefined) delete card.personaId;
  }
  removeCards(map, curve);
  map.personas = map.personas.filter((p) => p.id !== personaId);
}
