// Issue 18, item 2: an ingest whose extraction blocks its thread for longer than the lease kept writing after a
// second ingest had taken the lock, and the second one's clean-up deleted the first one's work. Now the lease is
// renewed from a worker thread, and every write transaction is fenced by the lease's token.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { exportDocument, resetDatabase, writeDocument } from '@news-kg/loader';
import { buildAcquireLock, buildLockFence } from '@news-kg/loader/testing';
import { createTwoArticleDocument } from '@news-kg/loader/testing';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

const SCRIPT = path.join(__dirname, 'support', 'ingest-slowly.ts');
const CORPUS = path.join(__dirname, '..', 'packages', 'cli', 'example-corpus');
const [ONE, TWO, THREE, FOUR] = [
  '01-northern-post-harbour-talks.txt',
  '02-daily-ledger-embassy-silent.txt',
  '03-harbour-herald-garcia-brandt.txt',
  '04-northern-post-inquiry.txt',
].map(file => path.join(CORPUS, file)) as [string, string, string, string];

let db: TestNeo4j;

beforeAll(async () => {
  db = await startTestNeo4j();
});
beforeEach(async () => {
  await resetDatabase(db.driver);
});
afterAll(async () => {
  if (!db) return;
  await resetDatabase(db.driver);
  await db.stop();
});

/** Runs test/support/ingest-slowly.ts in a process of its own; resolves with its JSON line. */
function ingestSlowly(blockMs: number, lockTtlMs: number, files: string[]): Promise<{ waited: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=@news-kg/source',
        '--import',
        'tsx',
        SCRIPT,
        String(blockMs),
        String(lockTtlMs),
        ...files,
      ],
      {
        env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', chunk => (out += chunk));
    child.stderr.on('data', chunk => (err += chunk));
    child.once('error', reject);
    child.once('exit', code =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}'))
        : reject(new Error(`exit ${code}: ${err}`)),
    );
  });
}

test('two overlapping ingests that each extract for longer than the lease leave the all-at-once graph', async () => {
  await ingestSlowly(0, 30_000, [ONE, TWO, THREE, FOUR]);
  const together = await exportDocument(db.driver);
  expect(together.nodes.length).toBeGreaterThan(10);

  await resetDatabase(db.driver);
  // A 1 s lease, 4 s of blocked thread in each: without renewal the waiting ingest takes over mid-extraction.
  const runs = await Promise.all([
    ingestSlowly(4_000, 1_000, [ONE, TWO, THREE]),
    ingestSlowly(4_000, 1_000, [TWO, THREE, FOUR]),
  ]);
  // They did overlap: one of them found the lock held and waited.
  expect(runs.some(run => run.waited)).toBe(true);
  expect(await exportDocument(db.driver)).toEqual(together);
});

test('a write fenced by a lease that another ingest now holds is refused, and nothing is committed', async () => {
  const taken = buildAcquireLock('kg-other-holder', 60_000);
  await db.driver.executeQuery(taken.cypher, taken.params);
  await expect(
    writeDocument(db.driver, createTwoArticleDocument().both, {
      fence: buildLockFence('kg-stale-holder', 60_000),
    }),
  ).rejects.toMatchObject({ code: 'LOCK_LOST' });
  const { records } = await db.driver.executeQuery('MATCH (n) WHERE NOT n:IngestLock RETURN count(n) AS n');
  expect(Number(records[0]?.get('n'))).toBe(0);
});
