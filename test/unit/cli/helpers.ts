import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../../electron/cli/run';

export const TEMPLATES_DIR = path.resolve('templates');

/** Runs the CLI in-process in `cwd`, capturing what it prints. */
export async function cli(
  args: string[],
  cwd: string,
  templatesDir = TEMPLATES_DIR,
  selfCommand?: readonly string[],
) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    templatesDir,
    ...(selfCommand ? { selfCommand } : {}),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'journey-cli-'));
    dirs.push(dir);
    return dir;
  };
}

/** A stack trace line as Node prints it: `    at fn (file:1:2)`. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
