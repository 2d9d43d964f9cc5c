import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { openChromeRenderer } from '../../../electron/cli/export/chromeRenderer';
import { parseExportArgs } from '../../../electron/cli/export/exportArgs';
import { nodeAssets } from '../../../electron/cli/export/nodeAssets';
import { exportVectorInNode } from '../../../electron/cli/export/vectorExport';
import { normalizeOptions } from '../../../shared/export/options';
import { metricsMaps } from '../../fixtures/export/metrics';
import { persianMap, scriptsMap } from '../../fixtures/export/scripts';
import { chromeCandidates, findChrome } from '../../../electron/cli/export/findChrome';
import { cli, useTempDir } from './helpers';

const run = promisify(execFile);
const FIXTURE = path.resolve('test/fixtures/export/scripts.journey.json');
const LAUNCHER = path.resolve('electron/cli/journey-studio.cjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tempDir = useTempDir();

describe('journey-studio export: arguments', () => {
  test('the format comes from --format or from the output name', () => {
    expect(parseExportArgs(['m.json', '--out', 'x.PNG']).options.format).toBe('png');
    expect(parseExportArgs(['m.json', '--out', 'x.bin', '--format', 'svg']).options.format).toBe(
      'svg',
    );
  });

  test('PDF and PNG options reach the exporter', () => {
    const { options } = parseExportArgs([
      'm.json',
      '--out',
      'x.pdf',
      '--page',
      'a0',
      '--orientation',
      'portrait',
      '--fit',
      'tile',
      '--no-cover',
      '--poster',
      '--margin',
      '5',
      '--scale',
      '4',
      '--background',
      'transparent',
    ]);
    expect(options.pdf).toMatchObject({
      page: 'A0',
      orientation: 'portrait',
      fit: 'tile',
      cover: false,
      poster: true,
      marginMm: 5,
    });
    expect(options.png).toEqual({ scale: 4, background: 'transparent' });
  });

  test('wrong calls exit 2 with a hint', async () => {
    const dir = tempDir();
    for (const args of [
      ['export', FIXTURE],
      ['export', FIXTURE, '--out', 'x.doc'],
      ['export', FIXTURE, '--out', 'x.pdf', '--page', 'B5'],
      ['export', FIXTURE, '--out', 'x.png', '--scale', '3'],
    ]) {
      const result = await cli(args, dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: journey-studio export FILE');
    }
  });

  test('a map that does not load exits 1 and says where, before any browser starts', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'bad.journey.json'),
      '{"format": "journey-map", "version": 2, "title": 5}',
    );
    const result = await cli(['export', 'bad.journey.json', '--out', 'bad.pdf'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bad\.journey\.json: /m);
    expect(existsSync(path.join(dir, 'bad.pdf'))).toBe(false);
  });

  test('a --chrome that does not exist exits 1 with a clear message for PNG', async () => {
    const dir = tempDir();
    const result = await cli(
      ['export', FIXTURE, '--out', 'x.png', '--chrome', 'no/such/chrome'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/there is no browser at .*no\/such\/chrome/);
  });

  test('many maps go to --out-dir; --out takes one map, and not both', () => {
    const request = parseExportArgs([
      'a.journey.json',
      'maps/b.json',
      '--out-dir',
      'out',
      '--format',
      'svg',
    ]);
    expect(request.files).toEqual(['a.journey.json', 'maps/b.json']);
    expect(request.outputs).toEqual([path.join('out', 'a.svg'), path.join('out', 'b.svg')]);
    expect(() => parseExportArgs(['a.json', 'b.json', '--out', 'x.pdf'])).toThrow(/--out-dir/);
    expect(() => parseExportArgs(['a.json', '--out', 'x.pdf', '--out-dir', 'o'])).toThrow(
      /not both/,
    );
  });
});

describe('journey-studio export: the metrics page', () => {
  test('--no-metrics leaves it out; it is on by default', () => {
    expect(parseExportArgs(['m.json', '--out', 'x.pdf']).options.pdf.metrics).toBe(true);
    expect(parseExportArgs(['m.json', '--out', 'x.pdf', '--no-metrics']).options.pdf.metrics).toBe(
      false,
    );
  });

  test('a map with two snapshots: pdftotext finds the funnel and the trend numbers', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'shop.journey.json');
    writeFileSync(file, JSON.stringify(metricsMaps().en));
    const out = path.join(dir, 'shop.pdf');
    const result = await cli(['export', file, '--out', out], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { stdout: text } = await run('pdftotext', [out, '-']);
    expect(text).toContain('Journey metrics');
    expect(text).toContain('Where customers get lost: from Consideration to Purchase');
    for (const number of ['12,480', '13,100', '2,400', '610', '+620', '27.5 NPS', '22 h']) {
      expect(text).toContain(number);
    }
    await cli(['export', file, '--out', out, '--no-metrics'], dir);
    const { stdout: without } = await run('pdftotext', [out, '-']);
    expect(without).not.toContain('Journey metrics');
    expect(without).not.toContain('Where customers get lost');
    // The map page's metrics lane still shows the latest values; the earlier snapshot's
    // values are only in the metrics pages' trend tables.
    expect(without).toContain('13,100');
    expect(without).not.toContain('12,480');
  }, 60_000);
});

