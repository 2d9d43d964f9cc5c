import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { COMPARE_STYLES, GHOST_DASH } from '../../../shared/compare';
import { cli, useTempDir } from './helpers';

const run = promisify(execFile);
const OLD = path.resolve('test/fixtures/compare/old.journey.json');
const NEW = path.resolve('test/fixtures/compare/new.journey.json');
const LAUNCHER = path.resolve('electron/cli/journey-studio.cjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tempDir = useTempDir();

const CHANGE_WORDS = [
  '+ card "Chat answers slowly" in Pain points × Interest',
  '> card "Reads reviews" moved from Interest to Purchase',
  '- card "Delivery cost shown late" from Pain points × Purchase',
];

describe('journey-studio export NEW --compare OLD', () => {
  test('SVG: the ghost of the removed card, dashed in the removed colour, and the change list', async () => {
    const dir = tempDir();
    const result = await cli(['export', NEW, '--compare', OLD, '--out', 'change.svg'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const svg = readFileSync(path.join(dir, 'change.svg'), 'utf8');
    // The removed card is drawn (it is not in NEW) with a dashed outline in the ghost colour.
    expect(svg).toContain('>Delivery cost shown late</text>');
    expect(svg).toContain(
      `stroke="${COMPARE_STYLES.removed.color}" stroke-width="2.5" stroke-dasharray="${GHOST_DASH.join(' ')}"`,
    );
    expect(svg).toContain(`fill="${COMPARE_STYLES.added.color}"`);
    expect(svg).toContain(`fill="${COMPARE_STYLES.moved.color}"`);
    for (const words of CHANGE_WORDS) expect(svg).toContain(escapeXml(words));
    expect(svg).toContain('>Added: 1</text>');
  });

  test('PDF: the map page and the changes in words (pdftotext)', async () => {
    const dir = tempDir();
    const result = await cli(['export', NEW, '--compare', OLD, '--out', 'change.pdf'], dir);
    expect(result.code).toBe(0);
    const file = path.join(dir, 'change.pdf');
    const { stdout: info } = await run('pdfinfo', [file]);
    expect(info).toMatch(/Pages:\s+2/);
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
    expect(text).toContain('Changes to Online shop');
    expect(text).toContain('Delivery cost shown late');
    expect(text).toMatch(/Removed: 1/);
    for (const words of CHANGE_WORDS) expect(text).toContain(words);
  });

  test('OLD may be /dev/null (a map added in the pull request): everything is added', async () => {
    const dir = tempDir();
    const result = await cli(['export', NEW, '--compare', '/dev/null', '--out', 'c.svg'], dir);
    expect(result.code).toBe(0);
    const svg = readFileSync(path.join(dir, 'c.svg'), 'utf8');
    expect(svg).toContain(escapeXml('+ card "Chat answers slowly" in Pain points × Interest'));
    expect(svg).toContain('>Removed: 0</text>');
  });

  test('an OLD that does not load exits 1 naming the file and where, writing nothing', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'old.journey.json'),
      '{"format": "journey-map", "version": 1, "title": 5}',
    );
    const result = await cli(
      ['export', NEW, '--compare', 'old.journey.json', '--out', 'c.pdf'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^old\.journey\.json: title: /m);
    expect(existsSync(path.join(dir, 'c.pdf'))).toBe(false);
  });

  test('--compare takes one map and --out', async () => {
    const dir = tempDir();
    const result = await cli(
      ['export', NEW, OLD, '--compare', OLD, '--out-dir', 'out', '--format', 'svg'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--compare draws one map against one older version');
  });

  test.skipIf(!existsSync(CHROMIUM))(
    'PNG through the built CLI and Chromium: the picture has the status colours',
    async () => {
      expect(existsSync('dist/cli/cli.cjs') && existsSync('dist/renderer/export.html')).toBe(true);
      const dir = tempDir();
      const out = path.join(dir, 'change.png');
      const { stdout } = await run(
        'node',
        [LAUNCHER, 'export', NEW, '--compare', OLD, '--out', out, '--chrome', CHROMIUM],
        { cwd: dir },
      );
      expect(stdout).toContain(`Wrote ${out} (PNG,`);
      const png = PNG.sync.read(readFileSync(out));
      const colours = new Set<string>();
      for (let i = 0; i < png.data.length; i += 4) {
        const hex = [0, 1, 2]
          .map((c) => (png.data[i + c] ?? 0).toString(16).padStart(2, '0'))
          .join('');
        colours.add(`#${hex}`);
      }
      for (const status of ['added', 'removed', 'changed', 'moved'] as const) {
        expect(colours, status).toContain(COMPARE_STYLES[status].color);
      }
    },
    120_000,
  );
});

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
