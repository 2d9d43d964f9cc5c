import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCommittedVersion } from '../../../electron/main/git/committedVersion';
import { gitRepo } from './helpers/gitRepo';
import { createHostRig } from './helpers/hostRig';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();

/** A real repository in a temp folder. */
function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = tempDir();
  return { dir, git: gitRepo(dir) };
}

describe('the committed version of a map (real git)', () => {
  test('a file in a sub-folder: HEAD’s text, not the working copy’s', async () => {
    const { dir, git } = repo();
    // A space and non-ASCII in the path: git gets it as one argument, never through a shell.
    mkdirSync(path.join(dir, 'maps', 'mapy podróży'), { recursive: true });
    const file = path.join(dir, 'maps', 'mapy podróży', 'shop $(x).journey.json');
    writeFileSync(file, '{"title":"committed"}\n');
    git('add', '-A');
    git('commit', '-qm', 'map');
    writeFileSync(file, '{"title":"edited"}\n');
    expect(await readCommittedVersion(file)).toEqual({
      status: 'ok',
      text: '{"title":"committed"}\n',
    });
  });

  test('a file never committed, and a repository without commits', async () => {
    const { dir, git } = repo();
    const fresh = path.join(dir, 'new.journey.json');
    writeFileSync(fresh, '{}\n');
    expect(await readCommittedVersion(fresh)).toEqual({ status: 'notCommitted' });
    writeFileSync(path.join(dir, 'other.txt'), 'x');
    git('add', 'other.txt');
    git('commit', '-qm', 'other');
    expect(await readCommittedVersion(fresh)).toEqual({ status: 'notCommitted' });
  });

  test('a file outside any repository', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'loose.journey.json');
    writeFileSync(file, '{}\n');
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temp folder.
    process.env.GIT_CEILING_DIRECTORIES = path.dirname(dir);
    try {
      expect(await readCommittedVersion(file)).toEqual({ status: 'notInRepo' });
    } finally {
      delete process.env.GIT_CEILING_DIRECTORIES;
    }
  });

  test('no git installed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.journey.json');
    writeFileSync(file, '{}\n');
    expect(await readCommittedVersion(file, { gitPath: path.join(dir, 'no-git-here') })).toEqual({
      status: 'noGit',
    });
  });

  test('through the Host: only for a file the window holds', async () => {
    const { dir, git } = repo();
    const file = path.join(dir, 'shop.journey.json');
    writeFileSync(file, '{"title":"v1"}\n');
    git('add', '-A');
    git('commit', '-qm', 'v1');
    const rig = createHostRig(tempDir(), dir);
    try {
      const win = rig.shell.createWindow();
      const ref = { handle: file, name: 'shop.journey.json' };
      await expect(rig.handlers.readCommittedVersion(win, ref)).rejects.toThrow(/refused/);
      rig.dialogs.openAnswers.push(file);
      await rig.handlers.openFile(win);
      expect(await rig.handlers.readCommittedVersion(win, ref)).toEqual({
        status: 'ok',
        text: '{"title":"v1"}\n',
      });
    } finally {
      rig.files.close();
    }
  });
});

describe('a file to compare with', () => {
  test('is read, but not opened in a window, granted or remembered', async () => {
    const documents = tempDir();
    const rig = createHostRig(tempDir(), documents);
    try {
      const mine = path.join(documents, 'mine.journey.json');
      const other = path.join(documents, 'other.journey.json');
      writeFileSync(mine, '{"title":"mine"}\n');
      writeFileSync(other, '{"title":"other"}\n');
      const win = rig.shell.createWindow();
      rig.dialogs.openAnswers.push(mine);
      await rig.handlers.openFile(win);
      rig.dialogs.openAnswers.push(other);
      expect(await rig.handlers.chooseFileToCompare(win)).toEqual({
        name: 'other.journey.json',
        text: '{"title":"other"}\n',
      });
      expect(rig.recent.files).toEqual([mine]);
      const ref = { handle: other, name: 'other.journey.json' };
      await expect(rig.handlers.saveFile(win, ref, '{}', {})).resolves.toMatchObject({
        status: 'failed',
      });
    } finally {
      rig.files.close();
    }
  });
});
