import {
  existsSync,
  promises as fs,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  backupPathFor,
  isTempFileOf,
  writeFileAtomic,
} from '../../../electron/main/files/atomicWrite';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();

describe('atomic save', () => {
  test('writes the new content and keeps the previous version as NAME.bak', async () => {
    const file = path.join(tempDir(), 'onboarding.journey.json');
    writeFileSync(file, 'version 1\n');
    await writeFileAtomic(file, 'version 2\n', { keepBackup: true });
    expect(readFileSync(file, 'utf8')).toBe('version 2\n');
    expect(readFileSync(backupPathFor(file), 'utf8')).toBe('version 1\n');
    expect(backupPathFor(file)).toBe(`${file}.bak`);

    await writeFileAtomic(file, 'version 3\n', { keepBackup: true });
    expect(readFileSync(file, 'utf8')).toBe('version 3\n');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('version 2\n');
  });

  test('the .bak is its own file: an editor rewriting the map in place leaves it alone', async () => {
    const file = path.join(tempDir(), 'map.journey.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new', { keepBackup: true });
    writeFileSync(file, 'edited in place by another program');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('old');
  });

  test('a first save creates the file and no .bak', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'new.journey.json');
    await writeFileAtomic(file, 'hello', { keepBackup: true });
    expect(readFileSync(file, 'utf8')).toBe('hello');
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(readdirSync(dir)).toEqual(['new.journey.json']);
  });

  test('leaves no temp files behind and sweeps those a killed save left', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'map.journey.json');
    const stale = path.join(dir, '.map.journey.json.999-abcdef012345.journey-tmp');
    writeFileSync(stale, 'half a map');
    expect(isTempFileOf(file, path.basename(stale))).toBe(true);
    await writeFileAtomic(file, 'whole map', { keepBackup: true });
    expect(readdirSync(dir).sort()).toEqual(['map.journey.json']);
  });

  test.skipIf(process.platform === 'win32')(
    'keeps the file permissions of the file it replaces',
    async () => {
      const file = path.join(tempDir(), 'private.journey.json');
      writeFileSync(file, 'secret', { mode: 0o600 });
      await fs.chmod(file, 0o600);
      await writeFileAtomic(file, 'still secret', { keepBackup: true });
      expect(statSync(file).mode & 0o777).toBe(0o600);
    },
  );

  test('a failed save leaves the old file untouched and reports the error', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'map.journey.json');
    writeFileSync(file, 'old');
    // The target's name is taken by a folder: the rename must fail.
    const blocked = path.join(dir, 'blocked.journey.json');
    await fs.mkdir(blocked);
    await fs.writeFile(path.join(blocked, 'inside'), 'x');
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['blocked.journey.json', 'map.journey.json']);
  });

  test('reports the size and modification time of what it wrote', async () => {
    const file = path.join(tempDir(), 'map.journey.json');
    const written = await writeFileAtomic(file, 'ünïcode');
    const stat = statSync(file);
    expect(written).toEqual({ size: stat.size, mtimeMs: stat.mtimeMs });
    expect(written.size).toBe(Buffer.byteLength('ünïcode'));
  });

  test('exclusive: creates a new file, but never replaces one that appeared meanwhile', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'new.journey.json');
    await writeFileAtomic(file, 'first', { exclusive: true });
    expect(readFileSync(file, 'utf8')).toBe('first');
    await expect(writeFileAtomic(file, 'second', { exclusive: true })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['new.journey.json']);
  });
});
