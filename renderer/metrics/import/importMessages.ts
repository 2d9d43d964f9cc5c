import type {
  CellValue,
  ImportMetricsOptions,
  ImportProblem,
  MetricsImportOutcome,
  StageRef,
  Table,
} from '../../../shared/import';

/**
 * The import worker's protocol. `read` hands it a file once; it keeps the table and answers
 * with a preview (headers and the first rows: a 100,000-row table never crosses to the
 * page). Each `run` imports the kept table with the dialog's current choices.
 */
export type ImportRequest =
  | {
      readonly type: 'read';
      readonly id: number;
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly language: string;
    }
  | {
      readonly type: 'run';
      readonly id: number;
      readonly stages: readonly StageRef[];
      readonly options: ImportMetricsOptions;
    };

export interface TablePreview {
  readonly format: Table['format'];
  readonly delimiter?: Table['delimiter'];
  readonly encoding?: string;
  readonly sheet?: string;
  readonly headers: readonly string[];
  /** The first rows as read, with their row numbers. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly CellValue[] }[];
  readonly rowCount: number;
}

export type ReadReply =
  | { readonly ok: true; readonly preview: TablePreview; readonly warnings: ImportProblem[] }
  | { readonly ok: false; readonly problems: ImportProblem[] };

export type ImportReply =
  | { readonly type: 'read'; readonly id: number; readonly reply: ReadReply }
  | { readonly type: 'run'; readonly id: number; readonly outcome: MetricsImportOutcome }
  /** A bug, not bad data (bad data is a problem in the reply): the dialog says so. */
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** How many rows of the file the dialog shows as they were read. */
export const PREVIEW_ROWS = 20;
