import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../shared/load';
import { COMMANDS } from '../../../electron/cli/run';
import { TEMPLATE_TEXT, templateDoc } from '../shared/load/badInputCases';
import { cli, STACK_TRACE, useTempDir } from './helpers';

const tempDir = useTempDir();

describe('journey-studio templates', () => {
  test('prints one line per template: id, a tab, the title', async () => {
    const { code, stdout } = await cli(['templates'], tempDir());
    expect(code).toBe(0);
    // The examples follow after a blank line (see examples.test.ts).
    const lines = (stdout.split('\n\n')[0] ?? '').trimEnd().split('\n');
    expect(lines[0]).toBe('classic\tCustomer journey map');
    expect(lines).toHaveLength(
      readdirSync('templates').filter((n) => n.endsWith('.journey.json')).length,
    );
  });

  test('reads templates from the folder the context names (the packaged app passes its own)', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, '05-mine.journey.json'),
      TEMPLATE_TEXT.replace('"Customer journey map"', '"Mine"'),
    );
    writeFileSync(path.join(dir, '06-broken.journey.json'), '{');
    const { code, stdout, stderr } = await cli(['templates'], dir, dir);
    expect(code).toBe(0);
    expect(stdout).toBe('mine\tMine\n');
    expect(stderr).toMatch(
      /^journey-studio: the template file 06-broken\.journey\.json cannot be used: The file ends too early/,
    );
  });

  test('without templates (or their folder) it fails with a message', async () => {
    const dir = tempDir();
    expect(await cli(['templates'], dir, dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `no templates found in ${dir}\n`,
    });
    const missing = path.join(dir, 'missing');
    expect((await cli(['templates'], dir, missing)).stderr).toBe(
      `no templates found in ${missing}\n`,
    );
  });
});

