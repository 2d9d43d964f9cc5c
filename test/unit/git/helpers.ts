import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../../../electron/bundleOptions.mjs';
import { afterAll, beforeAll } from 'vitest';
import type { JourneyMap } from '../../../shared/model';
import { serializeMap } from '../../../shared/serialize';
import { cli } from '../cli/helpers';

/**
 * A CLI bundle of the current source in a folder of its own (so that tests that rebuild
 * dist/ at the same time cannot hand git a half-written file), for git to run as its drivers.
 */
export function useCliBundle(): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'journey-cli-bundle-'));
    await build({
      ...NODE_BUNDLE,
      entryPoints: ['electron/cli/main.ts'],
      outfile: path.join(dir, 'cli.cjs'),
    });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => path.join(dir, 'cli.cjs');
}

/** Runs git in `cwd`; never throws, so a test can check a failing merge's exit code. */
export function git(cwd: string, ...args: string[]) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const MAP_FILE = 'maps/onboarding.journey.json';

/**
 * A new repository holding `map` at MAP_FILE on `main`, committed; with `setup`, after
 * `journey-studio git-setup` run with the bundle.
 */
export async function repoWithMap(dir: string, map: JourneyMap, bundle?: string): Promise<void> {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  if (bundle) {
    const setup = await runCli(['git-setup'], dir, bundle);
    if (setup.code !== 0) throw new Error(setup.stderr);
  }
  commitMap(dir, map, 'base');
}

export function commitMap(dir: string, map: JourneyMap, message: string): void {
  mkdirSync(path.join(dir, 'maps'), { recursive: true });
  writeFileSync(path.join(dir, MAP_FILE), serializeMap(map));
  git(dir, 'add', '-A');
  const commit = git(dir, 'commit', '-q', '-m', message);
  if (commit.code !== 0) throw new Error(commit.stderr);
}

/** The CLI in-process, as the bundle at `bundle` would call itself from git. */
export function runCli(args: string[], cwd: string, bundle: string) {
  return cli(args, cwd, undefined, [process.execPath, bundle]);
}
