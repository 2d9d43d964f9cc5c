import path from 'node:path';
import { loadMap, type Problem } from '../../../shared/load';
import { isoDate } from '../../../renderer/export/dates';
import { EXIT } from '../context';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { openChromeRenderer } from '../export/chromeRenderer';
import { parseExportArgs } from '../export/exportArgs';
import type { ExportRenderer } from '../export/renderer';
import { readMapFile } from '../files';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';

/**
 * `journey-studio export FILE --format pdf|png|svg --out OUT [options]`: the app's own
 * exporters, run in a headless page (Chrome or Chromium found on the usual paths or named
 * with `--chrome`; a hidden window in the packaged app). The file passes the loader gate
 * first: a map that cannot be loaded is reported like `validate` does, exit 1. OUT is
 * written atomically and replaced if it exists (exports are rebuilt, e.g. in CI).
 */
export const exportCommand: CliCommand = {
  name: 'export',
  async run(args, ctx) {
    const request = parseExportArgs(args);
    const fail = (message: string): number => {
      ctx.stderr(`${message}\n`);
      return EXIT.failed;
    };
    let read;
    try {
      read = await readMapFile(path.resolve(ctx.cwd, request.file));
    } catch (error) {
      return fail(`${request.file}: ${t('readFailed', { reason: describeFileError(error) })}`);
    }
    if (!read.ok) return fail(`${request.file}: ${located(read.problem)}`);
    const loaded = loadMap(read.text);
    if (!loaded.ok)
      return fail(loaded.errors.map((p) => `${request.file}: ${located(p)}`).join('\n'));
    for (const problem of loaded.warnings) {
      ctx.stderr(`${request.file}: ${t('warning', { message: located(problem) })}\n`);
    }

    const open = ctx.exportRenderer ?? openChromeRenderer;
    const rendererDir = ctx.rendererDir ?? path.join(ctx.templatesDir, '..', 'dist', 'renderer');
    let renderer: ExportRenderer;
    try {
      renderer = await open({
        rendererDir,
        ...(request.chromePath === undefined
          ? {}
          : { chromePath: path.resolve(ctx.cwd, request.chromePath) }),
      });
    } catch (error) {
      return fail(t('export.rendererFailed', { detail: message(error) }));
    }
    try {
      const bytes = await renderer.exportMap(read.text, request.options, isoDate(new Date()));
      try {
        await writeFileAtomic(path.resolve(ctx.cwd, request.out), bytes);
      } catch (error) {
        return fail(t('writeFailed', { file: request.out, reason: describeFileError(error) }));
      }
      ctx.stdout(
        `${t('export.written', {
          file: request.out,
          format: request.options.format.toUpperCase(),
          size: Math.max(1, Math.round(bytes.length / 1024)),
        })}\n`,
      );
      return EXIT.ok;
    } catch (error) {
      return fail(t('export.failed', { file: request.file, detail: message(error) }));
    } finally {
      await renderer.close();
    }
  },
};

function located(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
