import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  importMetrics,
  normaliseStageName,
  parseMapping,
  readTable,
  sizeProblem,
  type ImportMapping,
  type ImportProblem,
} from '../../../shared/import';
import { localDate, planMetricsImport } from '../../../shared/metrics';
import { DateSchema, type JourneyMap, type MetricSource } from '../../../shared/model';
import { applyOperations } from '../../../shared/ops';
import { serializeMap } from '../../../shared/serialize';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { EXIT, UsageError, type CliContext } from '../context';
import { printRepairs, readLoadedFile } from '../loadFile';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';

/** Something that stops the command, with the lines that say why and its exit code. */
class Stop extends Error {
  constructor(
    readonly lines: readonly string[],
    readonly code: number,
  ) {
    super(lines.join('\n'));
  }
}

/**
 * `journey-studio import-metrics MAP DATA [--date YYYY-MM-DD] [--mapping FILE]`: a snapshot
 * of stage metrics from a CSV, TSV or XLSX table (a CRM or analytics export) into MAP, the
 * way the app's import dialog does it (`shared/import`, `planMetricsImport`), for a scheduled
 * CI job. The columns come from `--mapping FILE`, else from the mapping MAP remembers for a
 * table of DATA's file name, else from detection (the column whose values name the stages;
 * numeric columns are metrics named by their headers). Exit 0 imported; 1 the data cannot be
 * imported (each problem named with its row and column; MAP untouched); 2 bad usage or a
 * file that cannot be read (MAP, DATA or the mapping file). MAP is written atomically, in
 * canonical form.
 */
export const importMetricsCommand: CliCommand = {
  name: 'import-metrics',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: { date: { type: 'string' }, mapping: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 2) throw new UsageError(t('importMetrics.needFiles'));
    const [mapFile = '', dataFile = ''] = positionals;
    const { date } = values;
    if (date !== undefined && !DateSchema.safeParse(date).success) {
      throw new UsageError(t('importMetrics.badDate', { date }));
    }
    try {
      return await importInto(mapFile, dataFile, { date, mappingFile: values.mapping }, ctx);
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      for (const line of error.lines) ctx.stderr(`${line}\n`);
      return error.code;
    }
  },
};

async function importInto(
  mapFile: string,
  dataFile: string,
  options: { date: string | undefined; mappingFile: string | undefined },
  ctx: CliContext,
): Promise<number> {
  const loaded = await readLoadedFile(mapFile, ctx);
  if (!loaded.ok) throw new Stop(loaded.lines, EXIT.usage);
  const map = loaded.map;
  const given =
    options.mappingFile === undefined ? undefined : await readMappingFile(options.mappingFile, ctx);
  const bytes = await readData(dataFile, ctx);
  const name = path.basename(dataFile);
  const located = (problems: readonly ImportProblem[]) =>
    problems.map((problem) => `${dataFile}: ${problem.message}`);
  const table = await readTable(bytes, name, { language: map.language });
  if (!table.ok) throw new Stop(located(table.problems), EXIT.failed);

  const remembered = given ? undefined : rememberedSource(map, name);
  // Said first, so that a remembered mapping the new export no longer fits is understood.
  if (remembered) {
    ctx.stdout(`${t('importMetrics.remembered', { source: name, mapFile })}\n`);
  }
  const imported = importMetrics(table.table, map.stages, {
    language: map.language,
    ...(given ? { mapping: given } : remembered ? { mapping: remembered.mapping } : {}),
    ...(options.date ? { date: options.date } : {}),
  });
  if (!imported.ok) throw new Stop(located(imported.problems), EXIT.failed);
  const { result } = imported;
  if (result.measurements.length === 0) {
    throw new Stop(
      [...warningLines(dataFile, [...table.warnings, ...result.warnings]), nothingLine(dataFile)],
      EXIT.failed,
    );
  }

  const today = options.date ?? localDate(new Date());
  const plan = planMetricsImport(map, result, { name, today });
  const next = applyOperations(map, [plan.operation]);
  try {
    await writeFileAtomic(loaded.file, serializeMap(next));
  } catch (error) {
    throw new Stop(
      [t('writeFailed', { file: mapFile, reason: describeFileError(error) })],
      EXIT.failed,
    );
  }

  printRepairs(mapFile, loaded.warnings, ctx);
  for (const line of warningLines(dataFile, [...table.warnings, ...result.warnings])) {
    ctx.stderr(`${line}\n`);
  }
  const metricIds = new Set(plan.operation.measurements.map((m) => m.metricId));
  const metrics = [...map.metrics, ...plan.newMetrics].filter((m) => metricIds.has(m.id));
  ctx.stdout(
    `${t('importMetrics.imported', {
      count: plan.operation.measurements.length,
      metrics: metrics.map((m) => m.name).join(', '),
      file: mapFile,
      source: name,
      dates: plan.dates.join(', '),
    })}\n`,
  );
  for (const metric of plan.newMetrics) {
    ctx.stdout(`${t('importMetrics.newMetric', { name: metric.name, kind: metric.kind })}\n`);
  }
  if (plan.replaced > 0) {
    ctx.stdout(`${t('importMetrics.replaced', { count: plan.replaced })}\n`);
  }
  const names = new Map(map.stages.map((s) => [s.id, s.name]));
  const without = result.stages.withoutData.map((id) => `"${names.get(id) ?? id}"`);
  if (without.length > 0) {
    ctx.stdout(`${t('importMetrics.stagesWithoutData', { stages: without.join(', ') })}\n`);
  }
  return EXIT.ok;
}

/** The mapping a map remembers for a table of this file name (compared as stage names are). */
function rememberedSource(map: JourneyMap, name: string): MetricSource | undefined {
  const key = normaliseStageName(name);
  return map.metricSources.find((source) => normaliseStageName(source.name) === key);
}

/** `--mapping FILE`: JSON text holding an import mapping; what is wrong is named by its path. */
async function readMappingFile(file: string, ctx: CliContext): Promise<ImportMapping> {
  let text: string;
  try {
    text = await readFile(path.resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    throw new Stop(
      [`${file}: ${t('readFailed', { reason: describeFileError(error) })}`],
      EXIT.usage,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Stop([`${file}: ${t('importMetrics.mappingNotJson', { detail })}`], EXIT.usage);
  }
  const parsed = parseMapping(value);
  if (parsed.ok) return parsed.mapping;
  throw new Stop(
    [
      `${file}: ${t('importMetrics.badMapping', { path: parsed.path || '—', detail: parsed.detail })}`,
    ],
    EXIT.usage,
  );
}

/** DATA's bytes; a file over the import limit is refused before it is read. */
async function readData(file: string, ctx: CliContext): Promise<Uint8Array> {
  const absolute = path.resolve(ctx.cwd, file);
  const unreadable = (error: unknown) =>
    new Stop([`${file}: ${t('readFailed', { reason: describeFileError(error) })}`], EXIT.usage);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    const problem = sizeProblem(info.size);
    if (problem) throw new Stop([`${file}: ${problem.message}`], EXIT.failed);
    return new Uint8Array(await readFile(absolute));
  } catch (error) {
    if (error instanceof Stop) throw error;
    throw unreadable(error);
  }
}

function warningLines(file: string, warnings: readonly ImportProblem[]): string[] {
  return warnings.map((w) => `${file}: ${t('warning', { message: w.message })}`);
}

function nothingLine(file: string): string {
  return `${file}: ${t('importMetrics.nothing')}`;
}
