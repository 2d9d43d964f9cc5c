/**
 * One imported value: what becomes a `Measurement` of the map (`shared/model/metric.ts`). Plain data, so
 * the preview, the CLI and the document operation can all take it.
 */
export interface ImportedValue {
  stageId: string;
  metric: string;
  value: number;
  unit?: 'percent' | 'currency';
  /** The currency as written in the file (`$`, `₽`, `zł`, `EUR`). */
  currency?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
}
