// A real Neo4j answers through Bolt: a write is read back, and a uniqueness constraint rejects a duplicate.
// Then the repo's own launcher: start/status/stop, and a data dir that survives a restart.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findFreePort, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '@news-kg/neo4j-local';
import neo4jDriver, { type Driver } from 'neo4j-driver';
import { clearDatabase, startTestNeo4j, type TestNeo4j } from './support/neo4j';

// jest reads testTimeout only at the top level of its config, not per project: set it here.
jest.setTimeout(120_000);

const LABEL = 'IntTestWidget'; // a label no other test or loader code uses
const CONSTRAINT = 'int_test_widget_key';

describe('Neo4j through Bolt', () => {
  let neo4j: TestNeo4j;

  beforeAll(async () => {
    neo4j = await startTestNeo4j();
    await neo4j.driver.executeQuery(
      `CREATE CONSTRAINT ${CONSTRAINT} IF NOT EXISTS FOR (w:${LABEL}) REQUIRE w.key IS UNIQUE`,
      {},
      { database: 'neo4j' },
    );
  });

  beforeEach(async () => {
    await clearDatabase(neo4j.driver);
  });

  afterAll(async () => {
    if (!neo4j) return;
    await neo4j.driver.executeQuery(`DROP CONSTRAINT ${CONSTRAINT} IF EXISTS`, {}, { database: 'neo4j' });
    await clearDatabase(neo4j.driver);
    await neo4j.stop();
  });

  test('reports a Neo4j 5.26 server', async () => {
    const info = await neo4j.driver.getServerInfo({ database: 'neo4j' });
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });

  test('reads back what it wrote, with parameters and types intact', async () => {
    await neo4j.driver.executeQuery(
      `CREATE (:${LABEL} { key: $key, size: $size, tags: $tags })`,
      { key: 'w-1', size: 3.5, tags: ['a', 'b'] },
      { database: 'neo4j' },
    );
    const { records } = await neo4j.driver.executeQuery(
      `MATCH (w:${LABEL} { key: $key }) RETURN w.size AS size, w.tags AS tags`,
      { key: 'w-1' },
      { database: 'neo4j' },
    );
    expect(records.map(r => r.toObject())).toEqual([{ size: 3.5, tags: ['a', 'b'] }]);
  });

  test('the uniqueness constraint rejects a duplicate key and keeps the first node', async () => {
    const create = () =>
      neo4j.driver.executeQuery(`CREATE (:${LABEL} { key: 'dup' })`, {}, { database: 'neo4j' });
    await create();
    await expect(create()).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const { records } = await neo4j.driver.executeQuery(
      `MATCH (w:${LABEL} { key: 'dup' }) RETURN count(w) AS n`,
      {},
      { database: 'neo4j' },
    );
    expect(records[0]?.get('n').toNumber()).toBe(1);
  });

  test('clearDatabase removes nodes but keeps the constraint', async () => {
    await neo4j.driver.executeQuery(
      `CREATE (:${LABEL} { key: 'gone' })-[:LINKS]->(:${LABEL} { key: 'gone-too' })`,
      {},
      { database: 'neo4j' },
    );
    await clearDatabase(neo4j.driver);
    const { records } = await neo4j.driver.executeQuery(
      'MATCH (n) RETURN count(n) AS n',
      {},
      { database: 'neo4j' },
    );
    expect(records[0]?.get('n').toNumber()).toBe(0);
    const constraints = await neo4j.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      {},
      { database: 'neo4j' },
    );
    expect(constraints.records[0]?.get('names')).toContain(CONSTRAINT);
  });
});

describe('the local launcher (pnpm neo4j:start) keeps a data dir across restarts', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-kg-launcher-test-'));
  });

  afterAll(async () => {
    await stopLocalNeo4j({ dir });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('start, no-op second start, status, stop, restart with the data still there', async () => {
    const boltPort = await findFreePort();
    const httpPort = await findFreePort();
    const first = await startLocalNeo4j({ dir, boltPort, httpPort });
    expect(first).toMatchObject({ uri: `bolt://127.0.0.1:${boltPort}`, startedNow: true });
    expect((await startLocalNeo4j({ dir, boltPort, httpPort })).startedNow).toBe(false);
    expect(localNeo4jStatus({ dir })).toMatchObject({ running: true, pid: first.pid, uri: first.uri });
    const browser = await fetch(first.browserUrl);
    expect(await browser.text()).toContain('<title>Neo4j Browser</title>');
    expect(first.passwordCreated).toBe(true);
    expect(fs.statSync(first.passwordFile).mode & 0o077).toBe(0); // readable by its owner only

    await withDriver(first.uri, first.password, driver =>
      driver.executeQuery(`CREATE (:${LABEL} { key: 'kept' })`, {}, { database: 'neo4j' }),
    );
    await first.stop();
    expect(localNeo4jStatus({ dir }).running).toBe(false);

    const second = await startLocalNeo4j({ dir, boltPort, httpPort });
    expect(second).toMatchObject({ password: first.password, passwordCreated: false });
    const { records } = await withDriver(second.uri, second.password, driver =>
      driver.executeQuery(
        `MATCH (w:${LABEL} { key: 'kept' }) RETURN count(w) AS n`,
        {},
        { database: 'neo4j' },
      ),
    );
    expect(records[0]?.get('n').toNumber()).toBe(1);
    await second.stop();
  }, 600_000);

  // Issue 18, item 3: with auth off and `Access-Control-Allow-Origin: *`, any web page the user opened could
  // CREATE through the HTTP API (and Bolt over WebSocket). Auth is on now, with a password made per data dir.
  test('a web page of another origin cannot write; Bolt wants the data dir password', async () => {
    const boltPort = await findFreePort();
    const httpPort = await findFreePort();
    const server = await startLocalNeo4j({ dir, boltPort, httpPort });
    try {
      const write = await fetch(`http://127.0.0.1:${httpPort}/db/neo4j/tx/commit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
        body: JSON.stringify({ statements: [{ statement: `CREATE (:${LABEL} { key: 'cross-origin' })` }] }),
      });
      expect(write.status).toBe(401);
      expect(write.headers.get('access-control-allow-origin')).not.toMatch(/\*|evil/);
      await expect(
        withDriver(server.uri, 'password', driver => driver.verifyConnectivity()),
      ).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      const { records } = await withDriver(server.uri, server.password, driver =>
        driver.executeQuery(
          `MATCH (w:${LABEL} { key: 'cross-origin' }) RETURN count(w) AS n`,
          {},
          { database: 'neo4j' },
        ),
      );
      expect(records[0]?.get('n').toNumber()).toBe(0);
    } finally {
      await server.stop();
    }
  }, 600_000);
});

async function withDriver<T>(
  uri: string,
  password: string,
  work: (driver: Driver) => Promise<T>,
): Promise<T> {
  const driver = neo4jDriver.driver(uri, neo4jDriver.auth.basic('neo4j', password));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}
