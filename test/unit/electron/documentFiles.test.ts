import { promises as fs, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  DocumentFiles,
  MAX_DOCUMENT_BYTES,
  NotTextError,
  withJourneyExtension,
} from '../../../electron/main/files/documentFiles';
import { FileTooLargeError } from '../../../electron/main/files/fileStamp';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();
const files = new DocumentFiles();

describe('opening a map file', () => {
  test('reads UTF-8 text and records which version it read', async () => {
    const file = path.join(tempDir(), 'persian.journey.json');
    writeFileSync(file, '{"title":"سفر مشتری"}\n');
    const loaded = await files.load(file);
    expect(loaded.text).toBe('{"title":"سفر مشتری"}\n');
    expect(loaded.stamp.size).toBe(Buffer.byteLength(loaded.text));
    expect(loaded.stamp.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('refuses a file that is not UTF-8 text', async () => {
    const file = path.join(tempDir(), 'binary.journey.json');
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await expect(files.load(file)).rejects.toBeInstanceOf(NotTextError);
  });

  test('refuses a file over the size limit without reading it all', async () => {
    const file = path.join(tempDir(), 'huge.journey.json');
    const handle = await fs.open(file, 'w');
    await handle.truncate(MAX_DOCUMENT_BYTES + 1);
    await handle.close();
    await expect(files.load(file)).rejects.toBeInstanceOf(FileTooLargeError);
  });
});

describe('saving over a file that changed on disk', () => {
  test('an external change is caught before the overwrite, and theirs is returned', async () => {
    const file = path.join(tempDir(), 'map.journey.json');
    writeFileSync(file, 'ours v1');
    const { stamp } = await files.load(file);
    writeFileSync(file, 'theirs after git pull');

    const outcome = await files.save(file, 'ours v2', { expected: stamp, overwrite: false });
    expect(outcome.status).toBe('conflict');
    expect(outcome.status === 'conflict' && outcome.theirs).toBe('theirs after git pull');
    expect(readFileSync(file, 'utf8')).toBe('theirs after git pull');
  });

  test('a same-size change with the old modification time is still caught (hash)', async () => {
    const file = path.join(tempDir(), 'map.journey.json');
    writeFileSync(file, 'AAAA');
    const { stamp } = await files.load(file);
    writeFileSync(file, 'BBBB');
    const seconds = stamp.mtimeMs / 1000;
    utimesSync(file, seconds, seconds);

    const outcome = await files.save(file, 'CCCC', { expected: stamp, overwrite: false });
    expect(outcome.status).toBe('conflict');
  });

  test('overwrite writes anyway and keeps theirs as the .bak', async () => {
    const file = path.join(tempDir(), 'map.journey.json');
    writeFileSync(file, 'ours v1');
    const { stamp } = await files.load(file);
    writeFileSync(file, 'theirs');
    const outcome = await files.save(file, 'ours v2', { expected: stamp, overwrite: true });
    expect(outcome.status).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe('ours v2');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('theirs');
  });

  test('a file only touched (same bytes) is not a conflict', async () => {
    const file = path.join(tempDir(), 'map.journey.json');
    writeFileSync(file, 'same');
    const { stamp } = await files.load(file);
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const outcome = await files.save(file, 'mine', { expected: stamp, overwrite: false });
    expect(outcome.status).toBe('saved');
  });

  test('a file deleted meanwhile is written back (nothing of theirs to lose)', async () => {
    const file = path.join(tempDir(), 'map.journey.json');
    writeFileSync(file, 'v1');
    const { stamp } = await files.load(file);
    await fs.rm(file);
    const outcome = await files.save(file, 'v2', { expected: stamp, overwrite: false });
    expect(outcome.status).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe('v2');
  });

  test('the stamp of a save matches the file, so the next save is not a conflict', async () => {
    const file = path.join(tempDir(), 'map.journey.json');
    writeFileSync(file, 'v1');
    let { stamp } = await files.load(file);
    for (const text of ['v2', 'v3', 'v4']) {
      const outcome = await files.save(file, text, { expected: stamp, overwrite: false });
      expect(outcome.status).toBe('saved');
      stamp = outcome.stamp;
    }
    expect(await files.changedSince(file, stamp)).toBeNull();
  });
});

describe('file names', () => {
  test('Save As completes the .journey.json extension', () => {
    expect(withJourneyExtension('/maps/onboarding')).toBe('/maps/onboarding.journey.json');
    expect(withJourneyExtension('/maps/onboarding.json')).toBe('/maps/onboarding.journey.json');
    expect(withJourneyExtension('/maps/a.JOURNEY.JSON')).toBe('/maps/a.JOURNEY.JSON');
  });
});
