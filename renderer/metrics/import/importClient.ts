import type { ImportMetricsOptions, MetricsImportOutcome, StageRef } from '../../../shared/import';
import type { ImportReply, ImportRequest, ReadReply } from './importMessages';

type Pending = { resolve(reply: ImportReply): void; reject(error: Error): void };

/** Requests without their id: the client numbers them. */
type Unnumbered<R> = R extends unknown ? Omit<R, 'id'> : never;

/**
 * The page's side of the import worker: one worker per open dialog, a promise per request.
 * Vite bundles the worker as a module script of the app's own origin, which the CSP's
 * `worker-src 'self'` allows in the desktop app and in the browser edition alike.
 */
export class ImportClient {
  private readonly worker = new Worker(new URL('./importWorker.ts', import.meta.url), {
    type: 'module',
  });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.type === 'failed') waiting?.reject(new Error(reply.message));
      else waiting?.resolve(reply);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || 'import worker failed'));
    };
  }

  /** Hands the file to the worker (a copy: the caller keeps its bytes). */
  async read(bytes: Uint8Array, fileName: string, language: string): Promise<ReadReply> {
    const reply = await this.send({ type: 'read', bytes, fileName, language });
    if (reply.type !== 'read') throw new Error(`unexpected reply ${reply.type}`);
    return reply.reply;
  }

  async run(
    stages: readonly StageRef[],
    options: ImportMetricsOptions,
  ): Promise<MetricsImportOutcome> {
    const reply = await this.send({ type: 'run', stages, options });
    if (reply.type !== 'run') throw new Error(`unexpected reply ${reply.type}`);
    return reply.outcome;
  }

  dispose(): void {
    this.worker.terminate();
    this.failAll(new Error('import closed'));
  }

  private send(request: Unnumbered<ImportRequest>): Promise<ImportReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
