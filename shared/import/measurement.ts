/**
 * One imported value: what the metrics model (added later) stores per stage. Plain data, so
 * the preview, the CLI and the document operation can all take it.
 */
export interface Measurement {
  stageId: string;
  metric: string;
  value: number;
  unit?: 'percent' | 'currency';
  /** The currency as written in the file (`$`, `₽`, `zł`, `EUR`). */
  currency?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
}
