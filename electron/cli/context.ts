import type { OpenExportRenderer } from './export/pngRenderer';

/** What a CLI command may touch: its output streams, the working folder and the templates. */
export interface CliContext {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative file names on the command line are resolved against this folder. */
  cwd: string;
  /**
   * The folder of bundled `NN-id.journey.json` templates. The CLI bundle passes
   * `dist/cli/../../templates`; the Electron main process passes its own (inside the app).
   */
  templatesDir: string;
  /** Shown by `--version`; defaults to package.json's version. */
  version?: string;
  /**
   * How `export` renders. The packaged app passes a hidden-window renderer; absent (plain
   * Node), an installed Chrome or Chromium is driven through playwright-core.
   */
  exportRenderer?: OpenExportRenderer;
  /** The built renderer (export.html); default: `templatesDir/../dist/renderer`. */
  rendererDir?: string;
  /**
   * How to run this very CLI again from a shell (program and arguments), for `git-setup` to
   * write into git's config: plain Node passes its own `node` and script by absolute path.
   */
  selfCommand?: readonly string[];
}

/** Exit codes: 0 all good, 1 a file is invalid or an operation failed, 2 bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A problem with how the command was called: reported with a hint and exit code 2. */
export class UsageError extends Error {}
