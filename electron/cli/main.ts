// The `journey-studio` command in plain Node (bundled to dist/cli/cli.cjs): wires the process
// to `runCli`. Templates sit beside the bundle's folder: dist/cli/../../templates.
import path from 'node:path';
import { runCli } from './run';

// A closed pipe (`journey-studio templates | head -1`) is not an error worth a stack trace.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  templatesDir: path.join(__dirname, '..', '..', 'templates'),
  // The launcher (or bundle) this Node runs: git-setup tells git to run the same.
  selfCommand: [process.execPath, path.resolve(process.argv[1] ?? __filename)],
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `journey-studio: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
