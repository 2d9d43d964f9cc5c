import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createTranslate } from '../../../shared/i18n/translate';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { EXIT } from '../context';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';

const run = promisify(execFile);

/** The driver name in `.gitattributes` and git's config. */
export const DRIVER = 'journey-studio';
export const ATTRIBUTES_LINE = `*.journey.json diff=${DRIVER} merge=${DRIVER}`;

/**
 * `journey-studio git-setup [--command CMD]`: registers the drivers in the repository that
 * holds the working folder. It adds the `.gitattributes` line at the repository's root (once;
 * the file's other lines stay) and sets, in the repository's own config:
 * - `diff.journey-studio.command`: `CMD diff` (git diff, and `--ext-diff` in log and show);
 * - `diff.journey-studio.textconv`: `CMD outline` (git log -p and git show by default);
 * - `merge.journey-studio.driver`: `CMD merge-driver %O %A %B %P`, and a `name`.
 * CMD defaults to this Node and this CLI by absolute path (works from a checkout without
 * anything on PATH); `--command journey-studio` suits an installed or `npm link`ed CLI.
 */
export const gitSetupCommand: CliCommand = {
  name: 'git-setup',
  async run(args, ctx) {
    const { values } = parseArgs({ args, options: { command: { type: 'string' } } });
    const words = createTranslate('en');
    const fail = (message: string): number => {
      ctx.stderr(`journey-studio git-setup: ${message}\n`);
      return EXIT.failed;
    };
    const root = await repositoryRoot(ctx.cwd);
    if (root.error !== undefined) return fail(root.error);
    if (root.path === undefined) {
      return fail(words('diff.setup.notRepository', { dir: ctx.cwd }));
    }
    const command = values.command ?? shellCommand(ctx.selfCommand ?? ['journey-studio']);
    const config: [string, string][] = [
      [`diff.${DRIVER}.command`, `${command} diff`],
      [`diff.${DRIVER}.textconv`, `${command} outline`],
      [`merge.${DRIVER}.name`, 'Journey Studio: merge journey maps by record id'],
      [`merge.${DRIVER}.driver`, `${command} merge-driver %O %A %B %P`],
    ];
    const attributes = path.join(root.path, '.gitattributes');
    try {
      await addLine(attributes, ATTRIBUTES_LINE);
    } catch (error) {
      return fail(t('writeFailed', { file: attributes, reason: describeFileError(error) }));
    }
    for (const [key, value] of config) {
      try {
        await run('git', ['config', '--local', key, value], { cwd: root.path });
      } catch (error) {
        return fail(words('diff.setup.gitFailed', { reason: gitError(error) }));
      }
    }
    ctx.stdout(`${words('diff.setup.done', { root: root.path })}\n`);
    ctx.stdout(`${t('setupAttributes', { line: ATTRIBUTES_LINE })}\n`);
    for (const [key, value] of config) ctx.stdout(`${t('setupConfig', { key, value })}\n`);
    return EXIT.ok;
  },
};

/** The top folder of the repository holding `cwd` (none outside one), or why git failed. */
async function repositoryRoot(cwd: string): Promise<{ path?: string; error?: string }> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    return { path: stdout.trim() };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // git ran and said "not a git repository" (exit 128); anything else: git itself failed.
    if (typeof code === 'number') return {};
    return { error: createTranslate('en')('diff.setup.gitFailed', { reason: gitError(error) }) };
  }
}

/** Appends `line` to a text file unless it already has it, keeping every other line. */
async function addLine(file: string, line: string): Promise<void> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  const lines = text.split(/\r?\n/);
  if (lines.some((existing) => existing.trim() === line)) return;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  await writeFileAtomic(file, `${text}${separator}${line}\n`);
}

/** Program and arguments as one line for git's shell: each part single-quoted when needed. */
export function shellCommand(parts: readonly string[]): string {
  return parts
    .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

function gitError(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  if (typeof stderr === 'string' && stderr.trim() !== '') return stderr.trim();
  return describeFileError(error);
}