describe('journey-studio new', () => {
  test('writes a canonical, valid map from the template', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(
      ['new', '--template', 'classic', '--out', 'onboarding.journey.json', '--title', 'Onboarding'],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toBe('Created onboarding.journey.json from the template "classic".\n');
    const result = loadMap(readFileSync(path.join(dir, 'onboarding.journey.json'), 'utf8'));
    expect(result.ok && [result.map.title, result.map.template, result.warnings]).toEqual([
      'Onboarding',
      'classic',
      [],
    ]);
    expect(readdirSync(dir)).toEqual(['onboarding.journey.json']); // no temporary file left behind
  });

  test('--language makes the map in that language: names translated, Persian right to left', async () => {
    const dir = tempDir();
    expect(
      (
        await cli(
          ['new', '--template', 'classic', '--out', 'uk.journey.json', '--language', 'uk'],
          dir,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await cli(
          [
            'new',
            '--template',
            'service-blueprint',
            '--out',
            'fa.journey.json',
            '--language',
            'fa-IR',
          ],
          dir,
        )
      ).code,
    ).toBe(0);
    const uk = loadMap(readFileSync(path.join(dir, 'uk.journey.json'), 'utf8'));
    const fa = loadMap(readFileSync(path.join(dir, 'fa.journey.json'), 'utf8'));
    if (!uk.ok || !fa.ok) throw new Error('expected valid maps');
    expect(uk.map).toMatchObject({
      title: 'Карта шляху клієнта',
      language: 'uk',
      direction: 'ltr',
    });
    expect(uk.map.stages.map((s) => s.name)).toEqual([
      'Обізнаність',
      'Інтерес',
      'Розгляд',
      'Покупка',
      'Лояльність',
      'Рекомендації',
    ]);
    expect(uk.map.stages[0]?.id).toBe('awareness'); // ids stay: maps diff across languages
    expect(fa.map).toMatchObject({ language: 'fa-IR', direction: 'rtl' });
    expect(fa.map.lanes.map((l) => l.name)[0]).toBe('شواهد فیزیکی');
    expect(fa.map.lanes.find((l) => l.id === 'actions')?.lineBelow).toBe('interaction');
  });

  test('--language without translations keeps English names; a malformed tag is bad usage', async () => {
    const dir = tempDir();
    expect(
      (
        await cli(
          ['new', '--template', 'aida', '--out', 'de.journey.json', '--language', 'de'],
          dir,
        )
      ).code,
    ).toBe(0);
    const de = loadMap(readFileSync(path.join(dir, 'de.journey.json'), 'utf8'));
    expect(de.ok && [de.map.language, de.map.stages[0]?.name]).toEqual(['de', 'Attention']);
    const bad = await cli(
      ['new', '--template', 'aida', '--out', 'x.journey.json', '--language', '../../etc'],
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a language tag');
  });

  test('refuses to overwrite a file unless --force', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'map.json'), 'precious');
    const refused = await cli(['new', '--template', 'classic', '--out', 'map.json'], dir);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: 'map.json already exists; add --force to overwrite it\n',
    });
    expect(readFileSync(path.join(dir, 'map.json'), 'utf8')).toBe('precious');
    expect(
      (await cli(['new', '--template', 'classic', '--out', 'map.json', '--force'], dir)).code,
    ).toBe(0);
    expect(loadMap(readFileSync(path.join(dir, 'map.json'), 'utf8')).ok).toBe(true);
  });

  test('an unknown template or a missing option is bad usage (exit 2) with a hint', async () => {
    const dir = tempDir();
    const unknown = await cli(['new', '--template', 'nope', '--out', 'x.json'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'there is no template "nope"; run `journey-studio templates` to list them',
    );
    const missing = await cli(['new', '--template', 'classic'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('journey-studio new: the option --out is missing');
    expect(missing.stderr).toContain(
      'Usage: journey-studio new (--template ID [--language LANG] | --example ID) --out FILE',
    );
    expect(existsSync(path.join(dir, 'x.json'))).toBe(false);
  });

  test('a folder that cannot be written to gives a message, not a stack trace', async () => {
    const dir = tempDir();
    const { code, stderr } = await cli(
      ['new', '--template', 'classic', '--out', 'missing/folder/x.json'],
      dir,
    );
    expect(code).toBe(1);
    expect(stderr).toBe('could not write missing/folder/x.json: no such file or folder\n');
    if (process.getuid?.() !== 0) {
      mkdirSync(path.join(dir, 'locked'));
      chmodSync(path.join(dir, 'locked'), 0o500);
      const locked = await cli(['new', '--template', 'classic', '--out', 'locked/x.json'], dir);
      expect(locked.stderr).toBe('could not write locked/x.json: permission denied\n');
    }
  });
});

describe('journey-studio validate', () => {
  function write(dir: string, name: string, doc: unknown): string {
    writeFileSync(path.join(dir, name), typeof doc === 'string' ? doc : JSON.stringify(doc));
    return name;
  }

  test('a valid file: exit 0 and a line saying so', async () => {
    const dir = tempDir();
    write(dir, 'ok.journey.json', TEMPLATE_TEXT);
    expect(await cli(['validate', 'ok.journey.json'], dir)).toEqual({
      code: 0,
      stdout: 'ok.journey.json: valid\n',
      stderr: '',
    });
  });

  test('invalid files: exit 1 and one problem a line as FILE: PATH: MESSAGE', async () => {
    const dir = tempDir();
    write(dir, 'ok.json', TEMPLATE_TEXT);
    write(dir, 'bad.json', { ...templateDoc(), title: 5, brandColor: 'red' });
    write(dir, 'cut.json', TEMPLATE_TEXT.slice(0, 40));
    const { code, stdout } = await cli(
      ['validate', 'ok.json', 'bad.json', 'cut.json', 'gone.json'],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'ok.json: valid',
      'bad.json: title: expected text, got a number',
      'bad.json: brandColor: expected a colour like #1e88e5, got "red"',
      'cut.json: The file ends too early (line 2, column 39); it looks cut off.',
      'gone.json: cannot read the file: no such file or folder',
      '',
    ]);
  });

  test('warnings are printed and still exit 0; --strict counts them as problems', async () => {
    const dir = tempDir();
    const doc = templateDoc();
    write(dir, 'dup.json', {
      ...doc,
      stages: [doc.stages[0], { ...doc.stages[1], id: 'awareness' }],
    });
    const plain = await cli(['validate', 'dup.json'], dir);
    expect(plain).toEqual({
      code: 0,
      stdout:
        'dup.json: stages[1].id: warning: the id "awareness" is already used; this one was renamed to "awareness-2"\n' +
        'dup.json: valid after 1 repair (see the warning above)\n',
      stderr: '',
    });
    const strict = await cli(['validate', '--strict', 'dup.json'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('dup.json: not valid with --strict: 1 repair needed');
  });

  test('a folder, a file that is not UTF-8, or no file at all', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'folder'));
    writeFileSync(path.join(dir, 'latin1.json'), Buffer.from('{"title": "caf\xe9"}', 'latin1'));
    const { code, stdout } = await cli(['validate', 'folder', 'latin1.json'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe(
      'folder: cannot read the file: this is a folder, not a file\nlatin1.json: This file is not UTF-8 text.\n',
    );
    const none = await cli(['validate'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('journey-studio validate: name at least one file');
  });
});

describe('usage', () => {
  test('--help lists every command; --version prints the version', async () => {
    const dir = tempDir();
    const help = await cli(['--help'], dir);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command.name}`);
    const version = await cli(['--version'], dir);
    expect(version).toEqual({
      code: 0,
      stdout: `${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`,
      stderr: '',
    });
  });

  test('no command, an unknown command or an unknown option: exit 2, no stack trace', async () => {
    const dir = tempDir();
    const results = [
      await cli([], dir),
      await cli(['export-all'], dir),
      await cli(['validate', '--fast', 'x'], dir),
    ];
    expect(results.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(results[1]?.stderr).toBe(
      'journey-studio: unknown command "export-all". Run `journey-studio --help` to see the commands.\n',
    );
    expect(results[2]?.stderr).toMatch(/^journey-studio validate: Unknown option '--fast'/);
    for (const result of results) expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  test('a command’s own --help', async () => {
    const { code, stdout } = await cli(['validate', '--help'], tempDir());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: journey-studio validate \[--strict\] FILE\.\.\./);
  });
});
