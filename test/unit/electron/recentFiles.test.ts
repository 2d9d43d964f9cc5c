import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_RECENT_FILES, RecentFiles } from '../../../electron/main/files/recentFiles';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();

describe('recent files', () => {
  test('most recent first, no duplicates, at most ten, kept across starts', async () => {
    const store = path.join(tempDir(), 'recent-files.json');
    const recent = new RecentFiles(store);
    await recent.load();
    for (let i = 0; i < 12; i += 1) await recent.add(`/maps/${i}.journey.json`);
    await recent.add('/maps/5.journey.json');
    expect(recent.files).toHaveLength(MAX_RECENT_FILES);
    expect(recent.files.slice(0, 2)).toEqual(['/maps/5.journey.json', '/maps/11.journey.json']);

    const nextStart = new RecentFiles(store);
    expect(await nextStart.load()).toEqual(recent.files);
    await nextStart.remove('/maps/5.journey.json');
    await nextStart.clear();
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({ recent: [] });
  });

  test('a damaged list file is an empty list', async () => {
    const store = path.join(tempDir(), 'recent-files.json');
    writeFileSync(store, '{"recent": [42]');
    expect(await new RecentFiles(store).load()).toEqual([]);
  });
});
