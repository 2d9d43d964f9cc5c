/**
 * Runs async jobs one after another per key (a file path, a recovery key), so that a
 * save and a recovery write for the same target never interleave.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(job, job);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** True while a job for this key is queued or running. */
  busy(key: string): boolean {
    return this.tails.has(key);
  }
}
