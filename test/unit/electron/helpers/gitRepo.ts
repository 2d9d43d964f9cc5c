import { execFileSync } from 'node:child_process';

/**
 * A new git repository in `dir` (a temp folder) and a way to run git in it that throws on
 * failure; commits carry a fixed author, so they work on any machine.
 */
export function gitRepo(dir: string): (...args: string[]) => string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  git('init', '-q');
  return git;
}
