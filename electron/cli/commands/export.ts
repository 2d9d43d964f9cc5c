import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isoDate } from '../../../shared/export/dates';
import { fitTextWarning } from '../../../shared/export/readability';
import { deliverableLabels } from '../../../shared/export/labels';
import { englishT, loadMap, type Problem } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import { EXIT, type CliContext } from '../context';
import { writeFileAtomic } from '../../main/files/atomicWrite';
import { openChromeRenderer } from '../export/chromeRenderer';
import { parseExportArgs, type ExportRequest } from '../export/exportArgs';
import { nodeAssets } from '../export/nodeAssets';
import type { ExportRenderer } from '../export/pngRenderer';
import { exportCompareInNode, exportVectorInNode } from '../export/vectorExport';
import { readMapInput } from '../mapInput';
import { mapToMermaid } from '../../../shared/mermaid';
import { cardsToCsv, cardsToXlsx } from '../../../shared/cardsTable';
import { serializeMap } from '../../../shared/serialize';
import { readMapFile } from '../files';
import { describeFileError, t } from '../messages';
import type { CliCommand } from './command';

/**
 * `journey-studio export FILE --out OUT` or `export FILE... --out-dir DIR --format F`: the
 * app's own export core. PDF, SVG and PowerPoint are drawn in this process (no browser); PNG needs a
 * browser's rasteriser: one Chrome or Chromium (found on the usual paths or named with
 * `--chrome`; a hidden window in the packaged app), started at the first PNG and shared by
 * all maps. Each file passes the loader gate first: a map that cannot be loaded is reported
 * like `validate` does and the others still export; exit 1 if any failed. Outputs are
 * written atomically and replaced if they exist (exports are rebuilt, e.g. in CI).
 */
export const exportCommand: CliCommand = {
  name: 'export',
  async run(args, ctx) {
    const request = parseExportArgs(args);
    let before: JourneyMap | undefined;
    if (request.compare !== undefined) {
      const old = await readMapInput(request.compare, ctx);
      if (!old.ok) {
        ctx.stderr(old.lines.map((line) => `${line}\n`).join(''));
        return EXIT.failed;
      }
      before = old.map;
    }
    const session = new ExportSession(request, ctx, before);
    let failed = 0;
    try {
      for (const [index, file] of request.files.entries()) {
        const outcome = await session.exportOne(file, request.outputs[index] ?? '');
        if (outcome === 'stop') return EXIT.failed;
        if (outcome === 'failed') failed += 1;
      }
    } finally {
      await session.close();
    }
    if (request.files.length > 1) {
      const summary = t('export.batchDone', {
        done: request.files.length - failed,
        count: request.files.length,
      });
      (failed > 0 ? ctx.stderr : ctx.stdout)(`${summary}\n`);
    }
    return failed > 0 ? EXIT.failed : EXIT.ok;
  },
};

type Outcome = 'ok' | 'failed' | 'stop';

/** One `export` run: the fonts read once, at most one browser (for PNG), shared by all maps. */
class ExportSession {
  private renderer: ExportRenderer | null = null;
  private readonly assets;
  private readonly today = isoDate(new Date());

  constructor(
    private readonly request: ExportRequest,
    private readonly ctx: CliContext,
    /** `--compare OLD`: each map is drawn as the visual compare of this map → it. */
    private readonly before?: JourneyMap,
  ) {
    this.assets = nodeAssets(path.join(ctx.templatesDir, '..'));
  }

  async exportOne(file: string, out: string): Promise<Outcome> {
    const { ctx, request } = this;
    const fail = (message: string, outcome: Outcome = 'failed'): Outcome => {
      ctx.stderr(`${message}\n`);
      return outcome;
    };
    let read;
    try {
      read = await readMapFile(path.resolve(ctx.cwd, file));
    } catch (error) {
      return fail(`${file}: ${t('readFailed', { reason: describeFileError(error) })}`);
    }
    if (!read.ok) return fail(`${file}: ${located(read.problem)}`);
    const loaded = loadMap(read.text);
    if (!loaded.ok) return fail(loaded.errors.map((p) => `${file}: ${located(p)}`).join('\n'));
    for (const problem of loaded.warnings) {
      ctx.stderr(`${file}: ${t('warning', { message: located(problem) })}\n`);
    }
    const warning =
      request.options.format === 'pdf' && request.textFormat === undefined
        ? fitTextWarning(loaded.map, request.options.pdf, deliverableLabels(loaded.map, englishT()))
        : null;
    if (warning) ctx.stderr(`${file}: ${t('export.smallText', warning)}\n`);

    let bytes: Uint8Array;
    try {
      const rendered = await this.render(loaded.map, read.text);
      if ('stop' in rendered) return fail(rendered.stop, 'stop');
      bytes = rendered.bytes;
    } catch (error) {
      return fail(t('export.failed', { file, detail: message(error) }));
    }
    const target = path.resolve(ctx.cwd, out);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, bytes);
    } catch (error) {
      return fail(t('writeFailed', { file: out, reason: describeFileError(error) }));
    }
    ctx.stdout(
      `${t('export.written', {
        file: out,
        format: (request.textFormat ?? request.options.format).toUpperCase(),
        size: Math.max(1, Math.round(bytes.length / 1024)),
      })}\n`,
    );
    return 'ok';
  }

  /** The file's bytes; `stop` when no map can be exported (no browser for PNG). */
  private async render(
    map: JourneyMap,
    text: string,
  ): Promise<{ bytes: Uint8Array } | { stop: string }> {
    const { options, textFormat } = this.request;
    const { before } = this;
    if (textFormat === 'mermaid') {
      // What Mermaid cannot show is said, never silently dropped.
      const { text: diagram, warnings } = mapToMermaid(map, englishT());
      for (const warning of warnings) this.ctx.stderr(`${t('warning', { message: warning })}\n`);
      return { bytes: new TextEncoder().encode(diagram) };
    }
    if (textFormat === 'csv') return { bytes: cardsToCsv(map) };
    if (textFormat === 'xlsx') return { bytes: await cardsToXlsx(map) };
    if (options.format !== 'png') {
      const format = options.format;
      const run = { assets: this.assets, today: this.today };
      // parseExportArgs refuses --compare with PowerPoint: the compare is a picture.
      const bytes =
        before && format !== 'pptx'
          ? await exportCompareInNode(before, map, { ...options, format }, run)
          : await exportVectorInNode(map, { ...options, format }, run);
      return { bytes };
    }
    if (!this.renderer) {
      const open = this.ctx.exportRenderer ?? openChromeRenderer;
      const rendererDir =
        this.ctx.rendererDir ?? path.join(this.ctx.templatesDir, '..', 'dist', 'renderer');
      const chromePath = this.request.chromePath;
      try {
        this.renderer = await open({
          rendererDir,
          ...(chromePath === undefined
            ? {}
            : { chromePath: path.resolve(this.ctx.cwd, chromePath) }),
        });
      } catch (error) {
        return { stop: t('export.rendererFailed', { detail: message(error) }) };
      }
    }
    const compareText = before ? serializeMap(before) : undefined;
    return { bytes: await this.renderer.exportMap(text, options, this.today, compareText) };
  }

  async close(): Promise<void> {
    await this.renderer?.close();
    this.renderer = null;
  }
}

function located(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
