/**
 * The version of a file committed in git (HEAD), for "Compare with the committed version":
 * `git rev-parse --show-prefix` in the file's folder gives the folder's path inside the
 * repository, then `git show HEAD:<prefix><name>` prints the committed text. git runs with
 * `execFile` (no shell: a path is an argument, never a command line) and cwd = the file's
 * folder, so that the repository is the one the file is in. A plain Node module: the tests
 * drive it with a real git in temporary repositories.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { CommittedVersion } from '../../../shared/host';

/** A map's text may be large; this is the loader's own limit with room to spare. */
const MAX_OUTPUT = 64 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

interface GitRun {
  stdout: string;
  stderr: string;
  code: number | string | null;
}

function git(args: readonly string[], cwd: string, gitPath: string): Promise<GitRun> {
  return new Promise((resolve) => {
    execFile(
      gitPath,
      args,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: MAX_OUTPUT,
        timeout: TIMEOUT_MS,
        windowsHide: true,
        // No pager, no prompts, English messages are not relied on (exit codes are).
        env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        const code = error ? ((error as NodeJS.ErrnoException).code ?? 1) : 0;
        resolve({ stdout, stderr, code });
      },
    );
  });
}

/**
 * `file`'s text as committed at HEAD, or why there is none: git is not installed, the file
 * is not in a repository, or the repository has no committed version of it.
 */
export async function readCommittedVersion(
  file: string,
  options: { gitPath?: string } = {},
): Promise<CommittedVersion> {
  const gitPath = options.gitPath ?? 'git';
  const folder = path.dirname(file);
  const prefix = await git(['rev-parse', '--show-prefix'], folder, gitPath);
  if (prefix.code === 'ENOENT') return { status: 'noGit' };
  if (prefix.code !== 0) {
    // 128 is git's "fatal": here, not inside a work tree (or a folder git may not read).
    return prefix.code === 128
      ? { status: 'notInRepo' }
      : { status: 'failed', detail: firstLine(prefix.stderr) };
  }
  const inRepo = `${prefix.stdout.trim()}${path.basename(file)}`;
  // Does HEAD have the file at all? (No commit yet, or a file never committed.)
  const exists = await git(['cat-file', '-e', `HEAD:${inRepo}`], folder, gitPath);
  if (exists.code !== 0) return { status: 'notCommitted' };
  const shown = await git(['show', `HEAD:${inRepo}`], folder, gitPath);
  if (shown.code !== 0) return { status: 'failed', detail: firstLine(shown.stderr) };
  return { status: 'ok', text: shown.stdout };
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() || 'git failed';
}
