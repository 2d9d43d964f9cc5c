import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { englishT } from '../../../shared/load';
import {
  describeReview,
  localDate,
  needsReview,
  REVIEW_DUE_DAYS,
  reviewStatus,
} from '../../../shared/metrics';
import { DateSchema } from '../../../shared/model';
import { EXIT, UsageError, type CliContext } from '../context';
import { readLoadedFile } from '../loadFile';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';

/** The review cadence's words (the `review.cli` section; the CLI speaks English). */
const rt = (key: string, params: Record<string, unknown> = {}): string =>
  englishT()(`review.cli.${key}`, params);

/** `--within` beyond ten years is a typo, not a cadence. */
const MAX_WITHIN_DAYS = 3650;
const MAP_FILE = '.journey.json';
/** Folders a walk never enters: dependencies and version-control metadata hold no team maps. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * `journey-studio review MAP... [--today YYYY-MM-DD] [--within DAYS]`: the maps whose review
 * is due within DAYS (default `REVIEW_DUE_DAYS`) or overdue, one a line, for a CI reminder.
 * A folder stands for every `*.journey.json` below it. Exit 0 when none is due, 1 when some
 * are, 2 on bad usage or when a file cannot be read (each named on stderr; the rest are
 * still checked).
 */
export const reviewCommand: CliCommand = {
  name: 'review',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: { today: { type: 'string' }, within: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length === 0) throw new UsageError(t('needFiles'));
    const today = values.today ?? localDate(new Date());
    if (!DateSchema.safeParse(today).success) throw new UsageError(rt('badDate', { value: today }));
    const within = parseWithin(values.within);

    let trouble = false;
    let checked = 0;
    let due = 0;
    for (const file of await expandArguments(positionals, ctx, () => (trouble = true))) {
      const loaded = await readLoadedFile(file, ctx);
      if (!loaded.ok) {
        for (const line of loaded.lines) ctx.stderr(`${line}\n`);
        trouble = true;
        continue;
      }
      checked += 1;
      const { nextReview, title } = loaded.map;
      const status = reviewStatus(nextReview, today, within);
      if (!needsReview(status)) continue;
      due += 1;
      const words = describeReview(status, englishT());
      ctx.stdout(`${rt('line', { file, title, date: nextReview, status: words })}\n`);
    }
    if (due === 0 && !trouble) ctx.stdout(`${rt('none', { count: checked, within })}\n`);
    if (trouble) return EXIT.usage;
    return due > 0 ? EXIT.failed : EXIT.ok;
  },
};

function parseWithin(value: string | undefined): number {
  if (value === undefined) return REVIEW_DUE_DAYS;
  const days = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(days <= MAX_WITHIN_DAYS)) throw new UsageError(rt('badWithin', { value }));
  return days;
}

/**
 * The files the arguments name, in order: a file as given, a folder as the `*.journey.json`
 * files below it (sorted, so the report reads the same on every machine). What cannot be
 * read is named on stderr and `onTrouble` called.
 */
async function expandArguments(
  args: readonly string[],
  ctx: CliContext,
  onTrouble: () => void,
): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const isFolder = await stat(path.resolve(ctx.cwd, arg)).then(
      (s) => s.isDirectory(),
      () => false, // Not there: reading it as a file names the problem.
    );
    if (!isFolder) {
      files.push(arg);
      continue;
    }
    try {
      const found = await mapsBelow(path.resolve(ctx.cwd, arg));
      if (found.length === 0) ctx.stderr(`${rt('emptyFolder', { file: arg })}\n`);
      files.push(...found.map((relative) => path.join(arg, relative)));
    } catch (error) {
      ctx.stderr(`${arg}: ${t('readFailed', { reason: describeFileError(error) })}\n`);
      onTrouble();
    }
  }
  return files;
}

/** `*.journey.json` files below `folder`, as paths relative to it, sorted. */
async function mapsBelow(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(folder, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) await walk(child);
      else if (entry.isFile() && entry.name.endsWith(MAP_FILE)) found.push(child);
    }
  };
  await walk('');
  return found.sort();
}
