import { execFileSync, spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice (Debian's libreoffice-calc and libreoffice-impress) run headless, as a user's
 * office suite opens our files: whether it is installed, and one conversion call. A profile of
 * its own in `workDir` keeps runs from touching (or waiting on) a user's LibreOffice.
 */
export const libreOfficeAvailable =
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

export interface Conversion {
  /** `xlsx`, `pdf`, or a filter with options (`csv:Text - txt - csv (StarCalc):44,34,76,1`). */
  to: string;
  /** The import filter with its options (`CSV:44,34,76,1`), when the extension is not enough. */
  infilter?: string;
  /** Where the profile lives and, unless `outDir` says otherwise, where the results go. */
  workDir: string;
  outDir?: string;
  timeoutMs?: number;
}

/** Converts `files` in one soffice run (a start costs seconds); returns the results' paths. */
export function convertWithLibreOffice(files: readonly string[], options: Conversion): string[] {
  const outDir = options.outDir ?? options.workDir;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(options.workDir, 'profile')).href}`,
      '--headless',
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      '--convert-to',
      options.to,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: options.timeoutMs ?? 90_000 },
  );
  const extension = options.to.split(':')[0] ?? options.to;
  return files.map((file) => join(outDir, basename(file).replace(/\.[^.]+$/, `.${extension}`)));
}
