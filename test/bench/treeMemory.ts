import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak resident memory of a process and all its descendants (a CLI and the browser it starts),
 * sampled from /proc every few milliseconds while it runs: the figure a CI runner's memory
 * limit sees. Linux only; elsewhere 0.
 */
export function watchTreeMemory(rootPid: number, everyMs = 15): { stop(): number } {
  let peak = 0;
  const sample = (): void => {
    try {
      const parents = new Map<number, number>();
      const rss = new Map<number, number>();
      for (const name of readdirSync('/proc')) {
        if (!/^\d+$/.test(name)) continue;
        try {
          const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          parents.set(Number(name), Number(fields[1]));
          rss.set(Number(name), Number(fields[21]) * 4096);
        } catch {
          // the process ended between listing and reading
        }
      }
      const inTree = (pid: number): boolean => {
        for (let p = pid, hops = 0; p > 1 && hops < 64; p = parents.get(p) ?? 0, hops += 1) {
          if (p === rootPid) return true;
        }
        return false;
      };
      let total = 0;
      for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
      peak = Math.max(peak, total);
    } catch {
      // no /proc: report 0
    }
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
