// The real `kg` against Neo4j URIs that do not work (issue 18, items 6 and 9): a port that accepts TCP but never
// speaks Bolt hung every command (an error after 60 s, then no exit); a closed port left the input failures
// unprinted, since only the closing report (never reached) listed them.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'packages/cli/src/main.ts');
const GUARD_MS = 60_000;

jest.setTimeout(GUARD_MS * 3);

let dir: string;
let silent: net.Server;
let silentUri: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-connection-'));
  writeFileSync(join(dir, 'story.txt'), 'Ana Duarte met Tomas Reyes in Lisbon on Tuesday.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  // Accepts connections, reads what comes, never answers: a port of something that is not Neo4j.
  silent = net.createServer(socket => socket.on('data', () => undefined));
  await new Promise<void>(done => silent.listen(0, '127.0.0.1', done));
  silentUri = `bolt://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise(done => silent.close(done));
  rmSync(dir, { recursive: true, force: true });
});

/** Runs kg; resolves with its exit code (null when the guard had to kill it) and its stderr. */
function kg(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise(done => {
    const child = spawn(TSX, ['--conditions=@news-kg/source', MAIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '' },
    });
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), GUARD_MS);
    child.once('exit', code => {
      clearTimeout(guard);
      done({ code, stderr });
    });
  });
}

test.each([
  ['ingest', () => ['ingest', join(dir, 'story.txt'), '--uri', silentUri]],
  ['export', () => ['export', '--uri', silentUri]],
  ['serve', () => ['serve', '--port', '0', '--uri', silentUri]],
])('kg %s on a port that does not speak Bolt exits 1 with a message naming the URI', async (_, args) => {
  const run = await kg(args());
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`Neo4j at ${silentUri} does not answer`);
  expect(run.stderr).toMatch(/not the HTTP port 7474/);
});

test('kg ingest with Neo4j unreachable still prints the input failures', async () => {
  const run = await kg(['ingest', dir, '--uri', 'bolt://127.0.0.1:1']);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/Input failures \(1\):\n {2}.*empty\.txt: the file is empty/);
  expect(run.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is unreachable/);
});
