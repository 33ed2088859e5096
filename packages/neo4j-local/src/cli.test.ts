import * as path from 'node:path';
import { parseCliArgs } from './cli';
import { DEFAULT_DIR } from './paths';

describe('parseCliArgs', () => {
  test('defaults: 7687, 7474, the repo data dir, capped memory', () => {
    expect(parseCliArgs(['start'])).toEqual({
      command: 'start',
      rest: [],
      boltPort: 7687,
      httpPort: 7474,
      dir: DEFAULT_DIR,
      heap: '512m',
      pageCache: '256m',
    });
  });

  test('ports and a relative dir from flags', () => {
    const options = parseCliArgs(['start', '--bolt-port', '7688', '--http-port=7475', '--dir', 'tmp/a']);
    expect(options).toMatchObject({ boltPort: 7688, httpPort: 7475, dir: path.resolve('tmp/a') });
  });

  test('run passes everything after -- through untouched, flags included', () => {
    expect(parseCliArgs(['run', '--', 'pnpm', 'test', '--json', '--outputFile=x.json']).rest).toEqual([
      'pnpm',
      'test',
      '--json',
      '--outputFile=x.json',
    ]);
  });

  test.each([
    [['start', '--bolt-port', 'abc'], /--bolt-port must be a port number.*"abc"/],
    [['start', '--http-port', '70000'], /--http-port must be a port number.*"70000"/],
    [['start', '--heap', 'lots'], /--heap must look like 512m/],
    [['start', '--nope'], /Unknown option '--nope'/],
  ])('%j is rejected', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
