// Bundles the Node side with esbuild: the Electron main process, the preload (one
// self-contained CommonJS file, as a sandboxed preload must be) and the plain-Node CLI.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // resvg is a native module: loaded from node_modules, never bundled.
  external: ['electron', 'playwright-core', '@resvg/resvg-js'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({
    ...common,
    platform: 'browser',
    target: 'chrome120',
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
  }),
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/cli.cjs' }),
]);
