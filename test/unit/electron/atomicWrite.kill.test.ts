/**
 * Kills a real Node process in the middle of saving a large map, many times, at varied
 * moments, and checks what is left on disk: always the old map or the new one, byte for
 * byte, never a mix and never an empty file.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { useTempDirs } from './helpers/tempDir';

const tempDir = useTempDirs();
const ROUNDS = 24;

/** A map-like document of `lines` lines, each marked with `tag` so halves cannot pass. */
function bigDocument(tag: string, lines: number): Buffer {
  const cards = Array.from(
    { length: lines },
    (_, i) => `    { "id": "${tag}-${i}", "text": "card ${i} of version ${tag}" }`,
  );
  return Buffer.from(`{\n  "version": "${tag}",\n  "cards": [\n${cards.join(',\n')}\n  ]\n}\n`);
}

const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Deterministic "random" delays, so a failing run can be replayed. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

let childScript = '';

beforeAll(async () => {
  // The child runs the real module, bundled to plain CommonJS so it starts fast.
  const dir = tempDir();
  await build({
    entryPoints: ['electron/main/files/atomicWrite.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: path.join(dir, 'atomicWrite.cjs'),
    logLevel: 'silent',
  });
  childScript = path.join(dir, 'saver.cjs');
  writeFileSync(
    childScript,
    `const { writeFileAtomic } = require('./atomicWrite.cjs');
const fs = require('node:fs');
const [target, first, second] = process.argv.slice(2);
const versions = [fs.readFileSync(first), fs.readFileSync(second)];
(async () => {
  process.stdout.write('R');
  for (let i = 1; ; i += 1) {
    await writeFileAtomic(target, versions[i % 2], { keepBackup: true });
    process.stdout.write('.');
  }
})();
`,
  );
});

/** Starts the saver, kills it after `saves` finished saves plus `delayMs`, resolves on exit. */
function saveAndKill(args: string[], saves: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let done = 0;
    let armed = false;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const char of chunk.toString()) if (char === '.') done += 1;
      if (!armed && done >= saves) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`saver ended on its own: ${stderr}`));
      else resolve(done);
    });
  });
}

describe('a save killed midway', () => {
  test(`leaves the old map or the new one, never a mix or an empty file (${ROUNDS} kills)`, async () => {
    const dir = tempDir();
    const target = path.join(dir, 'workshop.journey.json');
    const a = bigDocument('a', 120_000);
    const b = bigDocument('b', 150_000);
    const aPath = path.join(dir, 'a.src');
    const bPath = path.join(dir, 'b.src');
    writeFileSync(aPath, a);
    writeFileSync(bPath, b);
    writeFileSync(target, a);
    const known = new Map([
      [hash(a), 'a'],
      [hash(b), 'b'],
    ]);
    expect(a.length).toBeGreaterThan(5_000_000);

    const random = lcg(20261124);
    const seen = new Set<string>();
    let killedMidWrite = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const saves = Math.floor(random() * 3);
      const delayMs = Math.floor(random() * 120);
      await saveAndKill([target, aPath, bPath], saves, delayMs);

      const onDisk = readFileSync(target);
      const version = known.get(hash(onDisk));
      expect(version, `round ${round}: ${onDisk.length} bytes are neither version`).toBeDefined();
      seen.add(version ?? '');
      const names = readdirSync(dir);
      if (names.includes('workshop.journey.json.bak')) {
        const bak = readFileSync(path.join(dir, 'workshop.journey.json.bak'));
        expect(known.has(hash(bak)), `round ${round}: the .bak is damaged`).toBe(true);
      }
      // A temp file left behind means the kill landed inside a save.
      if (names.some((name) => name.endsWith('.journey-tmp'))) killedMidWrite += 1;
    }
    // The test proves something only if kills hit saves in progress and saves finished.
    expect(killedMidWrite).toBeGreaterThan(0);
    expect([...seen].sort()).toEqual(['a', 'b']);
  }, 120_000);
});
