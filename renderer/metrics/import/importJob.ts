import { importMetrics, readTable, type Table } from '../../../shared/import';
import {
  PREVIEW_ROWS,
  type ImportReply,
  type ImportRequest,
  type TablePreview,
} from './importMessages';

/**
 * What the import worker does, without the worker: reads a file into a table once, keeps
 * it, and imports it again for every change of the dialog's choices. Plain so that unit
 * tests and the benchmark run exactly what the worker runs.
 */
export class ImportJob {
  private table: Table | null = null;

  async handle(request: ImportRequest): Promise<ImportReply> {
    if (request.type === 'read') {
      this.table = null;
      const read = await readTable(request.bytes, request.fileName, {
        language: request.language,
      });
      if (!read.ok) return { type: 'read', id: request.id, reply: read };
      this.table = read.table;
      return {
        type: 'read',
        id: request.id,
        reply: { ok: true, preview: previewOf(read.table), warnings: read.warnings },
      };
    }
    if (!this.table) throw new Error('run before a table was read');
    return {
      type: 'run',
      id: request.id,
      outcome: importMetrics(this.table, request.stages, request.options),
    };
  }
}

export function previewOf(table: Table): TablePreview {
  return {
    format: table.format,
    ...(table.delimiter ? { delimiter: table.delimiter } : {}),
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
    headers: table.headers,
    rows: table.rows.slice(0, PREVIEW_ROWS),
    rowCount: table.rows.length,
  };
}
