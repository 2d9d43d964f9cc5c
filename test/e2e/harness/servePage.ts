import { build, preview } from 'vite';

/**
 * Builds a test-only page with its own vite config and serves the build on a free loopback
 * port (the export dialog page, the canvas bench page). Close it when done.
 */
export async function buildAndServe(
  configFile: string,
): Promise<{ url: string; close(): Promise<void> }> {
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({
    configFile,
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
