import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readCardsTable, rowsToNewMap } from '../../shared/cardsTable';
import { createTranslate } from '../../shared/i18n/translate';
import { MAX_IMPORT_BYTES } from '../../shared/import';
import { importProblem } from '../../shared/import/problems';
import { englishT } from '../../shared/load';
import { formatMermaidProblem, mermaidToMap } from '../../shared/mermaid';
import type { JourneyMap } from '../../shared/model';
import { readMapFile } from './files';
import { t } from './messages';

/** A new map from another tool's file, or each line to report, in English, place first. */
export type Imported =
  { ok: true; map: JourneyMap; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Reads `file` (absolute) and makes a map of it; `source` is the name the user gave, put in
 * front of every message. File-system errors are thrown for the caller to report.
 */
export type Importer = (file: string, source: string, language?: string) => Promise<Imported>;

/** Mermaid user journeys: sections → stages, tasks → action cards (`shared/mermaid`). */
async function mermaidImporter(file: string, source: string, language?: string) {
  const read = await readMapFile(file);
  if (!read.ok) return { ok: false as const, errors: [`${source}: ${read.problem.message}`] };
  const words = englishT();
  const imported = mermaidToMap(read.text, words, {
    names: createTranslate(language ?? 'en'),
    ...(language === undefined ? {} : { language }),
  });
  const located = (problem: Parameters<typeof formatMermaidProblem>[0]): string =>
    `${source}: ${formatMermaidProblem(problem, words)}`;
  if (!imported.ok) return { ok: false as const, errors: imported.errors.map(located) };
  return {
    ok: true as const,
    map: imported.map,
    warnings: imported.warnings.map((w) =>
      located({ ...w, message: t('warning', { message: w.message }) }),
    ),
  };
}

/**
 * A cards table (CSV, TSV, XLSX: `shared/cardsTable`): the size is checked before the file is
 * read; the map is titled after the file (`ideas.csv` → "ideas").
 */
async function tableImporter(file: string, source: string, language?: string) {
  const located = (message: string) => `${source}: ${message}`;
  const { size } = await stat(file);
  if (size > MAX_IMPORT_BYTES) {
    const MB = 1024 * 1024;
    const params = { size: size / MB, limit: MAX_IMPORT_BYTES / MB };
    return { ok: false as const, errors: [located(importProblem('tooLarge', {}, params).message)] };
  }
  const read = await readCardsTable(
    new Uint8Array(await readFile(file)),
    path.basename(file),
    language === undefined ? {} : { language },
  );
  if (!read.ok) return { ok: false as const, errors: read.problems.map((p) => located(p.message)) };
  const title = path.basename(file).replace(/\.[^.]*$/, '');
  const made = rowsToNewMap(read.rows, { title, ...(language === undefined ? {} : { language }) });
  if (!made.ok) return { ok: false as const, errors: made.problems.map((p) => located(p.message)) };
  const warnings = [...read.warnings, ...made.warnings].map((p) =>
    located(t('warning', { message: p.message })),
  );
  return { ok: true as const, map: made.map, warnings };
}

/** The importers by file extension; any other extension is refused (exit 2). */
export const IMPORTERS: Readonly<Record<string, Importer>> = {
  '.mmd': mermaidImporter,
  '.mermaid': mermaidImporter,
  '.csv': tableImporter,
  '.tsv': tableImporter,
  '.tab': tableImporter,
  '.xlsx': tableImporter,
};
