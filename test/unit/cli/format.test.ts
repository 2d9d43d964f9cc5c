import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../shared/load';
import { TEMPLATE_TEXT, templateDoc } from '../shared/load/badInputCases';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();

/** A map as a script might write it: one line, contract fields only, cards in any order. */
function scriptedMap(): string {
  const doc = templateDoc();
  doc.cards = [
    { id: 'late', laneId: 'emotions', stageId: 'loyalty', text: 'Relieved', 'x-crm-id': 'L' },
    { id: 'first', laneId: 'actions', stageId: 'awareness', text: 'Sees an advert' },
    { id: 'second', laneId: 'actions', stageId: 'awareness', text: 'Asks a friend' },
  ];
  return JSON.stringify(doc);
}

function write(dir: string, name: string, text: string): string {
  writeFileSync(path.join(dir, name), text);
  return name;
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('journey-studio format', () => {
  test('rewrites a file in canonical form, prints each repair, keeps other tools’ fields', async () => {
    const dir = tempDir();
    write(dir, 'map.journey.json', scriptedMap());
    const { code, stdout } = await cli(['format', 'map.journey.json'], dir);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'map.journey.json: cards[0].order: warning: the card has no order; it was placed after the other cards of its cell',
      'map.journey.json: cards[1].order: warning: the card has no order; it was placed after the other cards of its cell',
      'map.journey.json: cards[2].order: warning: the card has no order; it was placed after the other cards of its cell',
      'map.journey.json: rewritten in canonical form',
      '',
    ]);
    const text = read(dir, 'map.journey.json');
    const loaded = loadMap(text);
    if (!loaded.ok) throw new Error('expected the formatted file to load');
    expect(loaded.warnings).toEqual([]);
    // Cards cell by cell, in file order within a cell; the CRM id is still there.
    expect(loaded.map.cards.map((c) => `${c.id}:${c.order}`)).toEqual([
      'first:a0',
      'second:a1',
      'late:a0',
    ]);
    expect(text).toContain('"x-crm-id": "L"');
    // Nothing left behind but the file itself.
    expect(readdirSync(dir)).toEqual(['map.journey.json']);

    const again = await cli(['format', 'map.journey.json'], dir);
    expect(again).toEqual({
      code: 0,
      stdout: 'map.journey.json: already in canonical form\n',
      stderr: '',
    });
    expect(read(dir, 'map.journey.json')).toBe(text);
  });

  test('--check changes nothing: exit 1 naming the files that are not canonical, 0 when all are', async () => {
    const dir = tempDir();
    write(dir, 'canonical.json', TEMPLATE_TEXT);
    write(dir, 'scripted.json', scriptedMap());
    const oldVersion = JSON.stringify({ ...templateDoc(), version: 1 }, null, 2) + '\n';
    write(dir, 'v1.json', oldVersion);
    const { code, stdout } = await cli(
      ['format', '--check', 'canonical.json', 'scripted.json', 'v1.json'],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      'scripted.json: not in canonical form; `journey-studio format` rewrites it\n',
    );
    expect(stdout).toContain(
      'v1.json: warning: The file uses the older format version 1; it was upgraded to version 3, which saving writes.\n' +
        'v1.json: not in canonical form; `journey-studio format` rewrites it\n',
    );
    expect(stdout).not.toContain('canonical.json');
    expect(read(dir, 'scripted.json')).toBe(scriptedMap());
    expect(read(dir, 'v1.json')).toBe(oldVersion);

    expect(await cli(['format', '--check', 'canonical.json'], dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  test('a file that cannot be read or loaded is reported and left as it is: exit 2', async () => {
    const dir = tempDir();
    const broken = JSON.stringify({ ...templateDoc(), title: 5 });
    write(dir, 'broken.json', broken);
    write(dir, 'scripted.json', scriptedMap());
    const { code, stdout } = await cli(
      ['format', 'broken.json', 'gone.json', 'scripted.json'],
      dir,
    );
    expect(code).toBe(2);
    expect(stdout).toContain('broken.json: title: expected text, got a number\n');
    expect(stdout).toContain('gone.json: cannot read the file: no such file or folder\n');
    expect(stdout).toContain('scripted.json: rewritten in canonical form\n');
    expect(read(dir, 'broken.json')).toBe(broken);
    const check = await cli(['format', '--check', 'broken.json'], dir);
    expect(check.code).toBe(2);
    expect(read(dir, 'broken.json')).toBe(broken);
  });

  test('no file or an unknown option is bad usage (exit 2) with a hint', async () => {
    const dir = tempDir();
    const none = await cli(['format'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('journey-studio format: name at least one file');
    const unknown = await cli(['format', '--fix', 'a.json'], dir);
    expect(unknown.code).toBe(2);
  });
});
