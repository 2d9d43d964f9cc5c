import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeAssets } from '../../../../electron/cli/export/nodeAssets';
import { exportVector } from '../../../../shared/export/exportDocument';
import {
  normalizeOptions,
  type DeepPartial,
  type ExportOptions,
} from '../../../../shared/export/options';
import { englishT } from '../../../../shared/load';
import type { JourneyMap } from '../../../../shared/model';

/**
 * The export core run in Node as the CLI runs it (fonts from node_modules), its file written
 * to a temp folder for poppler's tools to read, as a user's PDF viewer would.
 */
const assets = nodeAssets(process.cwd());
const dir = mkdtempSync(path.join(os.tmpdir(), 'journey-core-'));
let count = 0;

export async function exportFile(
  map: JourneyMap,
  options: DeepPartial<ExportOptions>,
): Promise<{ file: string; bytes: Uint8Array }> {
  const normalized = normalizeOptions(options);
  const format = normalized.format === 'svg' ? 'svg' : 'pdf';
  const result = await exportVector(
    map,
    { ...normalized, format },
    {
      t: englishT(),
      assets,
      today: '2026-11-30',
      creationDate: new Date('2026-11-30T12:00:00Z'),
    },
  );
  count += 1;
  const file = path.join(dir, `export-${count}.${format}`);
  writeFileSync(file, result.bytes);
  return { file, bytes: result.bytes };
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of a PDF (or of pages `first`…`last`), presentation forms back to letters. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return plain(run('pdftotext', [...range, file, '-']));
}

export function plain(text: string): string {
  return text.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1] ?? 0);
}
