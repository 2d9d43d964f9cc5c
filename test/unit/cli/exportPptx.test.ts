import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, useTempDir } from './helpers';

const tempDir = useTempDir();
const SCRIPTS = path.resolve('test/fixtures/export/scripts.journey.json');
const CLASSIC = path.resolve('templates/01-classic.journey.json');

/** The slide size a deck declares (EMU: 914400 a inch). */
function slideSize(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'ppt/presentation.xml'], { encoding: 'utf8' });
  const match = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(xml);
  return match ? `${Number(match[1]) / 914400}x${Number(match[2]) / 914400}` : '';
}

function entries(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
}

describe('journey-studio export --format pptx', () => {
  test('OUT.pptx asks for PowerPoint: a 16:9 deck whose first slide is there', async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await cli(['export', SCRIPTS, '--out', 'deck.pptx'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote deck\.pptx \(PPTX, \d+ KB\)/);
    const file = path.join(dir, 'deck.pptx');
    expect(entries(file)).toContain('ppt/slides/slide1.xml');
    expect(slideSize(file)).toBe('10x5.625');
  });

  test('--format pptx with --slide-size 4:3 whatever the extension', async () => {
    const dir = tempDir();
    const { code } = await cli(
      ['export', SCRIPTS, '--format', 'pptx', '--slide-size', '4:3', '--out', 'deck.bin'],
      dir,
    );
    expect(code).toBe(0);
    expect(slideSize(path.join(dir, 'deck.bin'))).toBe('10x7.5');
  });

  test('--out-dir names each map NAME.pptx', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(
      ['export', SCRIPTS, CLASSIC, '--out-dir', 'out', '--format', 'pptx'],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('2 of 2');
    for (const name of ['scripts.pptx', '01-classic.pptx']) {
      expect(entries(path.join(dir, 'out', name))).toContain('ppt/slides/slide1.xml');
    }
  });

  test('an unknown slide size is bad usage (exit 2) and writes nothing', async () => {
    const dir = tempDir();
    const { code, stderr } = await cli(
      ['export', SCRIPTS, '--out', 'deck.pptx', '--slide-size', '5:4'],
      dir,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--slide-size');
    expect(stderr).toContain('16:9, 4:3');
    expect(existsSync(path.join(dir, 'deck.pptx'))).toBe(false);
  });

  test('--compare draws a picture: with PowerPoint it is bad usage', async () => {
    const dir = tempDir();
    const { code, stderr } = await cli(
      ['export', SCRIPTS, '--compare', SCRIPTS, '--out', 'deck.pptx'],
      dir,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--compare draws a picture');
    expect(existsSync(path.join(dir, 'deck.pptx'))).toBe(false);
  });

  test('a map that cannot be loaded is named, exit 1, and an existing deck is left as it was', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'broken.journey.json'), '{ "format": "journey-map", ');
    writeFileSync(path.join(dir, 'deck.pptx'), 'the earlier deck');
    const { code, stderr } = await cli(
      ['export', 'broken.journey.json', '--out', 'deck.pptx'],
      dir,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^broken\.journey\.json: /);
    expect(readFileSync(path.join(dir, 'deck.pptx'), 'utf8')).toBe('the earlier deck');
  });
});
