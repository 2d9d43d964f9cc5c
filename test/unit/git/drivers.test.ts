/**
 * The diff and merge drivers with the real `git` binary in temporary repositories, after
 * `journey-studio git-setup`: git runs the CLI bundle of the current source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import type { Operation } from '../../../shared/ops';
import { cli, useTempDir } from '../cli/helpers';
import { cell, edit, sampleMap } from '../shared/ops/sampleMap';
import { commitMap, git, MAP_FILE, repoWithMap, runCli, useCliBundle } from './helpers';

const bundle = useCliBundle();
const tempDir = useTempDir();

const add = (id: string, text: string): Operation => ({
  type: 'addCard',
  card: { id, laneId: 'act', stageId: 's1', text },
});

/** Branch `theirs` and `main` each edit the base map, then main merges theirs. */
async function mergeBranches(ours: Operation[], theirs: Operation[], withDriver = true) {
  const dir = tempDir();
  const base = sampleMap();
  await repoWithMap(dir, base, withDriver ? bundle() : undefined);
  git(dir, 'checkout', '-q', '-b', 'theirs');
  commitMap(dir, edit(theirs, base), 'theirs');
  git(dir, 'checkout', '-q', 'main');
  commitMap(dir, edit(ours, base), 'ours');
  const merge = git(dir, 'merge', '--no-edit', 'theirs');
  const text = readFileSync(path.join(dir, MAP_FILE), 'utf8');
  return { dir, merge, text };
}

