import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();
const FIXTURES = path.resolve('test/fixtures/mermaid');

/** A map made by the importer, so the export has actions and emotion points to write. */
async function importedMap(dir: string): Promise<void> {
  copyFileSync(path.join(FIXTURES, 'working-day.mmd'), path.join(dir, 'day.mmd'));
  const made = await cli(['import', 'day.mmd', '--out', 'day.journey.json'], dir);
  expect(made.code).toBe(0);
}

describe('journey-studio export --format mermaid', () => {
  test('OUT.mmd asks for Mermaid: sections, tasks, scores and actors come back', async () => {
    const dir = tempDir();
    await importedMap(dir);
    const { code, stdout } = await cli(['export', 'day.journey.json', '--out', 'day.mmd'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote day\.mmd \(MERMAID/);
    const text = readFileSync(path.join(dir, 'day.mmd'), 'utf8');
    expect(text.startsWith('journey\n')).toBe(true);
    expect(text).toContain('title My working day');
    expect(text).toMatch(/section Go to work/);
    expect(text).toMatch(/Make tea: 5: Me/);
  });

  test('--out-dir names the files .mmd, and what Mermaid cannot show is a warning', async () => {
    const dir = tempDir();
    const map = path.resolve('test/fixtures/export/scripts.journey.json');
    const { code, stderr } = await cli(
      ['export', map, '--out-dir', 'out', '--format', 'mermaid'],
      dir,
    );
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'out', 'scripts.mmd'))).toBe(true);
    expect(stderr).toMatch(/warning: /);
  });

  test('--compare draws a picture: with Mermaid it is bad usage and writes nothing', async () => {
    const dir = tempDir();
    await importedMap(dir);
    const { code, stderr } = await cli(
      ['export', 'day.journey.json', '--compare', 'day.journey.json', '--out', 'x.mmd'],
      dir,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--compare draws a picture');
    expect(existsSync(path.join(dir, 'x.mmd'))).toBe(false);
  });
});
