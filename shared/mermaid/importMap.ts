import { generateNKeysBetween } from 'fractional-indexing';
import { isRtlLanguage } from '../i18n/languages';
import type { Translate } from '../i18n/translate';
import { loadMapValue, type Problem } from '../load';
import { CURRENT_VERSION, FORMAT, SCORE_MAX, SCORE_MIN, type JourneyMap } from '../model';
import { parseJourney, type JourneyDiagram, type JourneyTask } from './parseJourney';
import { mermaidText } from './text';

/** Something wrong with (error) or changed in (warning) a diagram, at a line of it. */
export interface MermaidProblem {
  line?: number;
  column?: number;
  /** Translated, without the place (see `formatMermaidProblem`). */
  message: string;
}

export type MermaidImport =
  | { ok: true; map: JourneyMap; warnings: MermaidProblem[] }
  | { ok: false; errors: MermaidProblem[] };

export interface MermaidImportOptions {
  /** The map's content language (BCP 47); a right-to-left one makes an `rtl` map. */
  language?: string;
  /** Translates the new lanes' names (default: `t`, the messages' translator). */
  names?: Translate;
}

/** Mermaid's scale: 1 (bad) … 5 (good); the middle, 3, is our 0. */
const MERMAID_NEUTRAL = 3;

/**
 * A new map from a Mermaid `journey` diagram: `title` (or the front matter's) → title,
 * `accTitle` → title when there is no title, `accDescr` → description; each run of tasks
 * under one section name → a stage (Mermaid draws such a run as one section, and a section
 * without tasks not at all); each task → a card in a "Customer actions" lane; each actor → a
 * persona (sorted, as Mermaid's legend lists them); the task's score → one point per actor
 * in an "Emotions" lane, 1…5 → −2…+2 (rounded and clamped, and reported). The map is built
 * as plain data and passes the loader gate like any file; nothing is returned half-done.
 */
export function mermaidToMap(
  text: string,
  t: Translate,
  options: MermaidImportOptions = {},
): MermaidImport {
  const parsed = parseJourney(text);
  if (!parsed.ok) {
    const { code, line, column, params } = parsed.error;
    const error: MermaidProblem = { line, message: t(`mermaid.errors.${code}`, params ?? {}) };
    if (column !== undefined) error.column = column;
    return { ok: false, errors: [error] };
  }
  const warnings: MermaidProblem[] = [];
  const warn = (line: number, key: string, params: Record<string, unknown> = {}): void => {
    warnings.push({ line, message: t(`mermaid.warnings.${key}`, params) });
  };
  const built = buildInput(parsed.diagram, warn, options.names ?? t);
  const language = options.language ?? 'en';
  const input = {
    ...built.input,
    language,
    direction: isRtlLanguage(language) ? 'rtl' : 'ltr',
  };
  const loaded = loadMapValue(input);
  if (!loaded.ok) {
    return { ok: false, errors: loaded.errors.map((p) => gateProblem(p, built.lines, t)) };
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: true, map: loaded.map, warnings };
}

type Warn = (line: number, key: string, params?: Record<string, unknown>) => void;

interface Built {
  input: Record<string, unknown>;
  /** The diagram line of each record the gate may name (`stages[2]` → 7). */
  lines: Map<string, number>;
}

