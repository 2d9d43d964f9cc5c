import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { UI_RESOURCES } from '../../../../shared/i18n/resources';
import { localeEntries } from '../../shared/i18n/localeEntries';
import { hardCodedTexts, keyUses, sourceFiles, type KeyUse } from './rendererSource';

/**
 * Every user-visible string of the renderer goes through the locale files: a key the code
 * names must be in en.json (and so, through the locale test, in every language), and JSX
 * holds no words of its own. Read from the source with the TypeScript compiler.
 */
const repo = path.resolve(__dirname, '../../../..');
const files = sourceFiles(path.join(repo, 'renderer'));
const english = UI_RESOURCES.en.translation as Record<string, unknown>;
const keys = new Set(localeEntries(english).keys());
const sections = Object.keys(english);

/**
 * Text that is not a word in any language, or a name no one translates. Keep it short: a
 * string belongs here only when every locale would write it the same.
 */
const NOT_WORDS: readonly string[] = [];

describe('the source checks', () => {
  test('catch hard-coded words and unknown keys, and let symbols and keys through', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'renderer-strings-'));
    try {
      const file = path.join(dir, 'Sample.tsx');
      writeFileSync(
        file,
        [
          "const LABELS = { a: 'editor.channels', b: 'editor.nothing.here' };",
          'export const Sample = ({ n }: { n: number }) => (',
          '  <p title="Close" aria-label={t(\'editor.close\')}>',
          "    Hello {n} • × {'World'} {t('editor.notAKey')} {t(`shortcuts.keys.${n}`)}",
          '    <img alt="" />',
          '  </p>',
          ');',
        ].join('\n'),
      );
      expect(hardCodedTexts([file], dir).map((f) => f.text)).toEqual([
        'title="Close"',
        'Hello',
        'World',
      ]);
      expect(keyUses([file], dir, sections).map((u) => [u.text, u.kind])).toEqual([
        ['editor.channels', 'keyOrSection'],
        ['editor.nothing.here', 'keyOrSection'],
        ['editor.close', 'key'],
        ['editor.notAKey', 'key'],
        ['shortcuts.keys.', 'prefix'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('strings in renderer/', () => {
  test('the walk finds the renderer', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(keyUses(files, repo, sections).length).toBeGreaterThan(100);
  });

  test('every key the renderer names is in en.json', () => {
    const known = (use: KeyUse): boolean => {
      switch (use.kind) {
        case 'key':
          return keys.has(use.text);
        case 'prefix':
          return [...keys].some((key) => key.startsWith(use.text));
        case 'keyOrSection':
          return keys.has(use.text) || [...keys].some((key) => key.startsWith(`${use.text}.`));
      }
    };
    const missing = keyUses(files, repo, sections)
      .filter((use) => !known(use))
      .map((use) => `${use.where}: ${use.text}${use.kind === 'prefix' ? '…' : ''}`);
    expect(missing, 'keys used in renderer/ but missing from en.json').toEqual([]);
  });

  test('no words are written into JSX without i18n', () => {
    const found = hardCodedTexts(files, repo)
      .filter((finding) => !NOT_WORDS.includes(finding.text))
      .map((finding) => `${finding.where}: ${finding.text}`);
    expect(found, 'hard-coded text in renderer/ JSX').toEqual([]);
  });
});
