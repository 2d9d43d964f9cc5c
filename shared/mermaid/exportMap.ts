import type { Translate } from '../i18n/translate';
import type { Card, JourneyMap } from '../model';
import { escapeMermaid } from './text';

export interface MermaidExport {
  text: string;
  /** What Mermaid cannot show and was left out or changed, translated. */
  warnings: string[];
}

const MERMAID_NEUTRAL = 3;
/** A task needs a name; a no-break space shows an empty one. */
const EMPTY_NAME = '#160;';

const byOrder = (a: Card, b: Card): number =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A map as a Mermaid `journey` diagram: the title, the description as `accDescr`, each stage
 * with action cards as a section, each action card as a task whose actors are the personas
 * with an emotion point for it and whose score is that point's, −2…+2 → 1…5. A point belongs
 * to an action card with the same text in its stage (as an import makes them); the others
 * go to the stage's remaining action cards in order, and a persona's single point in a stage
 * to all of them (the stage's feeling). Personas who felt differently about one card get one
 * task line each. Everything else Mermaid cannot show is named in `warnings`.
 */
export function mapToMermaid(map: JourneyMap, t: Translate): MermaidExport {
  const warnings: string[] = [];
  const warn = (key: string, params: Record<string, unknown> = {}): void => {
    warnings.push(t(`mermaid.export.${key}`, params));
  };
  const laneKind = new Map(map.lanes.map((lane, i) => [lane.id, { kind: lane.kind, i }]));
  const lanePlace = (card: Card): number => laneKind.get(card.laneId)?.i ?? 0;
  const sorted = [...map.cards].sort((a, b) => lanePlace(a) - lanePlace(b) || byOrder(a, b));
  const firstPersona = map.personas[0]?.id;
  const personaKey = (card: Card): string =>
    card.personaId !== undefined && map.personas.some((p) => p.id === card.personaId)
      ? card.personaId
      : (firstPersona ?? '');
  const personaName = new Map(map.personas.map((p) => [p.id, p.name]));

  const lines = ['journey'];
  if (map.title.trim() !== '') lines.push(`  title ${escapeMermaid(map.title, 'title')}`);
  if (map.description.trim() !== '') {
    lines.push('  accDescr {', ...blockLines(map.description), '  }');
  }
  const usedPersonas = new Set<string>();
  const unscored: string[] = [];
  let previousName: string | undefined;
  let written = 0;
  for (const stage of map.stages) {
    const inStage = sorted.filter((card) => card.stageId === stage.id);
    const actions = inStage.filter((card) => laneKind.get(card.laneId)?.kind === 'actions');
    if (actions.length === 0) {
      warn('stageWithoutActions', { stage: stage.name });
      continue;
    }
    const name = escapeMermaid(stage.name, 'section');
    if (name === '' && written > 0) lines.push(`  section ${EMPTY_NAME}`);
    else if (name !== '') lines.push(`  section ${name}`);
    if (previousName !== undefined && previousName === name) {
      warn('sameNameStages', { stage: stage.name });
    }
    previousName = name;
    written += 1;

    const scores = assignScores(actions, inStage, laneKind, personaKey, (count) =>
      warn('pointsLeftOut', { count, stage: stage.name }),
    );
    for (const [i, card] of actions.entries()) {
      const taskName = escapeMermaid(card.text, 'task') || EMPTY_NAME;
      const byScore = new Map<number, string[]>();
      for (const [persona, score] of scores[i] ?? new Map<string, number>()) {
        byScore.set(score, [...(byScore.get(score) ?? []), persona]);
      }
      if (byScore.size === 0) {
        unscored.push(card.text);
        lines.push(`    ${taskName}: ${MERMAID_NEUTRAL}`);
        continue;
      }
      if (byScore.size > 1) warn('taskSplit', { task: card.text });
      for (const [score, personas] of byScore) {
        const actors = personas
          .filter((id) => id !== '')
          .map((id) => {
            usedPersonas.add(id);
            return escapeMermaid(personaName.get(id) ?? '', 'actor') || EMPTY_NAME;
          });
        const tail = actors.length === 0 ? '' : `: ${actors.join(', ')}`;
        lines.push(`    ${taskName}: ${score + MERMAID_NEUTRAL}${tail}`);
      }
    }
  }
  if (unscored.length > 0) {
    warn('tasksWithoutScore', { count: unscored.length, tasks: shortList(unscored) });
  }
  leftOut(map, laneKind, usedPersonas, warn);
  return { text: `${lines.join('\n')}\n`, warnings };
}

/** For each action card (by index), persona → score from the stage's emotion points. */
function assignScores(
  actions: readonly Card[],
  inStage: readonly Card[],
  laneKind: Map<string, { kind: string }>,
  personaKey: (card: Card) => string,
  pointsLeftOut: (count: number) => void,
): Map<string, number>[] {
  const result = actions.map(() => new Map<string, number>());
  const points = inStage.filter(
    (card) => laneKind.get(card.laneId)?.kind === 'emotions' && card.score !== undefined,
  );
  const byPersona = new Map<string, Card[]>();
  for (const point of points) {
    const key = personaKey(point);
    byPersona.set(key, [...(byPersona.get(key) ?? []), point]);
  }
  let unused = 0;
  for (const [persona, own] of byPersona) {
    const free = new Set(actions.map((_, i) => i));
    const rest: Card[] = [];
    for (const point of own) {
      const match = [...free].find((i) => actions[i]?.text.trim() === point.text.trim());
      if (match === undefined) rest.push(point);
      else {
        free.delete(match);
        result[match]?.set(persona, point.score ?? 0);
      }
    }
    const open = [...free];
    if (rest.length === 1 && rest[0]) {
      for (const i of open) result[i]?.set(persona, rest[0].score ?? 0);
      continue;
    }
    rest.forEach((point, j) => {
      const i = open[j];
      if (i === undefined) unused += 1;
      else result[i]?.set(persona, point.score ?? 0);
    });
  }
  if (unused > 0) pointsLeftOut(unused);
  return result;
}

/** Names for a message: the first few, then an ellipsis. */
function shortList(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((name) => name.replace(/\s+/g, ' '));
  return names.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Description lines for an `accDescr { … }` block. */
function blockLines(description: string): string[] {
  return escapeMermaid(description, 'block')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `    ${line}`);
}

function leftOut(
  map: JourneyMap,
  laneKind: Map<string, { kind: string }>,
  usedPersonas: ReadonlySet<string>,
  warn: (key: string, params?: Record<string, unknown>) => void,
): void {
  const shown = new Set(['actions', 'emotions']);
  const otherLanes = map.lanes.filter(
    (lane) => !shown.has(lane.kind) && map.cards.some((card) => card.laneId === lane.id),
  );
  if (otherLanes.length > 0) {
    const count = map.cards.filter((card) => !shown.has(laneKind.get(card.laneId)?.kind ?? ''));
    warn('lanesLeftOut', {
      count: count.length,
      lanes: otherLanes.map((lane) => lane.name).join(', '),
    });
  }
  if (map.connectors.length > 0) warn('connectorsLeftOut', { count: map.connectors.length });
  if (map.notes.length > 0) warn('notesLeftOut', { count: map.notes.length });
  const unused = map.personas.filter((p) => !usedPersonas.has(p.id));
  if (unused.length > 0) {
    warn('personasLeftOut', { names: unused.map((p) => p.name).join(', ') });
  }
  const detailed = map.personas.some(
    (p) =>
      p.role !== '' ||
      p.quote !== '' ||
      [p.goals, p.needs, p.motivations, p.pains, p.channels].some((list) => list.length > 0),
  );
  if (detailed) warn('personaDetailsLeftOut');
}
