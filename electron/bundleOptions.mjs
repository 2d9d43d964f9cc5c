// The esbuild options every Node-side bundle shares: `npm run build` (electron/build.mjs)
// and the tests that bundle the CLI or the main process from the current source.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // Loaded from node_modules at run time, never bundled: Electron itself, the browser driver,
  // and resvg (a native module).
  external: ['electron', 'playwright-core', '@resvg/resvg-js'],
};
