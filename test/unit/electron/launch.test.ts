import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesFromArgv } from '../../../electron/main/launch/argvFiles';
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
