import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesFromArgv } from '../../../electron/main/launch/argvFiles';
import { cliArgsFromArgv } from '../../../electron/main/launch/cliArgs';
import {
  filesFromSecondInstance,
  handOverData,
} from '../../../electron/main/launch/launchRequests';

describe('files named on the command line', () => {
  test('takes *.journey.json arguments, resolved against the working folder', () => {
    const argv = [
      '.', // `electron .` in development
      '--enable-logging',
      'map.journey.json',
      '../other/Plan.JOURNEY.json',
      'notes.txt',
      'file:///srv/maps/shared.journey.json',
      'map.journey.json',
    ];
    expect(filesFromArgv(argv, '/home/ana/maps')).toEqual([
      path.resolve('/home/ana/maps/map.journey.json'),
      path.resolve('/home/ana/other/Plan.JOURNEY.json'),
      path.resolve('/srv/maps/shared.journey.json'),
    ]);
  });

  test('a second instance hands over the files it resolved itself', () => {
    const data = handOverData(['/a/x.journey.json']);
    const argv = ['/opt/journey-studio', '--original-process-start-time=1', 'x.journey.json'];
    expect(filesFromSecondInstance(argv, '/elsewhere', data)).toEqual([
      path.resolve('/a/x.journey.json'),
    ]);
  });

  test('without hand-over data the second instance’s argv is the fallback', () => {
    expect(filesFromSecondInstance(['app', 'y.journey.json'], '/w', { files: 'nope' })).toEqual([
      path.resolve('/w/y.journey.json'),
    ]);
  });
});

describe('command-line calls of the app', () => {
  test('a CLI command runs the CLI, in the packaged app and in development', () => {
    expect(cliArgsFromArgv(['/opt/js/journey-studio', 'validate', 'a.journey.json'], true)).toEqual(
      ['validate', 'a.journey.json'],
    );
    expect(cliArgsFromArgv(['electron', '.', 'templates'], false)).toEqual(['templates']);
    expect(
      cliArgsFromArgv(
        ['/opt/js/journey-studio', '--no-sandbox', 'new', '--template', 'aida'],
        true,
      ),
    ).toEqual(['new', '--template', 'aida']);
    expect(cliArgsFromArgv(['/opt/js/journey-studio', '--version'], true)).toEqual(['--version']);
  });

  test('opening files or a bare start is not a CLI call', () => {
    expect(cliArgsFromArgv(['/opt/js/journey-studio', 'map.journey.json'], true)).toBeNull();
    expect(cliArgsFromArgv(['/opt/js/journey-studio'], true)).toBeNull();
    expect(cliArgsFromArgv(['electron', '.'], false)).toBeNull();
    expect(cliArgsFromArgv(['/opt/js/journey-studio', '--enable-logging'], true)).toBeNull();
  });
});
