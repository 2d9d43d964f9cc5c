import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { serializeMap } from '../../../shared/serialize';
import { fixtureMap, NEW_FILE, OLD_FILE } from '../shared/compare/fixtures';
import { gitRepo } from '../electron/helpers/gitRepo';
import { useTempDir } from './helpers';

const run = promisify(execFile);
const SCRIPT = path.resolve('build/ci/review-maps.sh');
const LAUNCHER = path.resolve('electron/cli/journey-studio.cjs');
const built = existsSync('dist/cli/cli.cjs') && existsSync('dist/renderer/export.html');
const tempDir = useTempDir();

function newRepo(): { dir: string; git: (...args: string[]) => string } {
  const dir = tempDir();
  return { dir, git: gitRepo(dir) };
}

/** Runs the review script in a repository as the workflow does; never throws. */
function review(dir: string, base: string) {
  return run('bash', [SCRIPT, base, 'review'], {
    cwd: dir,
    env: { ...process.env, JOURNEY_STUDIO: `node ${LAUNCHER}` },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

describe('the CI recipe (build/ci/review-maps.sh, run by journey-maps.yml)', () => {
  test('the workflow runs the script with the base commit and uploads what it writes', () => {
    const workflow = readFileSync('build/ci/journey-maps.yml', 'utf8');
    expect(workflow).toContain('build/ci/review-maps.sh');
    expect(workflow).toContain('github.event.pull_request.base.sha');
    expect(workflow).toContain('actions/upload-artifact');
    const script = readFileSync(SCRIPT, 'utf8');
    for (const command of ['validate --strict', 'format --check', 'diff', 'export']) {
      expect(script).toContain(`"\${js[@]}" ${command}`);
    }
  });

  test('in a real repository: a changed and an added map are checked, diffed and rendered', async () => {
    expect(built, 'run `npm run build` first').toBe(true);
    const { dir, git } = repo();
    const base = git('rev-parse', 'HEAD').trim();
    writeFileSync(path.join(dir, 'maps', 'shop.journey.json'), serializeMap(fixtureMap(NEW_FILE)));
    writeFileSync(path.join(dir, 'maps', 'added.journey.json'), serializeMap(fixtureMap(NEW_FILE)));
    git('add', '-A');
    git('commit', '-qm', 'edit the map');
    const result = await review(dir, base);
    expect(result.stderr).not.toMatch(/error|invalid/i);
    expect(result.code).toBe(0);
    const summary = readFileSync(path.join(dir, 'review', 'summary.md'), 'utf8');
    expect(summary).toContain('## maps/shop.journey.json');
    expect(summary).toContain('- card "Delivery cost shown late" from Pain points × Purchase');
    expect(summary).toContain('## maps/added.journey.json');
    for (const file of ['shop.compare.png', 'shop.compare.pdf', 'added.compare.pdf']) {
      expect(existsSync(path.join(dir, 'review', file)), file).toBe(true);
    }

    function repo() {
      const made = newRepo();
      mkdirSync(path.join(made.dir, 'maps'));
      writeFileSync(
        path.join(made.dir, 'maps', 'shop.journey.json'),
        serializeMap(fixtureMap(OLD_FILE)),
      );
      made.git('add', '-A');
      made.git('commit', '-qm', 'a map');
      return made;
    }
  }, 180_000);

  test('a map that does not validate fails the check', async () => {
    const { dir, git } = newRepo();
    writeFileSync(path.join(dir, 'README'), 'x');
    git('add', '-A');
    git('commit', '-qm', 'start');
    const base = git('rev-parse', 'HEAD').trim();
    writeFileSync(path.join(dir, 'bad.journey.json'), '{"format": "journey-map", "version": 1}');
    git('add', '-A');
    git('commit', '-qm', 'bad map');
    const result = await review(dir, base);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bad\.journey\.json: /m);
  }, 60_000);
});
