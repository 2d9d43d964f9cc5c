/**
 * The maps named on a command line: `journey-studio a.journey.json ../b.journey.json`, the
 * OS file association (Linux desktop entries pass paths, sometimes `file://` URIs) and a
 * second instance's arguments. Only `*.journey.json` names count, so Electron's and
 * Chromium's own arguments (the app path, `--flags`) are never taken for files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isJourneyFileName } from '../files/documentFiles';

export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    let file = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        file = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!isJourneyFileName(file)) continue;
    const absolute = path.resolve(cwd, file);
    if (!files.includes(absolute)) files.push(absolute);
  }
  return files;
}
