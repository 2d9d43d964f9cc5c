// `npm run bench`: runs every `test/bench/*.bench.ts` module's `run()` in turn (file-name
// order). Each prints its own figures; benchmarks are for people, tests never assert timings.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

interface BenchModule {
  run(): Promise<void>;
}

const dir = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

let failed = false;
for (const name of files) {
  process.stdout.write(`\n## ${name}\n`);
  try {
    const module = (await import(pathToFileURL(path.join(dir, name)).href)) as BenchModule;
    await module.run();
  } catch (error) {
    failed = true;
    process.stderr.write(
      `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
