import { version as packageVersion } from '../../package.json';
import { COMMANDS } from './commands';
import { EXIT, UsageError, type CliContext } from './context';
import { t } from './messages';

export type { CliContext } from './context';
export { COMMANDS, type CliCommand } from './commands';

/**
 * Runs `journey-studio ARGS` and resolves to the exit code. The plain-Node bundle calls it
 * from `main.ts`, the Electron main process with its own context. It never throws and never
 * prints a stack trace: bad usage exits 2 with a hint, bad input 1 with a message.
 */
export async function runCli(args: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    ctx.stderr(helpText());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout(helpText());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    ctx.stdout(`${ctx.version ?? packageVersion}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    ctx.stderr(`${t('unknownCommand', { command: name })}\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout(`${commandHelp(name)}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      ctx.stderr(`${t('badUsage', { command: name, detail: (error as Error).message })}\n`);
      ctx.stderr(`${commandHelp(name)}\n`);
      return EXIT.usage;
    }
    ctx.stderr(`${t('unexpected', { detail: describe(error) })}\n`);
    return EXIT.failed;
  }
}

function helpText(): string {
  const commands = COMMANDS.map(
    ({ name }) => `  ${t(`commands.${name}.usage`)}\n      ${t(`commands.${name}.summary`)}\n`,
  );
  const options = [`  --help      ${t('helpOption')}\n`, `  --version   ${t('versionOption')}\n`];
  return [
    `${t('usage')}\n\n${t('commandsHeading')}\n`,
    ...commands,
    `\n${t('optionsHeading')}\n`,
    ...options,
  ].join('');
}

function commandHelp(name: string): string {
  return `${t('commandUsage', { usage: t(`commands.${name}.usage`) })}\n  ${t(`commands.${name}.summary`)}`;
}

/** Node's `parseArgs` reports unknown or malformed options with these codes. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
