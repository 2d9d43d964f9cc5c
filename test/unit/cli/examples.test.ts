import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMap } from '../../../shared/load';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();

describe('journey-studio new --example', () => {
  test('writes the filled example as a new map, in its own language, with its metrics', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(
      ['new', '--example', 'online-store-ru', '--out', 'store.journey.json'],
      dir,
    );
    expect(stdout).toBe('Created store.journey.json from the example "online-store-ru".\n');
    expect(code).toBe(0);
    const loaded = loadMap(readFileSync(path.join(dir, 'store.journey.json'), 'utf8'));
    if (!loaded.ok) throw new Error('expected a map');
    expect(loaded.warnings).toEqual([]);
    expect(loaded.map).toMatchObject({ language: 'ru', template: 'online-store-ru' });
    expect(loaded.map.stages[0]?.name).toBe('Посетители');
    expect(loaded.map.measurements.length).toBeGreaterThan(20);
    expect(readdirSync(dir)).toEqual(['store.journey.json']);
  });

  test('--title sets the title; --language is refused: an example keeps its language', async () => {
    const dir = tempDir();
    const { code } = await cli(
      [
        'new',
        '--example',
        'b2b-saas-onboarding-en',
        '--out',
        'o.journey.json',
        '--title',
        'Onboarding',
      ],
      dir,
    );
    expect(code).toBe(0);
    const loaded = loadMap(readFileSync(path.join(dir, 'o.journey.json'), 'utf8'));
    if (!loaded.ok) throw new Error('expected a map');
    expect(loaded.map).toMatchObject({ title: 'Onboarding', language: 'en' });
    const translated = await cli(
      ['new', '--example', 'online-store-ru', '--out', 'uk.journey.json', '--language', 'uk'],
      dir,
    );
    expect(translated.code).toBe(2);
    expect(translated.stderr).toContain('an example keeps the language it is written in');
    expect(readdirSync(dir)).toEqual(['o.journey.json']);
  });

  test('an unknown example, or both --template and --example, is bad usage', async () => {
    const dir = tempDir();
    const unknown = await cli(['new', '--example', 'nope', '--out', 'x.journey.json'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no example "nope"');
    const both = await cli(
      ['new', '--example', 'online-store-ru', '--template', 'classic', '--out', 'x.journey.json'],
      dir,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give either --template or --example, not both');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('journey-studio templates lists the examples after the templates, with their language', async () => {
    const { code, stdout } = await cli(['templates'], tempDir());
    expect(code).toBe(0);
    const [, examples] = stdout.split('\nexamples:\n');
    expect(examples?.trimEnd().split('\n')).toEqual([
      'online-store-ru\tru\tИнтернет-магазин товаров для дома: путь покупателя',
      'b2b-saas-onboarding-en\ten\tB2B SaaS onboarding: from trial to first forecast',
      'service-blueprint-fa\tfa\tنقشه خدمت نوبت‌دهی و ویزیت کلینیک تخصصی',
    ]);
  });
});
