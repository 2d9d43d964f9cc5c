import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { loadMap } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import { applyOperations, type Operation } from '../../../shared/ops';
import { serializeMap } from '../../../shared/serialize';

export const FILE = 'journey.journey.json';

/**
 * A throwaway git repository driven by the real `git` binary, isolated from the machine's
 * configuration (no global or system config, so no merge driver of anyone's), holding one
 * map file that branches edit the way the app does: operations, then the serialiser.
 */
export class MapRepo {
  private constructor(readonly dir: string) {}

  static create(dirs: string[]): MapRepo {
    const dir = mkdtempSync(path.join(tmpdir(), 'journey-git-'));
    dirs.push(dir);
    const repo = new MapRepo(dir);
    repo.git('init', '--quiet', '--initial-branch=main');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: gitEnv(this.dir), encoding: 'utf8' });
  }

  /** Saves `map` as the app would and commits it on the current branch. */
  commit(map: JourneyMap, message: string): void {
    writeFileSync(path.join(this.dir, FILE), serializeMap(map));
    this.git('add', FILE);
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
  }

  /** On a new branch from `from`: loads the file, applies `ops`, saves and commits. */
  branch(name: string, from: string, ops: readonly Operation[]): void {
    this.git('checkout', '--quiet', '-b', name, from);
    this.commit(applyOperations(this.read(), ops), name);
  }

  read(): JourneyMap {
    const result = loadMap(readFileSync(path.join(this.dir, FILE), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.map;
  }

  /** `git merge` of `other` into the current branch: whether it merged without a conflict. */
  merge(other: string): boolean {
    const run = spawnSync('git', ['merge', '--no-edit', '--quiet', other], {
      cwd: this.dir,
      env: gitEnv(this.dir),
      encoding: 'utf8',
    });
    return run.status === 0;
  }
}

/** Git with only this repository's config: HOME points at the temp folder. */
function gitEnv(dir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    LANG: 'C',
  };
}

/** Temp repositories for a test file, removed after each test. */
export function useRepos(): () => MapRepo {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => MapRepo.create(dirs);
}
