import { ImportJob } from './importJob';
import type { ImportReply, ImportRequest } from './importMessages';

/**
 * The import's parsing, off the page's thread: a CRM export of 100,000 deals is read and
 * counted here while the window stays responsive. Requests are answered in order.
 */
// The project's DOM typings describe a window; this script's global is a worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(reply: ImportReply): void;
};

const job = new ImportJob();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      scope.postMessage(await job.handle(request));
    } catch (error) {
      scope.postMessage({
        type: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });
};