function loaded(text: string): JourneyMap {
  const result = loadMap(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

describe('git merge with the merge driver', () => {
  test('cards added to the same cell on two branches merge cleanly, both kept', async () => {
    const { merge, text } = await mergeBranches([add('x2', 'Ours')], [add('x1', 'Theirs')]);
    expect(merge.code, merge.stdout + merge.stderr).toBe(0);
    expect(cell(loaded(text), 'act', 's1')).toEqual(['a1', 'a2', 'a3', 'x1', 'x2']);
  });

  test('without the driver the same edits conflict (what git-setup is for)', async () => {
    const { merge } = await mergeBranches([add('x2', 'Ours')], [add('x1', 'Theirs')], false);
    expect(merge.code).not.toBe(0);
  });

  test('a text edit on one branch and a move of the same card on the other merge cleanly', async () => {
    const { merge, text } = await mergeBranches(
      [{ type: 'setCardText', cardId: 'a2', text: 'Edited on main' }],
      [{ type: 'moveCards', cardIds: ['a2'], laneId: 'pain', stageId: 's3' }],
    );
    expect(merge.code, merge.stdout + merge.stderr).toBe(0);
    const map = loaded(text);
    expect(map.cards.find((c) => c.id === 'a2')).toMatchObject({
      text: 'Edited on main',
      laneId: 'pain',
      stageId: 's3',
    });
  });

  test('a true conflict leaves git conflicted and a valid map holding both texts', async () => {
    const { dir, merge, text } = await mergeBranches(
      [{ type: 'setCardText', cardId: 'a2', text: 'Ours says this' }],
      [{ type: 'setCardText', cardId: 'a2', text: 'Theirs says that' }],
    );
    expect(merge.code).not.toBe(0);
    expect(merge.stderr + merge.stdout).toContain(
      `${MAP_FILE}: 1 merge conflict; both versions are kept in the map.`,
    );
    expect(merge.stderr + merge.stdout).toContain(
      'card "Ours says this": text changed on both sides',
    );
    expect(git(dir, 'diff', '--name-only', '--diff-filter=U').stdout).toBe(`${MAP_FILE}\n`);
    expect(git(dir, 'status', '--porcelain').stdout).toContain(`UU ${MAP_FILE}`);
    expect(text).not.toContain('<<<<<<<');
    expect(await cli(['validate', MAP_FILE], dir)).toMatchObject({
      code: 0,
      stdout: `${MAP_FILE}: valid\n`,
    });
    const map = loaded(text);
    expect(cell(map, 'act', 's1').map((id) => map.cards.find((c) => c.id === id)?.text)).toEqual([
      'A1',
      'Ours says this',
      'Theirs says that',
      'A3',
    ]);
    expect(map.conflicts).toHaveLength(1);
  });

  test('an unreadable side leaves OURS untouched and git falls back to a conflict', async () => {
    const dir = tempDir();
    for (const [name, text] of [
      ['base', readFileSync('templates/01-classic.journey.json', 'utf8')],
      ['ours', '{"format": "journey-map", "version": 1'],
      ['theirs', readFileSync('templates/01-classic.journey.json', 'utf8')],
    ] as const) {
      writeFileSync(path.join(dir, name), text);
    }
    const result = await runCli(
      ['merge-driver', 'base', 'ours', 'theirs', 'a.journey.json'],
      dir,
      bundle(),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^a\.journey\.json: cannot merge as journey maps, the file is left as it was:\n {2}ours: /,
    );
    expect(readFileSync(path.join(dir, 'ours'), 'utf8')).toBe(
      '{"format": "journey-map", "version": 1',
    );
  });
});

describe('git diff, log -p and show with the diff driver', () => {
  test('print the changes in words', async () => {
    const dir = tempDir();
    await repoWithMap(dir, sampleMap(), bundle());
    const changed = edit([
      { type: 'renameStage', stageId: 's2', name: 'Research' },
      { type: 'setCardFields', cardIds: ['e2'], fields: { score: -2 } },
    ]);
    writeFileSync(path.join(dir, MAP_FILE), `${JSON.stringify(changed, null, 2)}\n`);
    const diff = git(dir, 'diff');
    expect(diff.stdout).toBe(
      [
        `journey map ${MAP_FILE}`,
        '~ stage "Two" renamed to "Research"',
        '~ emotion "E2" score −1 → −2',
        '',
      ].join('\n'),
    );
    commitMap(dir, changed, 'rename');
    for (const command of [
      ['log', '-p', '--ext-diff', '-1'],
      ['show', '--ext-diff'],
    ]) {
      expect(git(dir, ...command).stdout).toContain('~ stage "Two" renamed to "Research"\n');
    }
    // Without --ext-diff, log -p and show line-diff the textconv outline: still words.
    for (const command of [['log', '-p', '-1'], ['show']]) {
      const out = git(dir, ...command).stdout;
      expect(out).toContain('-stage "Two"\n+stage "Research"\n');
      expect(out).toContain('\n-  score: −1\n');
      expect(out).toContain('\n+  score: −2\n');
    }
  });

  test('an added and a deleted map file', async () => {
    const dir = tempDir();
    await repoWithMap(dir, sampleMap(), bundle());
    git(dir, 'mv', MAP_FILE, 'maps/renamed.journey.json');
    git(dir, 'commit', '-q', '-m', 'rename');
    const show = git(dir, 'show', '--ext-diff', '--no-renames').stdout;
    expect(show).toContain(
      'journey map maps/renamed.journey.json\n~ map title (empty) → "Sample"\n',
    );
    expect(show).toContain(`journey map ${MAP_FILE}\n~ map title "Sample" → (empty)\n`);
    expect(show).toContain('- card "P1" from Pains × Three\n');
  });
});

describe('journey-studio git-setup', () => {
  test('writes the attributes line once, keeps other lines, and sets the drivers in git config', async () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    writeFileSync(path.join(dir, '.gitattributes'), '*.png binary');
    const first = await runCli(['git-setup'], dir, bundle());
    expect(first.code, first.stderr).toBe(0);
    await runCli(['git-setup'], dir, bundle());
    expect(readFileSync(path.join(dir, '.gitattributes'), 'utf8')).toBe(
      '*.png binary\n*.journey.json diff=journey-studio merge=journey-studio\n',
    );
    const driver = git(dir, 'config', '--get', 'merge.journey-studio.driver').stdout.trim();
    expect(driver).toBe(`${process.execPath} ${bundle()} merge-driver %O %A %B %P`);
    const custom = await runCli(['git-setup', '--command', 'journey-studio'], dir, bundle());
    expect(custom.stdout).toContain('git config diff.journey-studio.command journey-studio diff\n');
    expect(git(dir, 'config', '--get', 'diff.journey-studio.textconv').stdout).toBe(
      'journey-studio outline\n',
    );
  });

  test('outside a repository it says so and exits 1', async () => {
    const dir = tempDir();
    const result = await runCli(['git-setup'], dir, bundle());
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `journey-studio git-setup: ${dir} is not inside a git repository\n`,
    });
  });
});
