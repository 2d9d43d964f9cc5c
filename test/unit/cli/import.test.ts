import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../shared/load';
import { cli, STACK_TRACE, useTempDir } from './helpers';

const tempDir = useTempDir();
const FIXTURES = path.resolve('test/fixtures/mermaid');

describe('journey-studio import', () => {
  test('writes a new map from a Mermaid journey and says what it holds', async () => {
    const dir = tempDir();
    copyFileSync(path.join(FIXTURES, 'working-day.mmd'), path.join(dir, 'day.mmd'));
    const { code, stdout, stderr } = await cli(
      ['import', 'day.mmd', '--out', 'day.journey.json'],
      dir,
    );
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe('Created day.journey.json from day.mmd: 2 stages, 11 cards, 2 personas.\n');
    const loaded = loadMap(readFileSync(path.join(dir, 'day.journey.json'), 'utf8'));
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(loaded.ok && loaded.map.title).toBe('My working day');
  });

  test('prints the changes it made as warnings with their lines, and --language names the lanes', async () => {
    const dir = tempDir();
    copyFileSync(path.join(FIXTURES, 'quirks.mmd'), path.join(dir, 'q.mermaid'));
    const { code, stderr } = await cli(
      ['import', 'q.mermaid', '--out', 'q.journey.json', '--language', 'uk'],
      dir,
    );
    expect(code).toBe(0);
    expect(stderr).toContain('q.mermaid: line 8: warning: the score 7 is not a whole number');
    const loaded = loadMap(readFileSync(path.join(dir, 'q.journey.json'), 'utf8'));
    expect(loaded.ok && loaded.map.lanes.map((lane) => lane.name)).toEqual([
      'Дії клієнта',
      'Емоції',
    ]);
    expect(loaded.ok && loaded.map.language).toBe('uk');
  });

  test('bad input: exit 1, the line and column named, nothing written', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.mmd'), 'journey\n  section Go\n    Make tea\n');
    const { code, stdout, stderr } = await cli(
      ['import', 'bad.mmd', '--out', 'bad.journey.json'],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'bad.mmd: line 3, column 13: the task “Make tea” needs a colon and a score after its name, such as “Make tea: 3: Me”\n',
    );
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(dir)).toEqual(['bad.mmd']);
  });

  test('a missing file and a file that is not text: exit 1, nothing written', async () => {
    const dir = tempDir();
    const missing = await cli(['import', 'none.mmd', '--out', 'x.journey.json'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^none\.mmd: cannot read the file: /);
    writeFileSync(path.join(dir, 'bin.mmd'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    const binary = await cli(['import', 'bin.mmd', '--out', 'x.journey.json'], dir);
    expect(binary.code).toBe(1);
    expect(existsSync(path.join(dir, 'x.journey.json'))).toBe(false);
  });

  test('refuses to overwrite a map unless --force, like `new`', async () => {
    const dir = tempDir();
    copyFileSync(path.join(FIXTURES, 'working-day.mmd'), path.join(dir, 'day.mmd'));
    writeFileSync(path.join(dir, 'day.journey.json'), 'mine');
    const refused = await cli(['import', 'day.mmd', '--out', 'day.journey.json'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('day.journey.json already exists; add --force to overwrite it\n');
    expect(readFileSync(path.join(dir, 'day.journey.json'), 'utf8')).toBe('mine');
    const forced = await cli(['import', 'day.mmd', '--out', 'day.journey.json', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'day.journey.json'), 'utf8')).toContain('"Make tea"');
  });

  test('bad usage and kinds of file not supported yet: exit 2', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ideas.txt'), 'stage,text\n');
    const txt = await cli(['import', 'ideas.txt', '--out', 'x.journey.json'], dir);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toBe(
      'ideas.txt: importing “.txt” files is not supported; Journey Studio imports Mermaid user journeys (.mmd, .mermaid) and cards tables (.csv, .tsv, .xlsx)\n',
    );
    expect((await cli(['import', 'day.mmd'], dir)).code).toBe(2);
    expect((await cli(['import', '--out', 'x.journey.json'], dir)).code).toBe(2);
    const language = await cli(['import', 'd.mmd', '--out', 'x', '--language', 'no way'], dir);
    expect(language.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['ideas.txt']);
  });
});
