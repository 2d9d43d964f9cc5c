import { loadMap, type Problem } from '../load';
import type { JourneyMap } from '../model';

/** A bundled blank map that "New from template" starts from. */
export interface Template {
  /** From the file name `NN-id.journey.json`: stable, used on the command line. */
  readonly id: string;
  /** `NN` of the file name: the catalogue's order. */
  readonly order: number;
  readonly fileName: string;
  readonly title: string;
  readonly description: string;
  /** The template itself, loaded through the gate like any file. */
  readonly map: JourneyMap;
}

/** A template file that could not be used, and why. */
export type TemplateFileProblem =
  | { readonly fileName: string; readonly reason: 'invalid'; readonly problems: readonly Problem[] }
  | { readonly fileName: string; readonly reason: 'duplicateId'; readonly id: string };

const FILE_NAME = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.journey\.json$/;

/**
 * The templates among `files` (file name or path → text), in `NN` order. Files whose name is
 * not `NN-id.journey.json` are not templates and are skipped; a template that does not load,
 * or repeats an id, is left out and reported to `onProblem` (the bundled ones are checked by
 * the tests, so this only happens to a broken installation).
 */
export function buildTemplateCatalog(
  files: Readonly<Record<string, string>>,
  onProblem?: (problem: TemplateFileProblem) => void,
): Template[] {
  const templates: Template[] = [];
  for (const [path, text] of Object.entries(files)) {
    const fileName = path.split(/[\\/]/).pop() ?? path;
    const match = FILE_NAME.exec(fileName);
    if (!match) continue;
    const id = match[2] as string;
    const loaded = loadMap(text);
    if (!loaded.ok) {
      onProblem?.({ fileName, reason: 'invalid', problems: loaded.errors });
      continue;
    }
    const { map } = loaded;
    templates.push({
      id,
      order: Number(match[1]),
      fileName,
      title: map.title,
      description: map.description,
      map,
    });
  }
  templates.sort((a, b) => a.order - b.order || a.fileName.localeCompare(b.fileName));
  const seen = new Set<string>();
  return templates.filter((template) => {
    if (seen.has(template.id)) {
      onProblem?.({ fileName: template.fileName, reason: 'duplicateId', id: template.id });
      return false;
    }
    seen.add(template.id);
    return true;
  });
}
