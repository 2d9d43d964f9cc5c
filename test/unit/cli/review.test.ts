import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TEMPLATE_TEXT } from '../shared/load/badInputCases';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();

/** A valid map file titled `title`, its review on `nextReview` (none when undefined). */
function mapFile(dir: string, name: string, title: string, nextReview?: string): string {
  const doc = JSON.parse(TEMPLATE_TEXT) as Record<string, unknown>;
  doc.title = title;
  if (nextReview !== undefined) doc.nextReview = nextReview;
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(doc));
  return name;
}

describe('journey-studio review', () => {
  test('lists the maps due or overdue with how far off they are, and exits 1', async () => {
    const dir = tempDir();
    mapFile(dir, 'store.journey.json', 'Store', '2026-11-19');
    mapFile(dir, 'saas.journey.json', 'SaaS', '2026-12-06');
    mapFile(dir, 'later.journey.json', 'Later', '2027-03-01');
    mapFile(dir, 'never.journey.json', 'Never');
    const args = ['store.journey.json', 'saas.journey.json', 'later.journey.json'];
    const { code, stdout, stderr } = await cli(
      ['review', ...args, 'never.journey.json', '--today', '2026-12-01'],
      dir,
    );
    expect(stderr).toBe('');
    expect(stdout).toBe(
      'store.journey.json: Overdue by 12 days (2026-11-19) — “Store”\n' +
        'saas.journey.json: Due in 5 days (2026-12-06) — “SaaS”\n',
    );
    expect(code).toBe(1);
  });

  test('says when none is due and exits 0; --within widens the window', async () => {
    const dir = tempDir();
    mapFile(dir, 'a.journey.json', 'A', '2027-01-10');
    mapFile(dir, 'b.journey.json', 'B');
    const none = await cli(
      ['review', 'a.journey.json', 'b.journey.json', '--today', '2026-12-01'],
      dir,
    );
    expect(none).toEqual({
      code: 0,
      stdout: 'No map is due for review in the next 14 days (2 maps checked).\n',
      stderr: '',
    });
    const wide = await cli(
      ['review', 'a.journey.json', '--today', '2026-12-01', '--within', '40'],
      dir,
    );
    expect(wide.stdout).toBe('a.journey.json: Due in 40 days (2027-01-10) — “A”\n');
    expect(wide.code).toBe(1);
    const today = await cli(['review', 'a.journey.json', '--today', '2027-01-10'], dir);
    expect(today.stdout).toBe('a.journey.json: Due today (2027-01-10) — “A”\n');
  });

  test('a folder stands for every *.journey.json below it, in a stable order', async () => {
    const dir = tempDir();
    mapFile(dir, 'maps/b/old.journey.json', 'Old', '2026-01-01');
    mapFile(dir, 'maps/a.journey.json', 'A', '2026-11-30');
    mapFile(dir, 'maps/node_modules/pkg/x.journey.json', 'Vendored', '2020-01-01');
    writeFileSync(path.join(dir, 'maps', 'notes.json'), '{}');
    const { code, stdout } = await cli(['review', 'maps', '--today', '2026-12-01'], dir);
    expect(stdout).toBe(
      `${path.join('maps', 'a.journey.json')}: Overdue by 1 day (2026-11-30) — “A”\n` +
        `${path.join('maps', 'b', 'old.journey.json')}: Overdue by 334 days (2026-01-01) — “Old”\n`,
    );
    expect(code).toBe(1);
    mkdirSync(path.join(dir, 'empty'));
    const empty = await cli(['review', 'empty', '--today', '2026-12-01'], dir);
    expect(empty.stderr).toBe('empty: the folder holds no *.journey.json files\n');
  });

  test('an unreadable or invalid file is named, the others still checked, exit 2', async () => {
    const dir = tempDir();
    mapFile(dir, 'due.journey.json', 'Due', '2026-11-01');
    writeFileSync(path.join(dir, 'broken.journey.json'), '{"format": "journey-map"');
    const { code, stdout, stderr } = await cli(
      [
        'review',
        'missing.journey.json',
        'broken.journey.json',
        'due.journey.json',
        '--today',
        '2026-12-01',
      ],
      dir,
    );
    expect(stderr).toMatch(
      /^missing\.journey\.json: cannot read the file: no such file or folder\n/,
    );
    expect(stderr).toMatch(/\nbroken\.journey\.json: .+\n$/);
    expect(stdout).toBe('due.journey.json: Overdue by 30 days (2026-11-01) — “Due”\n');
    expect(code).toBe(2);
  });

  test('bad usage: no files, a malformed --today or --within; exit 2 with the value named', async () => {
    const dir = tempDir();
    mapFile(dir, 'm.journey.json', 'M', '2026-11-01');
    expect((await cli(['review'], dir)).code).toBe(2);
    const date = await cli(['review', 'm.journey.json', '--today', '01.12.2026'], dir);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--today expects a date as YYYY-MM-DD, not “01.12.2026”');
    const within = await cli(['review', 'm.journey.json', '--within', 'two weeks'], dir);
    expect(within.code).toBe(2);
    expect(within.stderr).toContain('--within expects a whole number of days');
  });

  test('the bundled examples: on 2026-12-01 the Russian store is overdue, the clinic due', async () => {
    const { code, stdout } = await cli(
      ['review', path.resolve('templates/examples'), '--today', '2026-12-01'],
      tempDir(),
    );
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('01-online-store-ru.journey.json: Overdue by 15 days (2026-11-16)');
    expect(lines[1]).toContain('03-service-blueprint-fa.journey.json: Due in 9 days (2026-12-10)');
  });
});
