import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { toRunFiles } from './paths';
import { isLauncherAlive, readRunState, writeRunState } from './run-state';

describe('run state files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neo4j-local-state-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('no pid file: not running', () => {
    expect(readRunState(dir)).toBeNull();
  });

  test('a pid that is alive but not our Java launcher (a reused pid) counts as stopped, and stale files go', () => {
    writeRunState(dir, { pid: process.pid, boltPort: 7690, httpPort: 7491 });
    expect(fs.readFileSync(toRunFiles(dir).pidFile, 'utf8').trim()).toBe(String(process.pid));
    expect(isLauncherAlive(process.pid)).toBe(false);
    expect(readRunState(dir)).toBeNull();
    expect(fs.existsSync(toRunFiles(dir).pidFile)).toBe(false);
    expect(fs.existsSync(toRunFiles(dir).stateFile)).toBe(false);
  });

  test('a pid of no process counts as stopped', () => {
    fs.writeFileSync(toRunFiles(dir).pidFile, '999999999\n');
    expect(readRunState(dir)).toBeNull();
  });
});
