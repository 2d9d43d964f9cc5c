import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built renderer (the browser edition) on a free loopback port for the e2e run. */
export default async function setup(project: TestProject) {
  const root = path.resolve('dist/renderer');
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` before the e2e tests');
  }
  const server = await preview({
    configFile: path.resolve('vite.config.ts'),
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
