// Bundles the Node side with esbuild: the Electron main process, the preload (one
// self-contained CommonJS file, as a sandboxed preload must be) and the plain-Node CLI.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './bundleOptions.mjs';

const common = { ...NODE_BUNDLE, sourcemap: true };

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
