import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/import';
import { createHostRig } from './helpers/hostRig';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();

describe('a table to import metrics from (desktop)', () => {
  test('the dialog offers tables; the file is read as bytes, not opened or remembered', async () => {
    const documents = tempDir();
    const rig = createHostRig(tempDir(), documents);
    try {
      const csv = path.join(documents, 'сделки.csv');
      const bytes = Buffer.from('Этап;Сделок\nЗаявка;1 200\n', 'utf8');
      writeFileSync(csv, bytes);
      const win = rig.shell.createWindow();
      rig.dialogs.openAnswers.push(csv);
      const chosen = await rig.handlers.chooseFileToImport(win, 'metrics');
      expect(rig.dialogs.openKinds).toEqual(['table']);
      expect(chosen?.name).toBe('сделки.csv');
      expect(chosen?.size).toBe(bytes.length);
      expect(Buffer.from(chosen?.bytes ?? []).equals(bytes)).toBe(true);
      expect(rig.recent.files).toEqual([]);
    } finally {
      rig.files.close();
    }
  });

  test('a file over the import limit is not read: only its size comes back', async () => {
    const documents = tempDir();
    const rig = createHostRig(tempDir(), documents);
    try {
      const big = path.join(documents, 'export.csv');
      writeFileSync(big, '');
      truncateSync(big, MAX_IMPORT_BYTES + 1); // sparse: no 50 MB written to the disk
      const win = rig.shell.createWindow();
      rig.dialogs.openAnswers.push(big);
      expect(await rig.handlers.chooseFileToImport(win, 'metrics')).toEqual({
        name: 'export.csv',
        size: MAX_IMPORT_BYTES + 1,
        bytes: null,
      });
    } finally {
      rig.files.close();
    }
  });

  test('cancelling the dialog reads nothing', async () => {
    const rig = createHostRig(tempDir(), tempDir());
    try {
      const win = rig.shell.createWindow();
      rig.dialogs.openAnswers.push(null);
      expect(await rig.handlers.chooseFileToImport(win, 'metrics')).toBeNull();
    } finally {
      rig.files.close();
    }
  });
});
