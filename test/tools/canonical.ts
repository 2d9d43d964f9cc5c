// `npx tsx test/tools/canonical.ts FILE...`: rewrites journey map files in the canonical form
// the app saves (key order, 2-space indent, LF, final newline). For templates and fixtures.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadMap } from '../../shared/load';
import { serializeMap } from '../../shared/serialize';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = loadMap(readFileSync(file, 'utf8'));
  if (!result.ok) {
    for (const problem of result.errors)
      process.stderr.write(`${file}: ${problem.path}: ${problem.message}\n`);
    failed = true;
    continue;
  }
  for (const problem of result.warnings)
    process.stderr.write(`${file}: ${problem.path}: warning: ${problem.message}\n`);
  writeFileSync(file, serializeMap(result.map));
}
process.exitCode = failed ? 1 : 0;
