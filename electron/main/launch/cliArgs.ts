/**
 * Is this start a command-line call (`journey-studio validate a.journey.json`) rather than a
 * request to open the app? The packaged app is also the `journey-studio` command, so its
 * main process runs the same CLI as the plain-Node bundle and exits without a window.
 */
import { COMMANDS } from '../../cli/commands';

const HELP_OR_VERSION = new Set(['--help', '-h', 'help', '--version', '-v']);

/**
 * The CLI's arguments, or null when the app should start normally. `argv` is
 * `process.argv`: `[exe, ...args]` when packaged, `[electron, appPath, ...args]` in
 * development. Switches Chromium or a launcher put before the command are skipped.
 */
export function cliArgsFromArgv(argv: readonly string[], isPackaged: boolean): string[] | null {
  const args = argv.slice(isPackaged ? 1 : 2);
  const first = args[0];
  if (first !== undefined && HELP_OR_VERSION.has(first)) return [...args];
  const at = args.findIndex((arg) => !arg.startsWith('-'));
  if (at < 0) return null;
  const name = args[at];
  return COMMANDS.some((command) => command.name === name) ? args.slice(at) : null;
}
