/**
 * Every class of bad input through the real `journey-studio` command: the launcher and the
 * bundle that `npm install` builds, run by Node on files in a temporary folder. The bundle is
 * rebuilt first so that the test checks the current source.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BAD_INPUT_CASES } from '../shared/load/badInputCases';
import { STACK_TRACE, useTempDir } from './helpers';

const LAUNCHER = path.resolve('electron/cli/journey-studio.cjs');
const tempDir = useTempDir();

beforeAll(() => {
  execFileSync(process.execPath, ['electron/build.mjs'], { stdio: 'pipe' });
}, 120_000);

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('journey-studio validate on every class of bad input', () => {
  test.each(BAD_INPUT_CASES)('$name', ({ content, outcome, path: problemPath, message }) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'map.journey.json'), content());
    const prefix = problemPath === '' ? 'map.journey.json: ' : `map.journey.json: ${problemPath}: `;
    const expected = outcome === 'repaired' ? `${prefix}warning: ` : prefix;
    const line = (text: string) => text.split('\n').find((l) => l.startsWith(expected)) ?? '';

    const plain = run(['validate', 'map.journey.json'], dir);
    expect(plain.code).toBe(outcome === 'refused' ? 1 : 0);
    const shown = line(plain.stdout).slice(expected.length);
    if (typeof message === 'string') expect(shown).toBe(message);
    else expect(shown).toMatch(message);
    expect(plain.stderr).toBe('');
    expect(plain.stdout).not.toMatch(STACK_TRACE);

    // Repaired input fails in CI with --strict, which treats any repair as a problem.
    const strict = run(['validate', '--strict', 'map.journey.json'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout + strict.stderr).not.toMatch(STACK_TRACE);
  });

  test('templates and new work from the bundle, finding templates beside it', () => {
    const dir = tempDir();
    expect(run(['templates'], dir).stdout.split('\n')[0]).toBe('classic\tCustomer journey map');
    expect(run(['new', '--template', 'classic', '--out', 'a.journey.json'], dir).code).toBe(0);
    expect(run(['validate', 'a.journey.json'], dir)).toEqual({
      code: 0,
      stdout: 'a.journey.json: valid\n',
      stderr: '',
    });
  });
});
