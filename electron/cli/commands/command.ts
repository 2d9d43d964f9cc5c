import type { CliContext } from '../context';

/**
 * One CLI command. Its usage line and summary live in the locale file under
 * `cli.commands.<name>`; `run` gets the arguments after the command's name and returns the
 * exit code. Throwing `UsageError` means "called wrongly" (exit 2 with a hint).
 */
export interface CliCommand {
  readonly name: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}
