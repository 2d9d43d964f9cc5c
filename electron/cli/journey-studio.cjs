#!/usr/bin/env node
// The `journey-studio` command: a launcher for the CLI bundle that `npm install` builds
// (the package's `prepare` script), so that it runs in plain Node.
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', '..', 'dist', 'cli', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'journey-studio: the CLI is not built yet; run `npm install` or `npm run build`.\n',
  );
  process.exit(2);
}
require(bundle);
