import type { CliCommand } from './command';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { formatCommand } from './format';
import { gitSetupCommand } from './gitSetup';
import { importCommand } from './import';
import { importMetricsCommand } from './importMetrics';
import { mergeDriverCommand } from './mergeDriver';
import { newCommand } from './new';
import { outlineCommand } from './outline';
import { reviewCommand } from './review';
import { templatesCommand } from './templates';
import { validateCommand } from './validate';

export type { CliCommand } from './command';

/** Every command, in the order `--help` lists them. A new command adds one entry here. */
export const COMMANDS: readonly CliCommand[] = [
  templatesCommand,
  newCommand,
  importCommand,
  importMetricsCommand,
  validateCommand,
  reviewCommand,
  formatCommand,
  exportCommand,
  diffCommand,
  outlineCommand,
  mergeDriverCommand,
  gitSetupCommand,
];
