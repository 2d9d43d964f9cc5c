import { createTranslate } from '../i18n/translate';
import type { DateOrder } from './dates';
import { detectLayout } from './detectLayout';
import type { LayoutContext, LayoutOutput } from './layouts/context';
import { importLong } from './layouts/long';
import { importRecords } from './layouts/records';
import { importWide } from './layouts/wide';
import { parseMapping, type ImportMapping } from './mapping';
import type { ImportedValue } from './importedValue';
import type { DecimalMark } from './numbers';
import { ImportProblems, type ImportProblem } from './problems';
import { StageMatcher, type StageMatch, type StageRef } from './stageMatch';
import type { Table } from './table';

export interface ImportMetricsOptions {
  /** A remembered mapping (checked here, since it may come from a file); else one is detected. */
  mapping?: unknown;
  /** The map's language: stage names, the name of a count, the decimal mark's convention. */
  language?: string;
  /** For a detected mapping: how to read `1,234` when the table does not tell. */
  decimalMark?: DecimalMark;
  /** For a detected mapping: how to read `03/04/2026` when the table does not tell. */
  dateOrder?: DateOrder;
  /** The date of the measurements when the table has no date column (also with a mapping). */
  date?: string;
  /** For a detected records layout: count "reached at least this stage". */
  cumulative?: boolean;
}

export interface MetricsImport {
  /** The mapping used, with what it resolved (decimal mark, date order): it reproduces this import. */
  mapping: ImportMapping;
  measurements: ImportedValue[];
  stages: StageMatch;
  warnings: ImportProblem[];
}

export type MetricsImportOutcome =
  | { ok: true; result: MetricsImport }
  /** `mapping`: the one the data was read with, when the problems are in the data (the
   * import dialog keeps showing those column choices while the user fixes them). */
  | { ok: false; problems: ImportProblem[]; mapping?: ImportMapping };

/**
 * A table's stage metrics, by a mapping or by detection. Pure: it returns the measurements to
 * apply or the problems that stop the import (nothing is half done); rows it leaves out
 * (unknown stages, empty stage cells) are warnings, and `stages` lists what matched.
 */
export function importMetrics(
  table: Table,
  stages: readonly StageRef[],
  options: ImportMetricsOptions = {},
): MetricsImportOutcome {
  const problems = new ImportProblems();
  const mapping = chooseMapping(table, stages, options, problems);
  if (!mapping) return { ok: false, problems: problems.toArray() };
  const context: LayoutContext = {
    table,
    stages: new StageMatcher(stages, mapping.stageValues),
    numbers: {
      ...(mapping.decimalMark ? { decimalMark: mapping.decimalMark } : {}),
      ...(options.language ? { language: options.language } : {}),
    },
    ...(mapping.dateOrder ? { dateOrder: mapping.dateOrder } : {}),
    problems,
    warnings: new ImportProblems(),
  };
  const output = runLayout(context, mapping, stages);
  if (!output || problems.size > 0) return { ok: false, problems: problems.toArray(), mapping };
  return {
    ok: true,
    result: {
      mapping: resolved(mapping, output),
      measurements: output.measurements,
      stages: context.stages.result(),
      warnings: context.warnings.toArray(),
    },
  };
}

function chooseMapping(
  table: Table,
  stages: readonly StageRef[],
  options: ImportMetricsOptions,
  problems: ImportProblems,
): ImportMapping | undefined {
  if (options.mapping !== undefined) {
    const parsed = parseMapping(options.mapping);
    // A refresh of a remembered mapping is a new snapshot: its date comes from the caller.
    if (parsed.ok) return options.date ? { ...parsed.mapping, date: options.date } : parsed.mapping;
    problems.add('badMapping', {}, { path: parsed.path || '—' });
    return undefined;
  }
  const countMetric = createTranslate(options.language)('import.countMetric');
  const detected = detectLayout(table, new StageMatcher(stages), {
    countMetric,
    cumulative: options.cumulative ?? false,
  });
  if (!detected.ok) {
    problems.add(
      detected.reason,
      {},
      {
        stages: stages.map((s) => `"${s.name}"`).join(', '),
        headers: table.headers.join(', '),
      },
    );
    return undefined;
  }
  return {
    ...detected.mapping,
    ...(options.decimalMark ? { decimalMark: options.decimalMark } : {}),
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    ...(options.date ? { date: options.date } : {}),
  };
}

function runLayout(
  context: LayoutContext,
  mapping: ImportMapping,
  stages: readonly StageRef[],
): LayoutOutput | undefined {
  switch (mapping.layout) {
    case 'long':
      return importLong(context, mapping);
    case 'wide':
      return importWide(context, mapping);
    case 'records':
      return importRecords(context, mapping, stages);
  }
}

function resolved(mapping: ImportMapping, output: LayoutOutput): ImportMapping {
  return {
    ...mapping,
    ...(output.decimalMarkUsed ? { decimalMark: output.decimalMarkUsed } : {}),
    ...(output.dateOrderUsed ? { dateOrder: output.dateOrderUsed } : {}),
  };
}
