import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { MapChange } from '../../../shared/diff';
import type { JourneyMap } from '../../../shared/model';
import { serializeMap } from '../../../shared/serialize';
import { edit, sampleMap } from '../shared/ops/sampleMap';
import { cli, STACK_TRACE, useTempDir } from './helpers';

const tempDir = useTempDir();

/** Writes the sample map as old.journey.json and the edited one as new.journey.json. */
function writePair(after: JourneyMap, before: JourneyMap = sampleMap()): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'old.journey.json'), serializeMap(before));
  writeFileSync(path.join(dir, 'new.journey.json'), serializeMap(after));
  return dir;
}

const EDITED = () =>
  edit([
    { type: 'renameStage', stageId: 's2', name: 'Research' },
    { type: 'addCard', card: { id: 'p2', laneId: 'pain', stageId: 's1', text: 'Too slow' } },
    { type: 'moveCards', cardIds: ['b1'], laneId: 'act', stageId: 's3' },
  ]);

describe('journey-studio diff', () => {
  test('prints one line per change in words and exits 1 when the maps differ', async () => {
    const dir = writePair(EDITED());
    expect(await cli(['diff', 'old.journey.json', 'new.journey.json'], dir)).toEqual({
      code: 1,
      stdout: [
        '~ stage "Two" renamed to "Research"',
        '+ card "Too slow" in Pains × One',
        '> card "B1" moved from Two to Three',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('prints nothing and exits 0 when nothing changed (formatting aside)', async () => {
    const dir = writePair(sampleMap());
    writeFileSync(
      path.join(dir, 'new.journey.json'),
      JSON.stringify(JSON.parse(serializeMap(sampleMap()))),
    );
    expect(await cli(['diff', 'old.journey.json', 'new.journey.json'], dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  test('--json prints the typed changes for tools', async () => {
    const dir = writePair(EDITED());
    const { code, stdout } = await cli(
      ['diff', '--json', 'old.journey.json', 'new.journey.json'],
      dir,
    );
    expect(code).toBe(1);
    const changes = JSON.parse(stdout) as MapChange[];
    expect(changes.map((c) => [c.type, 'kind' in c ? c.kind : c.scope])).toEqual([
      ['changed', 'stage'],
      ['added', 'card'],
      ['moved', 'card'],
    ]);
    expect(changes[0]).toEqual({
      type: 'changed',
      kind: 'stage',
      id: 's2',
      field: 'name',
      before: 'Two',
      after: 'Research',
    });
  });

  test('--language gives the lines in another language', async () => {
    const dir = writePair(edit([{ type: 'renameStage', stageId: 's2', name: 'Research' }]));
    const { stdout } = await cli(
      ['diff', '--language', 'pl', 'old.journey.json', 'new.journey.json'],
      dir,
    );
    expect(stdout).toBe('~ etap „Two”: zmieniono nazwę na „Research”\n');
  });

  test('/dev/null stands for no map: an added file lists what it holds', async () => {
    const dir = writePair(sampleMap());
    const { code, stdout } = await cli(['diff', '/dev/null', 'new.journey.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('~ map title (empty) → "Sample"\n');
    expect(stdout).toContain('+ card "P1" in Pains × Three\n');
  });

  test('trouble exits 2 with the reason on stderr: a missing file, an invalid one, bad usage', async () => {
    const dir = writePair(sampleMap());
    writeFileSync(path.join(dir, 'broken.journey.json'), '{"format": "journey-map", "version": 1');
    const missing = await cli(['diff', 'old.journey.json', 'gone.journey.json'], dir);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gone.journey.json: cannot read the file: no such file or folder\n',
    });
    const broken = await cli(['diff', 'broken.journey.json', 'old.journey.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.journey\.json: .*ends too early/);
    const usage = await cli(['diff', 'old.journey.json'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('name two files');
    for (const result of [missing, broken, usage]) expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  test("as git's diff driver (7 arguments) it names the file and exits 0, even for a broken side", async () => {
    const dir = writePair(EDITED());
    const args = ['maps/a.journey.json', 'old.journey.json', 'abc', '100644'];
    const ok = await cli(['diff', ...args, 'new.journey.json', 'def', '100644'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n').slice(0, 2)).toEqual([
      'journey map maps/a.journey.json',
      '~ stage "Two" renamed to "Research"',
    ]);
    writeFileSync(path.join(dir, 'conflicted.journey.json'), '<<<<<<< ours\n');
    const broken = await cli(['diff', ...args, 'conflicted.journey.json', 'def', '100644'], dir);
    expect(broken.code).toBe(0);
    expect(broken.stdout).toMatch(
      /^journey map maps\/a\.journey\.json\nmaps\/a\.journey\.json: cannot compare as journey maps: conflicted\.journey\.json: /,
    );
  });
});

describe('journey-studio outline', () => {
  test('prints one line per record with its fields below, and a broken file as it is', async () => {
    const dir = writePair(sampleMap());
    const { code, stdout } = await cli(['outline', 'new.journey.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('map title: "Sample"\n');
    expect(stdout).toContain('card "P1" in Pains × Three\n  severity: high\n  votes: 2\n');
    expect(stdout).toContain('connector "A1" → "B1"\n  kind: flow\n');
    writeFileSync(path.join(dir, 'conflicted.journey.json'), '<<<<<<< ours\n');
    expect(await cli(['outline', 'conflicted.journey.json'], dir)).toEqual({
      code: 0,
      stdout: '<<<<<<< ours\n',
      stderr: '',
    });
  });
});
