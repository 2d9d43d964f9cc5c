import type { ColumnRef } from '../columns';
import type { ImportedValue } from '../importedValue';
import type { RecordsMapping } from '../mapping';
import type { StageRef } from '../stageMatch';
import { columnsOf, stageIdsOf, type LayoutContext, type LayoutOutput } from './context';

/**
 * Records: one row per deal or contact, as a CRM exports them, counted per stage. With
 * `cumulative`, a stage's count is the records that reached at least that stage in the map's
 * order (a deal now at "Purchase" has passed "Consideration"), which is what a funnel shows.
 * Stages no record reached get no measurement (they are listed as stages without data).
 */
export function importRecords(
  context: LayoutContext,
  mapping: RecordsMapping,
  stages: readonly StageRef[],
): LayoutOutput | undefined {
  const columns = columnsOf(context, [mapping.stageColumn]);
  if (!columns) return undefined;
  const counts = new Map<string, number>();
  for (const stageId of stageIdsOf(context, columns[0] as ColumnRef)) {
    if (stageId) counts.set(stageId, (counts.get(stageId) ?? 0) + 1);
  }
  const measurements: ImportedValue[] = [];
  let reached = 0;
  const totals = new Map<string, number>();
  for (let i = stages.length - 1; i >= 0; i--) {
    const id = (stages[i] as StageRef).id;
    reached += counts.get(id) ?? 0;
    totals.set(id, mapping.cumulative ? reached : (counts.get(id) ?? 0));
  }
  for (const stage of stages) {
    const value = totals.get(stage.id) ?? 0;
    if (value === 0) continue;
    const out: ImportedValue = { stageId: stage.id, metric: mapping.metric, value };
    if (mapping.date) out.date = mapping.date;
    measurements.push(out);
  }
  return { measurements };
}