describe('finding Chrome', () => {
  test('the usual places on each system', () => {
    expect(chromeCandidates('linux', {})).toContain('/usr/bin/chromium');
    expect(chromeCandidates('darwin', {})[0]).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(chromeCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
  });

  test('the first one that exists wins; none found lists where it looked', async () => {
    const found = await findChrome(
      undefined,
      async (f) => f === '/usr/bin/google-chrome',
      'linux',
      {},
    );
    expect(found).toEqual({ found: '/usr/bin/google-chrome' });
    const missing = await findChrome(undefined, async () => false, 'linux', {});
    expect('missing' in missing && missing.missing.length).toBeGreaterThan(3);
  });
});

describe('journey-studio export (the built CLI)', () => {
  test('exports the fixture map to PDF, PNG and SVG', async () => {
    expect(
      existsSync('dist/cli/cli.cjs') && existsSync('dist/renderer/export.html'),
      'run `npm run build` first',
    ).toBe(true);
    const dir = tempDir();
    for (const format of ['pdf', 'png', 'svg']) {
      const out = path.join(dir, `map.${format}`);
      const { stdout } = await run(
        'node',
        [LAUNCHER, 'export', FIXTURE, '--out', out, '--chrome', CHROMIUM, '--page', 'A4'],
        { cwd: dir },
      );
      expect(stdout).toContain(`Wrote ${out} (${format.toUpperCase()},`);
      const bytes = readFileSync(out);
      const magic = { pdf: '%PDF-', png: '\x89PNG', svg: '<?xml' }[format] ?? '';
      expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
    const { stdout: info } = await run('pdfinfo', [path.join(dir, 'map.pdf')]);
    expect(info).toMatch(/Pages:\s+4/);
    const { stdout: text } = await run('pdftotext', [path.join(dir, 'map.pdf'), '-']);
    expect(text.normalize('NFKC')).toContain('Клієнт шукає доставку');
    expect(readFileSync(path.join(dir, 'map.svg'), 'utf8')).toContain('>Zażółć gęślą jaźń</text>');
  }, 120_000);

  test('PDF and SVG from Node are byte for byte the files the app’s export page makes', async () => {
    const renderer = await openChromeRenderer({
      rendererDir: path.resolve('dist/renderer'),
      chromePath: CHROMIUM,
    });
    const created = '2026-11-30T12:00:00.000Z';
    try {
      for (const [name, map] of [
        ['scripts', scriptsMap()],
        ['persian', persianMap()],
        // Metric values formatted by the page's Intl and by Node's: the same digits and spaces.
        ['metrics ru', metricsMaps().ru],
        ['metrics fa', metricsMaps().fa],
      ] as const) {
        const text = JSON.stringify(map);
        for (const [format, pdf] of [
          ['pdf', { page: 'A4' }],
          ['pdf', { page: 'A4', fit: 'tile' }],
          ['svg', {}],
        ] as const) {
          const options = normalizeOptions({ format, pdf });
          const page = await renderer.exportMap(text, options, '2026-11-30', undefined, created);
          const node = await exportVectorInNode(
            map,
            { ...options, format },
            {
              assets: nodeAssets(process.cwd()),
              today: '2026-11-30',
              creationDate: new Date(created),
            },
          );
          expect(node.length, `${name} ${format} ${JSON.stringify(pdf)}`).toBe(page.length);
          expect(Buffer.from(node).equals(Buffer.from(page)), `${name} ${format}`).toBe(true);
        }
      }
    } finally {
      await renderer.close();
    }
  }, 120_000);

  test('a broken file through the built CLI: exit 1 and a message, no stack trace', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'x.journey.json'), 'not json');
    const error = await run('node', [LAUNCHER, 'export', 'x.journey.json', '--out', 'x.pdf'], {
      cwd: dir,
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toMatch(/^x\.journey\.json: Not valid JSON/m);
    expect(error?.stderr).not.toMatch(/^\s+at /m);
  });
});

/**
 * Runs the built CLI on a machine without any browser: in a user and mount namespace
 * (`unshare`), /usr/bin (where Debian puts chromium) is an empty folder but for node itself,
 * and PATH is empty, so neither the usual places nor PATH offer a browser.
 */
async function runWithoutBrowser(args: string[], cwd: string) {
  const hide = path.join(cwd, 'real-usr-bin');
  mkdirSync(hide, { recursive: true });
  const exec = process.execPath;
  const nodeBinary = exec.startsWith('/usr/bin/') ? path.join(hide, path.basename(exec)) : exec;
  const script = [
    'set -e',
    `mount --bind /usr/bin "${hide}"`,
    'mount -t tmpfs none /usr/bin',
    `"${hide}/touch" /usr/bin/node`,
    `"${hide}/mount" --bind "${nodeBinary}" /usr/bin/node`,
    'test ! -e /usr/bin/chromium',
    'set +e',
    `PATH= /usr/bin/node "${LAUNCHER}" ${args.map((a) => `'${a}'`).join(' ')}`,
  ].join('\n');
  return run('unshare', ['-rm', '/bin/sh', '-c', script], { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

describe('journey-studio export without a browser', () => {
  test('PDF and SVG need none; PNG says clearly that it needs one', async () => {
    const dir = tempDir();
    const pdf = await runWithoutBrowser(['export', FIXTURE, '--out', 'map.pdf'], dir);
    expect(pdf.stderr).toBe('');
    expect(pdf.code).toBe(0);
    expect(readFileSync(path.join(dir, 'map.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const svg = await runWithoutBrowser(['export', FIXTURE, '--out', 'map.svg'], dir);
    expect(svg.code).toBe(0);
    const png = await runWithoutBrowser(['export', FIXTURE, '--out', 'map.png'], dir);
    expect(png.code).toBe(1);
    expect(png.stderr).toMatch(/PNG export needs a browser, and no Chrome or Chromium was found/);
    expect(png.stderr).toMatch(/PDF and SVG need none/);
    expect(existsSync(path.join(dir, 'map.png'))).toBe(false);
  }, 60_000);
});

describe('batch export', () => {
  test('many maps in one run; a broken one is reported, the others still export, exit 1', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'maps'));
    const fixture = readFileSync(FIXTURE, 'utf8');
    for (const name of ['one', 'two', 'three']) {
      writeFileSync(path.join(dir, 'maps', `${name}.journey.json`), fixture);
    }
    writeFileSync(path.join(dir, 'maps', 'broken.journey.json'), '{"format": "journey-map",');
    const files = ['one', 'broken', 'two', 'three'].map((n) => `maps/${n}.journey.json`);
    const result = await cli(['export', ...files, '--out-dir', 'out', '--format', 'pdf'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^maps\/broken\.journey\.json: /m);
    expect(result.stderr).toContain('3 of 4 maps exported.');
    for (const name of ['one', 'two', 'three']) {
      expect(
        readFileSync(path.join(dir, 'out', `${name}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    expect(existsSync(path.join(dir, 'out', 'broken.pdf'))).toBe(false);

    const ok = await cli(
      [
        'export',
        'maps/one.journey.json',
        'maps/two.journey.json',
        '--out-dir',
        'svg',
        '--format',
        'svg',
      ],
      dir,
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('2 of 2 maps exported.');
  }, 60_000);
});