function buildInput(diagram: JourneyDiagram, warn: Warn, names: Translate): Built {
  const lines = new Map<string, number>();
  let title = diagram.title ? mermaidText(diagram.title.text, false) : '';
  if (diagram.title) lines.set('title', diagram.title.line);
  if (diagram.accTitle) {
    const accTitle = mermaidText(diagram.accTitle.text, false);
    if (title === '') {
      title = accTitle;
      lines.set('title', diagram.accTitle.line);
    } else if (accTitle !== title) {
      warn(diagram.accTitle.line, 'accTitleLeftOut', { text: accTitle });
    }
  }

  for (const section of diagram.sections) {
    if (!diagram.tasks.some((task) => task.section === section.name)) {
      warn(section.line, 'emptySection', { name: mermaidText(section.name, false) });
    }
  }

  const actorNames = new Set<string>();
  for (const task of diagram.tasks) {
    for (const person of task.people) {
      if (person === '') warn(task.line, 'emptyActor', { task: mermaidText(task.name, false) });
      else actorNames.add(person);
    }
  }
  // Mermaid's legend: the distinct actors in code-unit order (`[...set].sort()`).
  const personaIds = new Map<string, string>();
  const personas = [...actorNames].sort().map((raw, i) => {
    const id = `persona-${i + 1}`;
    personaIds.set(raw, id);
    const firstLine = diagram.tasks.find((task) => task.people.includes(raw))?.line ?? 1;
    lines.set(`personas[${i}]`, firstLine);
    return { id, name: mermaidText(raw, false) };
  });

  // Consecutive tasks with one section name are one section in Mermaid's drawing.
  const stages: Record<string, unknown>[] = [];
  const runs: JourneyTask[][] = [];
  for (const task of diagram.tasks) {
    const last = runs.at(-1);
    if (last && last[0]?.section === task.section) last.push(task);
    else runs.push([task]);
  }
  const cards: Record<string, unknown>[] = [];
  runs.forEach((run, s) => {
    const stageId = `stage-${s + 1}`;
    const sectionName = run[0]?.section ?? '';
    lines.set(`stages[${s}]`, run[0]?.sectionLine ?? run[0]?.line ?? 1);
    stages.push({ id: stageId, name: mermaidText(sectionName, false) });
    const actionKeys = generateNKeysBetween(null, null, run.length);
    const points: Record<string, unknown>[] = [];
    run.forEach((task, i) => {
      const text = mermaidText(task.name, true);
      lines.set(`cards[${cards.length}]`, task.line);
      cards.push({
        id: `card-${cards.length + 1}`,
        laneId: 'actions',
        stageId,
        order: actionKeys[i],
        text,
      });
      const score = emotionScore(task, warn);
      if (score === undefined) return;
      const actors = [...new Set(task.people.filter((p) => p !== ''))];
      if (actors.length === 0 && personas.length > 0) {
        warn(task.line, 'scoreWithoutActor', { task: text });
        return;
      }
      // A task without actors in a diagram without any: the map's one, persona-less curve.
      const whose = actors.length === 0 ? [undefined] : actors.map((a) => personaIds.get(a));
      for (const personaId of whose) {
        points.push({ text, score, line: task.line, ...(personaId ? { personaId } : {}) });
      }
    });
    const pointKeys = generateNKeysBetween(null, null, points.length);
    points.forEach(({ line, ...point }, i) => {
      lines.set(`cards[${cards.length}]`, line as number);
      cards.push({
        id: `card-${cards.length + 1}`,
        laneId: 'emotions',
        stageId,
        order: pointKeys[i],
        ...point,
      });
    });
  });
  if (stages.length === 0) warn(1, 'noTasks');

  return {
    lines,
    input: {
      format: FORMAT,
      version: CURRENT_VERSION,
      title,
      description: diagram.accDescr === undefined ? '' : mermaidText(diagram.accDescr, true),
      personas,
      stages,
      lanes: [
        { id: 'actions', name: names('mermaid.lanes.actions'), kind: 'actions' },
        { id: 'emotions', name: names('mermaid.lanes.emotions'), kind: 'emotions' },
      ],
      cards,
    },
  };
}

/** A task's score on our scale, or none when it is not a number; changes are reported. */
function emotionScore(task: JourneyTask, warn: Warn): number | undefined {
  const { score, line } = task;
  if (!Number.isFinite(score)) {
    // Mermaid draws such a face nowhere on its scale (NaN) or off it (Infinity).
    warn(line, 'scoreNotNumber', { task: mermaidText(task.name, false) });
    return undefined;
  }
  const clamped = Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(score) - MERMAID_NEUTRAL));
  if (clamped + MERMAID_NEUTRAL !== score) {
    warn(line, 'scoreChanged', { score, used: clamped + MERMAID_NEUTRAL });
  }
  return clamped;
}

/** A loader refusal (a name too long …) at the diagram line of the record it names. */
function gateProblem(problem: Problem, lines: Map<string, number>, t: Translate): MermaidProblem {
  const record = /^(title|(?:stages|cards|personas)\[\d+\])/.exec(problem.path)?.[1];
  const line = record === undefined ? undefined : lines.get(record);
  const message = t('mermaid.errors.notValid', { path: problem.path, detail: problem.message });
  return line === undefined ? { message } : { line, message };
}

/** `line 4, column 7: message` (or the message alone), in the language of `t`. */
export function formatMermaidProblem(problem: MermaidProblem, t: Translate): string {
  if (problem.line === undefined) return problem.message;
  const place =
    problem.column === undefined
      ? t('mermaid.at', { line: problem.line })
      : t('mermaid.atColumn', { line: problem.line, column: problem.column });
  return `${place}: ${problem.message}`;
}
